# Versions of the source packages the project builds, in one place (sourced by scripts).
IMGUI_DEB_VERSION="1.90.1+ds-1"
SDL2_DEB_VERSION="2.26.5+dfsg-1"
# Suites for the deb-src entry: ImGui 1.90.1 is in trixie; SDL2 2.26.5 in bookworm.
DEB_SRC_SUITES="bookworm trixie"
