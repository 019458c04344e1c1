// The app's colour themes by name: settings, --theme and the theme button all use this table
// (the colours themselves are the UI's, src/ui/theme.cpp).
#pragma once
#include "core/enum_names.hpp"

namespace core {

enum class ThemeName { Light, Dark, HighContrast };
inline constexpr EnumName<ThemeName> kThemeNames[] = {{ThemeName::Light, "light", "Light"},
                                                      {ThemeName::Dark, "dark", "Dark"},
                                                      {ThemeName::HighContrast, "high-contrast", "High contrast"}};
static_assert(lists_in_order(kThemeNames));

}  // namespace core
