// Icon names used in content.json, mapped to glyphs.
#include "ui/icons.hpp"

#include <cstring>

const char* icon_by_name(const char* name) {
  struct Entry {
    const char* name;
    const char* glyph;
  };
  static constexpr Entry kIcons[] = {
      {"university", ICON_UNIVERSITY},
      {"users", ICON_USERS},
      {"cogs", ICON_COGS},
      {"code", ICON_CODE},
      {"handshake", ICON_HANDSHAKE},
      {"star", ICON_STAR},
      {"info", ICON_INFO},
      {"sitemap", ICON_SITEMAP},
      {"clock", ICON_CLOCK},
      {"book", ICON_BOOK},
      {"calendar", ICON_CALENDAR},
      {"briefcase", ICON_BRIEFCASE},
      {"industry", ICON_INDUSTRY},
      {"check", ICON_CHECK},
      {"money", ICON_MONEY},
      {"link", ICON_LINK},
      {"trophy", ICON_TROPHY},
      {"laptop", ICON_LAPTOP},
      {"flag", ICON_FLAG},
  };
  for (const Entry& e : kIcons)
    if (std::strcmp(e.name, name) == 0) return e.glyph;
  return "";
}
