// The accessibility tree: what a screen reader needs to know about one frame (roles, names,
// values, states, rectangles, parents, in reading order). Platform-neutral: the UI fills it
// (ui/a11y.hpp), the web mirror turns it into page elements, `--a11y-tree` prints it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace core {

// One table of roles: the name printed by --a11y-tree and sent to the web mirror.
#define AIMENG_A11Y_ROLES(X)                                                                                 \
  X(Banner, "banner")                                                                                        \
  X(Navigation, "navigation") X(Main, "main") X(Search, "search") X(Complementary, "complementary")          \
  X(Region, "region") X(Group, "group") X(Dialog, "dialog") X(Heading, "heading") X(Paragraph, "paragraph") \
  X(Text, "text") X(Link, "link") X(Button, "button") X(Checkbox, "checkbox") X(RadioGroup, "radiogroup")    \
  X(Radio, "radio") X(TabList, "tablist") X(Tab, "tab") X(TextField, "textbox") X(NumberField, "spinbutton") \
  X(ComboBox, "combobox") X(Option, "option") X(List, "list") X(ListItem, "listitem") X(Table, "table")      \
  X(Row, "row") X(ColumnHeader, "columnheader") X(Cell, "cell") X(Image, "img") X(Status, "status")          \
  X(Alert, "alert")

enum class A11yRole : std::uint8_t {
#define AIMENG_A11Y_ENUM(name, text) name,
  AIMENG_A11Y_ROLES(AIMENG_A11Y_ENUM)
#undef AIMENG_A11Y_ENUM
};

const char* a11y_role_name(A11yRole role);
// True for roles a user acts on (they take keyboard focus in the mirror).
bool a11y_interactive(A11yRole role);

// States as bits: what ARIA calls checked, selected, expanded, disabled, current, focused.
enum A11yState : std::uint16_t {
  kA11yChecked = 1 << 0,
  kA11ySelected = 1 << 1,
  kA11yExpandable = 1 << 2,  // has an expanded state at all
  kA11yExpanded = 1 << 3,
  kA11yDisabled = 1 << 4,
  kA11yCurrent = 1 << 5,   // the current page (navigation) or the shown item
  kA11yFocused = 1 << 6,   // ImGui's keyboard focus is on it
  kA11yCheckable = 1 << 7,  // has a checked state at all (a toggle button)
};

struct A11yNode {
  std::uint32_t id = 0;  // the ImGui id where there is one, else derived from the parent and position
  A11yRole role = A11yRole::Text;
  int parent = -1;  // index in A11yTree::nodes, -1 for top level
  int level = 0;    // heading level
  std::uint16_t states = 0;
  std::string name, value, href;  // value: a field's text, a combo's choice; href: a link's target
  std::string options;            // a combo box's choices, one per line
  double min = 0, max = 0;        // a number field's range, when min < max
  double step = 0;                // a number field's arrow-key step, when > 0
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // in the window's logical pixels
  bool operator==(const A11yNode& o) const;
};

struct A11yTree {
  std::vector<A11yNode> nodes;  // in reading order; a parent comes before its children
  const A11yNode* find(std::uint32_t id) const;
};

// Indented text: one node a line, "role "name" value=... [states]".
std::string print_a11y_tree(const A11yTree& tree);

// What changed between two frames' trees, as the web mirror applies it: one record per new or
// changed node ("n"), per node that only moved ("p": its id and rectangle, as when scrolling),
// per removed id ("r"), and "o" with every id in order when nodes were added, removed or
// reordered. Empty when nothing changed.
std::string a11y_diff(const A11yTree& before, const A11yTree& after);

}  // namespace core
