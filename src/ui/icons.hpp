// Icon glyphs from Fork Awesome (fonts-fork-awesome), merged into the text fonts.
// cmake/Assets.cmake keeps exactly the icons listed here (the code point after "Fork Awesome")
// and moves each to the code point its macro names, U+2300 on: ImGui's per-font glyph lookup
// table is as long as the highest code point, and Fork Awesome's (U+F000 up) would make it
// seven times longer than the text needs, in every font, costing start-up time.
#pragma once

#define ICON_UNIVERSITY "\u2300"    // Fork Awesome U+F19C
#define ICON_USERS "\u2301"         // Fork Awesome U+F0C0
#define ICON_USER "\u2302"          // Fork Awesome U+F007
#define ICON_CALCULATOR "\u2303"    // Fork Awesome U+F1EC
#define ICON_GRADUATION "\u2304"    // Fork Awesome U+F19D
#define ICON_SEARCH "\u2305"        // Fork Awesome U+F002
#define ICON_COGS "\u2306"          // Fork Awesome U+F085
#define ICON_CODE "\u2307"          // Fork Awesome U+F121
#define ICON_HANDSHAKE "\u2308"     // Fork Awesome U+F2B5
#define ICON_STAR "\u2309"          // Fork Awesome U+F005
#define ICON_INFO "\u230a"          // Fork Awesome U+F05A
#define ICON_SITEMAP "\u230b"       // Fork Awesome U+F0E8
#define ICON_CLOCK "\u230c"         // Fork Awesome U+F017
#define ICON_BOOK "\u230d"          // Fork Awesome U+F02D
#define ICON_CALENDAR "\u230e"      // Fork Awesome U+F073
#define ICON_BRIEFCASE "\u230f"     // Fork Awesome U+F0B1
#define ICON_INDUSTRY "\u2310"      // Fork Awesome U+F275
#define ICON_CHECK "\u2311"         // Fork Awesome U+F00C
#define ICON_MONEY "\u2312"         // Fork Awesome U+F0D6
#define ICON_LINK "\u2313"          // Fork Awesome U+F0C1
#define ICON_EXTERNAL "\u2314"      // Fork Awesome U+F08E
#define ICON_TROPHY "\u2315"        // Fork Awesome U+F091
#define ICON_CHEVRON_LEFT "\u2316"  // Fork Awesome U+F053
#define ICON_TIMES "\u2319"         // Fork Awesome U+F00D
#define ICON_COPY "\u231b"          // Fork Awesome U+F0C5
#define ICON_DOWNLOAD "\u231c"      // Fork Awesome U+F019
#define ICON_EXCHANGE "\u231d"      // Fork Awesome U+F0EC
#define ICON_WARNING "\u231e"       // Fork Awesome U+F071
#define ICON_LAPTOP "\u231f"        // Fork Awesome U+F109
#define ICON_FLAG "\u2320"          // Fork Awesome U+F024
#define ICON_BARS "\u2321"          // Fork Awesome U+F0C9
#define ICON_PLUS "\u2322"          // Fork Awesome U+F067
#define ICON_QUOTE "\u2324"         // Fork Awesome U+F10D
#define ICON_QRCODE "\u2326"        // Fork Awesome U+F029
#define ICON_ADJUST "\u2327"        // Fork Awesome U+F042

// Maps the icon names used in content.json ("cogs", "users", ...) to glyphs; "" if unknown.
const char* icon_by_name(const char* name);
