// Declarations into the frame's accessibility tree; see a11y.hpp.
#include "ui/a11y.hpp"

#include <imgui_internal.h>  // ImHashData, SetFocusID, the keyboard-focus highlight

#include <algorithm>
#include <unordered_set>

namespace ui::a11y {

namespace {

Collector* g_collector = nullptr;         // like ImGui's own context: the frame being built
std::unordered_set<std::uint32_t> g_ids;  // ids used this frame, to keep them unique

int parent_index() {
  return g_collector->open.empty() ? -1 : g_collector->open.back();
}

std::uint32_t derived_id(A11yRole role) {
  Collector& c = *g_collector;
  const int parent = parent_index();
  const std::uint32_t seed = parent >= 0 ? c.tree.nodes[static_cast<std::size_t>(parent)].id : 0x41a11u;
  std::uint32_t& count = c.child_count[static_cast<std::size_t>(parent) + 1];
  const std::uint32_t data[2] = {count++, static_cast<std::uint32_t>(role)};
  return ImHashData(data, sizeof data, seed);
}

// Adds a node at the last item's rectangle (or at `min`/`max`), under the open container.
core::A11yNode& add(A11yRole role, std::uint32_t id, const std::string& name) {
  Collector& c = *g_collector;
  if (id == 0 || !g_ids.insert(id).second) {
    id = derived_id(role);
    while (!g_ids.insert(id).second) ++id;  // a repeated label: still one node each
  } else {
    ++c.child_count[static_cast<std::size_t>(parent_index()) + 1];
  }
  // Nodes are overwritten in place frame after frame, so their strings keep their memory (the
  // web's allocator is slow at many small allocations).
  if (c.used == c.tree.nodes.size()) c.tree.nodes.emplace_back();
  core::A11yNode& n = c.tree.nodes[c.used++];
  n.states = 0;
  n.level = 0;
  n.value.clear();
  n.href.clear();
  n.options.clear();
  n.min = n.max = n.step = 0;
  c.child_count.resize(c.used + 1, 0);
  n.id = id;
  n.role = role;
  n.parent = parent_index();
  accessible_text(name, n.name);
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  if (const ImGuiWindow* w = ImGui::GetCurrentWindow(); w->SkipItems) {
    // ImGui lays out nothing in a card scrolled out of view: its items are somewhere in it.
    min = w->Pos;
    max = ImVec2(w->Pos.x + w->Size.x, w->Pos.y + w->Size.y);
  }
  n.x0 = min.x;
  n.y0 = min.y;
  n.x1 = max.x;
  n.y1 = max.y;
  return n;
}

bool is_icon(const unsigned char* p) {  // U+2300..U+23FF: where the icon glyphs live (icons.hpp)
  return p[0] == 0xE2 && p[1] >= 0x8C && p[1] <= 0x8F && p[2] >= 0x80;
}

// Keyboard focus and its ring follow assistive technology's focus, and the item scrolls into
// view; an activation waits until the item is in view (ImGui ignores clipped items), then acts.
void honour_requests(core::A11yNode& n, ImGuiID id) {
  Collector& c = *g_collector;
  if (id == 0 || id != n.id) return;
  if (ImGui::GetFocusID() == id && !GImGui->NavDisableHighlight) n.states |= core::kA11yFocused;
  const bool focus = c.focus_request == id, activate = c.activate_request == id;
  if (!focus && !activate) return;
  if (focus && !ImGui::GetCurrentWindow()->SkipItems) {
    c.focus_request = 0;
    ImGui::SetFocusID(id, ImGui::GetCurrentWindow());
    GImGui->NavDisableHighlight = false;
    GImGui->NavDisableMouseHover = true;
    n.states |= core::kA11yFocused;
  }
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) {  // in a card out of view: bring the card in; the item is found next frame
    if (window->ParentWindow)
      ImGui::ScrollToRect(window->ParentWindow, window->Rect(), ImGuiScrollFlags_KeepVisibleEdgeY);
    return;
  }
  const ImRect shown = window->ClipRect;
  const bool visible = shown.Contains(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
  if (!visible) ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY | ImGuiScrollFlags_KeepVisibleEdgeX);
  if (activate && ImGui::IsItemVisible()) {
    c.activate_request = 0;
    ImGui::ActivateItemByID(id);  // acted on when the item is drawn next frame
  }
}

std::optional<std::string> take_value(const core::A11yNode& n) {
  Collector& c = *g_collector;
  if (c.value_request_id == 0 || c.value_request_id != n.id) return std::nullopt;
  c.value_request_id = 0;
  return std::move(c.value_request);
}

}  // namespace

