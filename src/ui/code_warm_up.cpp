#include "ui/code_warm_up.hpp"

#include <imgui.h>

#include <iterator>

namespace ui {

namespace {

// What the screens draw (shell_view, program_view, widgets), in parts of about equal compiling:
// the calls, not the content, matter here.
void draw_header_part() {
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, 4));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
  ImGui::PushFont(ImGui::GetFont());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::TextUnformatted("Sample");
  ImGui::SameLine();
  ImGui::Button("Button");
  char field[32] = "";
  ImGui::SetNextItemWidth(120.0f);
  ImGui::InputTextWithHint("##field", "Hint", field, sizeof field);
  if (ImGui::BeginCombo("##combo", "Preview")) ImGui::EndCombo();
  ImGui::PopFont();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

// A scrolling child taller than its window, so its scroll bar is laid out too.
void draw_content_part() {
  ImGui::BeginChild("content", ImVec2(0, 200), false);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("A paragraph long enough to wrap over more than one line of the child window.");
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  ImGui::BeginGroup();
  ImGui::Indent();
  ImGui::Bullet();
  ImGui::Text("%s %d", "item", 1);
  ImGui::Unindent();
  ImGui::EndGroup();
  ImGui::Selectable("Selectable", false);
  ImGui::InvisibleButton("area", ImVec2(40, 20));
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetItemRectMin();
  draw.AddRectFilled(at, ImVec2(at.x + 40, at.y + 20), IM_COL32(200, 0, 0, 255), 4.0f);
  draw.AddRect(at, ImVec2(at.x + 40, at.y + 20), IM_COL32(0, 0, 0, 255), 4.0f, 0, 2.0f);
  draw.AddCircleFilled(at, 6.0f, IM_COL32(0, 0, 200, 255));
  draw.AddLine(at, ImVec2(at.x + 40, at.y), IM_COL32(0, 0, 0, 255), 1.5f);
  if (ImGui::BeginTable("table", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("A", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("B", ImGuiTableColumnFlags_WidthFixed, 40.0f);
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("cell");
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, IM_COL32(240, 240, 240, 255));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("cell");
    ImGui::EndTable();
  }
  ImGui::Dummy(ImVec2(10, 400));
  ImGui::SetScrollY(ImGui::GetScrollMaxY() * 0.5f);
  ImGui::EndChild();
}

void (*const kParts[])() = {draw_header_part, draw_content_part};

// Makes `context` current for its lifetime, then the one that was.
class CurrentContext {
 public:
  explicit CurrentContext(ImGuiContext* context) : previous_(ImGui::GetCurrentContext()) {
    ImGui::SetCurrentContext(context);
  }
  ~CurrentContext() { ImGui::SetCurrentContext(previous_); }
  CurrentContext(const CurrentContext&) = delete;
  CurrentContext& operator=(const CurrentContext&) = delete;

 private:
  ImGuiContext* previous_;
};

}  // namespace

ImGuiWarmUp::ImGuiWarmUp(ImFontAtlas& built_atlas) : sample_(ImGui::CreateContext(&built_atlas)) {
  const CurrentContext in(sample_);  // CreateContext left the app's current
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.DisplaySize = ImVec2(640, 480);
  io.DeltaTime = 1.0f / 60.0f;
}

ImGuiWarmUp::~ImGuiWarmUp() {
  ImGui::DestroyContext(sample_);  // leaves the current context alone, unless it is sample_
}

bool ImGuiWarmUp::step() {
  if (next_part_ >= static_cast<int>(std::size(kParts))) return false;
  const CurrentContext in(sample_);
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin("sample", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
  kParts[next_part_++]();
  ImGui::End();
  ImGui::Render();
  return next_part_ < static_cast<int>(std::size(kParts));
}

}  // namespace ui
