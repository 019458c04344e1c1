// Assets embedded at build time (cmake/Assets.cmake): the fonts. The content is embedded too,
// in each platform's own form (ui/builtin_content.hpp).
// Each array ends with an extra NUL byte not counted in its _size.
#pragma once
#include <cstddef>

extern const unsigned char embedded_font_regular[];
extern const std::size_t embedded_font_regular_size;
extern const unsigned char embedded_font_semibold[];
extern const std::size_t embedded_font_semibold_size;
extern const unsigned char embedded_font_icons[];
extern const std::size_t embedded_font_icons_size;