void set_collector(Collector* collector) {
  g_collector = collector;
}

Collector* collector() {
  return g_collector;
}

void begin_frame() {
  if (!g_collector) return;
  Collector& c = *g_collector;
  if (!c.busy())
    c.request_frames = 0;
  else if (++c.request_frames > 60)
    c.focus_request = c.activate_request = c.value_request_id = 0;
  g_collector->used = 0;
  g_collector->open.clear();
  g_collector->child_count.assign(1, 0);
  g_collector->covered.clear();
  g_ids.clear();
}

void end_frame() {
  if (!g_collector) return;
  while (!g_collector->open.empty()) end();
  g_collector->tree.nodes.resize(g_collector->used);
}

void begin(A11yRole role, const std::string& name) {
  if (!g_collector) return;
  Collector& c = *g_collector;
  core::A11yNode& n = add(role, 0, name);
  n.x0 = n.y0 = 1e30f;
  n.x1 = n.y1 = -1e30f;
  c.open.push_back(static_cast<int>(c.used - 1));
}

void end() {
  if (!g_collector || g_collector->open.empty()) return;
  Collector& c = *g_collector;
  const std::size_t index = static_cast<std::size_t>(c.open.back());
  c.open.pop_back();
  core::A11yNode& box = c.tree.nodes[index];
  for (std::size_t i = index + 1; i < c.used; ++i) {
    const core::A11yNode& n = c.tree.nodes[i];
    if (n.x0 > n.x1) continue;  // an empty container
    box.x0 = std::min(box.x0, n.x0);
    box.y0 = std::min(box.y0, n.y0);
    box.x1 = std::max(box.x1, n.x1);
    box.y1 = std::max(box.y1, n.y1);
  }
  if (box.x0 > box.x1) box.x0 = box.y0 = box.x1 = box.y1 = 0;
}

void text(A11yRole role, const std::string& name, int level) {
  if (!g_collector) return;
  if (accessible_text(name).empty()) return;  // an icon alone says nothing
  core::A11yNode& n = add(role, 0, name);
  n.level = level;
}

void text_at(A11yRole role, const std::string& name, ImVec2 min, ImVec2 max, int level) {
  if (!g_collector) return;
  text(role, name, level);
  core::A11yNode& n = *last_node();
  n.x0 = min.x;
  n.y0 = min.y;
  n.x1 = max.x;
  n.y1 = max.y;
}

void covered() {
  if (g_collector && ImGui::GetItemID() != 0) g_collector->covered.push_back(ImGui::GetItemID());
}

void covered(ImGuiID id) {
  if (g_collector && id != 0) g_collector->covered.push_back(id);
}

std::optional<std::string> stepped_field(const char* label, const std::string& name, const std::string& value,
                                         double min, double max, double step) {
  if (!g_collector) return std::nullopt;
  // ImGui draws such a field as PushID(label), the text field "" and buttons "-" and "+".
  const ImGuiID field_id = ImGui::GetID(label);
  ImGui::PushID(label);
  covered(ImGui::GetID("-"));
  covered(ImGui::GetID("+"));
  ImGui::PopID();
  return field(A11yRole::NumberField, name, value, min, max, step, field_id);
}

core::A11yNode* last_node() {
  return g_collector && g_collector->used > 0 ? &g_collector->tree.nodes[g_collector->used - 1] : nullptr;
}

