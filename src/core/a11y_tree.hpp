// The accessibility tree: what a screen reader needs to know about one frame (roles, names,
// values, states, rectangles, parents, in reading order). Platform-neutral: the UI fills it
// (ui/a11y.hpp), the web mirror turns it into page elements, `--a11y-tree` prints it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/enum_names.hpp"

namespace core {

enum class A11yRole : std::uint8_t {
  Banner,
  Navigation,
  Main,
  Search,
  Complementary,
  Region,
  Group,
  Dialog,
  Heading,
  Paragraph,
  Text,
  Link,
  Button,
  Checkbox,
  RadioGroup,
  Radio,
  TabList,
  Tab,
  TextField,
  NumberField,
  ComboBox,
  Option,
  List,
  ListItem,
  Table,
  Row,
  ColumnHeader,
  Cell,
  Image,
  Status,
  Alert,
};

// The role's name, as --a11y-tree prints it and the web mirror reads it (ARIA's where it has one).
inline constexpr EnumName<A11yRole> kA11yRoleNames[] = {
    {A11yRole::Banner, "banner"},
    {A11yRole::Navigation, "navigation"},
    {A11yRole::Main, "main"},
    {A11yRole::Search, "search"},
    {A11yRole::Complementary, "complementary"},
    {A11yRole::Region, "region"},
    {A11yRole::Group, "group"},
    {A11yRole::Dialog, "dialog"},
    {A11yRole::Heading, "heading"},
    {A11yRole::Paragraph, "paragraph"},
    {A11yRole::Text, "text"},
    {A11yRole::Link, "link"},
    {A11yRole::Button, "button"},
    {A11yRole::Checkbox, "checkbox"},
    {A11yRole::RadioGroup, "radiogroup"},
    {A11yRole::Radio, "radio"},
    {A11yRole::TabList, "tablist"},
    {A11yRole::Tab, "tab"},
    {A11yRole::TextField, "textbox"},
    {A11yRole::NumberField, "spinbutton"},
    {A11yRole::ComboBox, "combobox"},
    {A11yRole::Option, "option"},
    {A11yRole::List, "list"},
    {A11yRole::ListItem, "listitem"},
    {A11yRole::Table, "table"},
    {A11yRole::Row, "row"},
    {A11yRole::ColumnHeader, "columnheader"},
    {A11yRole::Cell, "cell"},
    {A11yRole::Image, "img"},
    {A11yRole::Status, "status"},
    {A11yRole::Alert, "alert"},
};
static_assert(lists_in_order(kA11yRoleNames));

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
  kA11yCurrent = 1 << 5,    // the current page (navigation) or the shown item
  kA11yFocused = 1 << 6,    // ImGui's keyboard focus is on it
  kA11yCheckable = 1 << 7,  // has a checked state at all (a toggle button)
};

struct A11yNode {
  std::uint32_t id = 0;  // the ImGui id where there is one, else derived from the parent and position
  A11yRole role = A11yRole::Text;
  int parent = -1;  // index in A11yTree::nodes, -1 for top level
  int level = 0;    // heading level
  std::uint16_t states = 0;
  std::string name, value, href;         // value: a field's text, a combo's choice; href: a link's target
  std::string options;                   // a combo box's choices, one per line
  double min = 0, max = 0;               // a number field's range, when min < max
  double step = 0;                       // a number field's arrow-key step, when > 0
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
