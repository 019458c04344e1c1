# md4c (Markdown parser) from its Debian source package, built for whichever toolchain is
# active so the rich-text code is the same natively and on the web.
set(MD4C_DIR "${AIMENG_CACHE}/md4c" CACHE PATH "md4c sources")
if(NOT EXISTS "${MD4C_DIR}/src/md4c.c")
  message(FATAL_ERROR "md4c sources not found in ${MD4C_DIR}: run scripts/setup.sh first")
endif()
add_library(md4c STATIC "${MD4C_DIR}/src/md4c.c")
target_include_directories(md4c SYSTEM PUBLIC "${MD4C_DIR}/src")
