// Declaring the accessibility tree while drawing with ImGui. The app's widgets call these
// right after the ImGui item they draw (the item's id and rectangle come from ImGui, clipped
// or not); what ImGui cannot know (a heading, a paragraph, a landmark, a table) is declared
// by the widget that draws it. The platform reads the finished tree after the frame and
// sends back what assistive technology asked for: focus an item, activate it, set its value.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/a11y_tree.hpp"

namespace ui::a11y {

using core::A11yRole;

// A message for the page's live regions: polite (status) or assertive (alert). `key` names
// what it is about, so the platform can let a newer message about the same thing replace an
// older one that has not been read yet (the estimate while someone types).
struct Announcement {
  std::string key, text;
  bool alert = false;
};

// One frame's tree and what assistive technology asked of it.
struct Collector {
  core::A11yTree tree;
  std::vector<Announcement> announcements;  // posted this frame; the platform takes them
  std::uint32_t focus_request = 0;          // focus this item when it is next drawn
  std::uint32_t activate_request = 0;       // act on this item as a click does, once it is in view
  std::uint32_t value_request_id = 0;       // give this field this value when it is next drawn
  std::string value_request;
  std::vector<std::uint32_t> covered;
  std::unordered_map<std::string, std::string> last_announced;  // by key: each message is posted once  // ImGui items
                                                                // that a node declared before them stands for
  int request_frames = 0;  // frames the requests above have waited (an item that is gone never comes)
  ImFont* h1 = nullptr;    // headings are level 1 in this font, 2 in h2, else 3
  ImFont* h2 = nullptr;

  // Internal, per frame.
  std::size_t used = 0;   // nodes of `tree` written this frame (the rest are last frame's)
  std::vector<int> open;  // containers not yet ended
  std::vector<std::uint32_t> child_count;

  // A request is waiting for its item: the platform keeps drawing frames.
  bool busy() const { return focus_request != 0 || activate_request != 0 || value_request_id != 0; }
};

// The collector that declarations go to; none (declarations do nothing) when null.
void set_collector(Collector* collector);
Collector* collector();
void begin_frame();  // empties the tree, keeps the requests
void end_frame();    // closes containers a screen left open

// A container (landmark, list, table, row, group): everything declared until end() is inside
// it, and its rectangle covers them.
void begin(A11yRole role, const std::string& name = {});
void end();

// Non-interactive text at the last item's rectangle: text, a paragraph, a heading, an image
// with its alternative, a cell. Icon glyphs and "##..." are left out of the name.
void text(A11yRole role, const std::string& name, int level = 0);
// The same at a rectangle of its own (text drawn on the draw list, runs of rich text).
void text_at(A11yRole role, const std::string& name, ImVec2 min, ImVec2 max, int level = 0);
void heading_in_font(const ImFont* font, const std::string& name);

// An interactive item: the last ImGui item, with its id. Honours focus and activate requests.
// `id`: the item's ImGui id, ImGui::GetID(label) right after the widget. Give it wherever the
// item may sit in a card that can scroll out of view (ImGui then skips the widget, so the last
// item is another's) or when the last item is not the item itself (a number field with step
// buttons ends with their group); 0 takes the last item's.
void item(A11yRole role, const std::string& name, std::uint16_t states = 0, const std::string& value = {},
          ImGuiID id = 0);
void link(const std::string& name, const std::string& href, ImGuiID id = 0);
// A field or a choice whose value assistive technology may set: returns that value, once.
// A number field steps by `step` on the arrow keys.
std::optional<std::string> field(A11yRole role, const std::string& name, const std::string& value, double min = 0,
                                 double max = 0, double step = 1, ImGuiID id = 0);
// A number field with ImGui's - and + buttons (InputInt, InputFloat, InputDouble with steps)
// drawn with `label`: declared at the field's id, the buttons covered by it.
std::optional<std::string> stepped_field(const char* label, const std::string& name, const std::string& value,
                                         double min, double max, double step);
std::optional<std::string> combo(const std::string& name, const std::vector<std::string>& options, int selected,
                                 ImGuiID id = 0);

// The last item is part of the node declared before it (the further words of one link).
void covered();
void covered(ImGuiID id);
// The node declared last, to adjust (its rectangle, level or states); null when not collecting.
core::A11yNode* last_node();

// While one lives, nothing is declared: for drawing that a node declared around it already
// describes (a search result's title and snippet inside its button).
class Quiet {
 public:
  Quiet() : saved_(collector()) { set_collector(nullptr); }
  ~Quiet() { set_collector(saved_); }
  Quiet(const Quiet&) = delete;
  Quiet& operator=(const Quiet&) = delete;

 private:
  Collector* saved_;
};

// Rows and cells of an ImGui table, declared as the table is drawn: row() at each
// TableNextRow, cell() at each TableNextColumn; the destructor closes what is open.
class TableNodes {
 public:
  TableNodes(const std::string& name, const std::vector<std::string>& headers);  // after TableHeadersRow
  ~TableNodes();
  TableNodes(const TableNodes&) = delete;
  TableNodes& operator=(const TableNodes&) = delete;
  void row();
  void cell();

 private:
  void close_cell();
  bool row_open_ = false, cell_open_ = false;
};

// Queues a live-region message.
void announce(const std::string& key, const std::string& text, bool alert = false);

// The label without icon glyphs, "##..." or surrounding spaces.
std::string accessible_text(const std::string& label);
void accessible_text(const std::string& label, std::string& out);

}  // namespace ui::a11y
