#include "core/a11y_tree.hpp"

#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace core {

namespace {

struct StateName {
  A11yState bit;
  const char* name;
};
constexpr StateName kStateNames[] = {
    {kA11yChecked, "checked"},   {kA11ySelected, "selected"}, {kA11yExpanded, "expanded"},
    {kA11yDisabled, "disabled"}, {kA11yCurrent, "current"},   {kA11yFocused, "focused"},
};

// The mirror's separators (ASCII unit and record separators) never appear inside a field.
constexpr char kField = '\x1f';
constexpr char kRecord = '\x1e';

void add_field(std::string& out, const std::string& text) {
  out += kField;
  for (char c : text) out += (c == kField || c == kRecord) ? ' ' : c;
}

void add_number(std::string& out, double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", v);
  out += kField;
  out += buffer;
}

void add_id(std::string& out, std::uint32_t id) {
  out += kField;
  out += std::to_string(id);
}

std::uint32_t parent_id(const A11yTree& tree, const A11yNode& n) {
  return n.parent >= 0 ? tree.nodes[static_cast<std::size_t>(n.parent)].id : 0;
}

void add_record(std::string& out, const A11yTree& tree, const A11yNode& n) {
  out += 'n';
  add_id(out, n.id);
  add_id(out, parent_id(tree, n));
  add_field(out, a11y_role_name(n.role));
  add_number(out, n.level);
  add_number(out, n.states);
  add_field(out, n.name);
  add_field(out, n.value);
  add_field(out, n.href);
  add_number(out, n.min);
  add_number(out, n.max);
  add_number(out, std::round(n.x0));
  add_number(out, std::round(n.y0));
  add_number(out, std::round(n.x1));
  add_number(out, std::round(n.y1));
  add_field(out, n.options);
  add_number(out, n.step);
  out += kRecord;
}

bool same_rect(const A11yNode& x, const A11yNode& y) {
  return std::lround(x.x0) == std::lround(y.x0) && std::lround(x.y0) == std::lround(y.y0) &&
         std::lround(x.x1) == std::lround(y.x1) && std::lround(x.y1) == std::lround(y.y1);
}

// Only the rectangle moved (scrolling): its id and the four numbers.
void add_place(std::string& out, const A11yNode& n) {
  out += 'p';
  add_id(out, n.id);
  add_number(out, std::round(n.x0));
  add_number(out, std::round(n.y0));
  add_number(out, std::round(n.x1));
  add_number(out, std::round(n.y1));
  out += kRecord;
}

}  // namespace

const char* a11y_role_name(A11yRole role) {
  return enum_id(kA11yRoleNames, role);
}

bool a11y_interactive(A11yRole role) {
  switch (role) {
    case A11yRole::Link:
    case A11yRole::Button:
    case A11yRole::Checkbox:
    case A11yRole::Radio:
    case A11yRole::Tab:
    case A11yRole::TextField:
    case A11yRole::NumberField:
    case A11yRole::ComboBox:
      return true;
    default:
      return false;
  }
}

bool A11yNode::operator==(const A11yNode& o) const {
  return id == o.id && role == o.role && level == o.level && states == o.states && name == o.name && value == o.value &&
         href == o.href && options == o.options && min == o.min && max == o.max && step == o.step;
}

const A11yNode* A11yTree::find(std::uint32_t id) const {
  for (const A11yNode& n : nodes)
    if (n.id == id) return &n;
  return nullptr;
}

std::string print_a11y_tree(const A11yTree& tree) {
  std::string out;
  std::vector<int> depth(tree.nodes.size(), 0);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const A11yNode& n = tree.nodes[i];
    depth[i] = n.parent >= 0 ? depth[static_cast<std::size_t>(n.parent)] + 1 : 0;
    out.append(static_cast<std::size_t>(depth[i]) * 2, ' ');
    out += a11y_role_name(n.role);
    if (n.role == A11yRole::Heading) out += " " + std::to_string(n.level);
    if (!n.name.empty()) out += " \"" + n.name + "\"";
    if (!n.value.empty()) out += " value=\"" + n.value + "\"";
    if (n.min < n.max) {
      char range[64];
      std::snprintf(range, sizeof range, " range=%g..%g", n.min, n.max);
      out += range;
    }
    if (!n.href.empty()) out += " href=" + n.href;
    std::string states;
    for (const StateName& s : kStateNames)
      if (n.states & s.bit) states += (states.empty() ? "" : " ") + std::string(s.name);
    if ((n.states & kA11yExpandable) && !(n.states & kA11yExpanded))
      states += states.empty() ? "collapsed" : " collapsed";
    if ((n.states & kA11yCheckable) && !(n.states & kA11yChecked))
      states += states.empty() ? "unchecked" : " unchecked";
    if (!states.empty()) out += " [" + states + "]";
    out += '\n';
  }
  return out;
}

std::string a11y_diff(const A11yTree& before, const A11yTree& after) {
  std::unordered_map<std::uint32_t, const A11yNode*> old_nodes;
  old_nodes.reserve(before.nodes.size());
  for (const A11yNode& n : before.nodes) old_nodes.emplace(n.id, &n);
  std::string out;
  bool order_changed = before.nodes.size() != after.nodes.size();
  for (std::size_t i = 0; i < after.nodes.size(); ++i) {
    const A11yNode& n = after.nodes[i];
    auto it = old_nodes.find(n.id);
    if (it == old_nodes.end() || !(*it->second == n) || parent_id(before, *it->second) != parent_id(after, n))
      add_record(out, after, n);
    else if (!same_rect(*it->second, n))
      add_place(out, n);
    if (it != old_nodes.end()) old_nodes.erase(it);
    if (!order_changed && before.nodes[i].id != n.id) order_changed = true;
  }
  for (const auto& [id, node] : old_nodes) {
    out += 'r';
    add_id(out, id);
    out += kRecord;
  }
  if (order_changed) {
    out += 'o';
    for (const A11yNode& n : after.nodes) add_id(out, n.id);
    out += kRecord;
  }
  return out;
}

}  // namespace core