void heading_in_font(const ImFont* font, const std::string& name) {
  if (!g_collector) return;
  text(A11yRole::Heading, name, font == g_collector->h1 ? 1 : font == g_collector->h2 ? 2 : 3);
}

void item(A11yRole role, const std::string& name, std::uint16_t states, const std::string& value, ImGuiID id) {
  if (!g_collector) return;
  // In a window ImGui skips (out of view) the last item is stale: only a given id holds.
  if (id == 0 && !ImGui::GetCurrentWindow()->SkipItems) id = ImGui::GetItemID();
  core::A11yNode& n = add(role, id, name);
  n.states = states;
  if (role == A11yRole::Radio || role == A11yRole::Checkbox) n.states |= core::kA11yCheckable;
  n.value = value;
  honour_requests(n, id);
}

void link(const std::string& name, const std::string& href, ImGuiID id) {
  if (!g_collector) return;
  item(A11yRole::Link, name, 0, {}, id);
  last_node()->href = href;
}

std::optional<std::string> field(A11yRole role, const std::string& name, const std::string& value, double min,
                                 double max, double step, ImGuiID id) {
  if (!g_collector) return std::nullopt;
  item(role, name, 0, value, id);
  core::A11yNode& n = *last_node();
  n.min = min;
  n.max = max;
  if (role == A11yRole::NumberField) n.step = step;
  return take_value(n);
}

std::optional<std::string> combo(const std::string& name, const std::vector<std::string>& options, int selected,
                                 ImGuiID id) {
  if (!g_collector) return std::nullopt;
  const std::string value = selected >= 0 && static_cast<std::size_t>(selected) < options.size()
                                ? options[static_cast<std::size_t>(selected)]
                                : "";
  item(A11yRole::ComboBox, name, 0, accessible_text(value), id);
  core::A11yNode& n = *last_node();
  for (const std::string& o : options) n.options += accessible_text(o) + "\n";
  return take_value(n);
}

TableNodes::TableNodes(const std::string& name, const std::vector<std::string>& headers) {
  begin(A11yRole::Table, name);
  if (!g_collector) return;
  begin(A11yRole::Row);
  ImGuiTable* table = ImGui::GetCurrentTable();
  const float y0 = ImGui::GetItemRectMin().y, y1 = ImGui::GetItemRectMax().y;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    ImVec2 min(0, y0), max(0, y1);
    if (table && static_cast<int>(i) < table->ColumnsCount) {
      min.x = table->Columns[static_cast<int>(i)].MinX;
      max.x = table->Columns[static_cast<int>(i)].MaxX;
    }
    text_at(A11yRole::ColumnHeader, headers[i], min, max);
  }
  end();
}

TableNodes::~TableNodes() {
  close_cell();
  if (row_open_) end();
  end();
}

void TableNodes::close_cell() {
  if (cell_open_) end();
  cell_open_ = false;
}

void TableNodes::row() {
  close_cell();
  if (row_open_) end();
  begin(A11yRole::Row);
  row_open_ = true;
}

void TableNodes::cell() {
  close_cell();
  begin(A11yRole::Cell);
  cell_open_ = true;
}

void announce(const std::string& key, const std::string& text, bool alert) {
  if (!g_collector || text.empty()) return;
  std::string& last = g_collector->last_announced[key];
  if (last == text) return;
  last = text;
  g_collector->announcements.push_back({key, text, alert});
}

void accessible_text(const std::string& label, std::string& out) {
  out.clear();
  const std::size_t hidden = label.find("##");
  const std::size_t n = hidden == std::string::npos ? label.size() : hidden;
  for (std::size_t i = 0; i < n; ++i) {
    const auto* p = reinterpret_cast<const unsigned char*>(label.data() + i);
    if (i + 2 < n && is_icon(p)) {
      i += 2;
      continue;
    }
    const char c = label[i] == '\n' ? ' ' : label[i];
    // Spaces: none at the start, one for a run (an icon leaves two), none at the end.
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
}

std::string accessible_text(const std::string& label) {
  std::string out;
  accessible_text(label, out);
  return out;
}

}  // namespace ui::a11y
