// The accessibility tree each screen builds: landmarks, headings in order, names on everything
// a user acts on, every ImGui item declared, the whole page (not only what is on screen), and
// the requests a screen reader sends back (focus, activate, set a value) acting on the app.
#include "core/a11y_tree.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>  // ActivateItemByID

#include <set>
#include <string>

#include "headless.hpp"

namespace {

using core::A11yNode;
using core::A11yRole;

const core::A11yTree& tree(Headless& h) {
  return h.state().a11y.tree;
}

const A11yNode* find_node(Headless& h, A11yRole role, const std::string& name_start) {
  for (const A11yNode& n : tree(h).nodes)
    if (n.role == role && n.name.rfind(name_start, 0) == 0) return &n;
  return nullptr;
}

int count(Headless& h, A11yRole role) {
  int n = 0;
  for (const A11yNode& node : tree(h).nodes) n += node.role == role;
  return n;
}

struct Screen {
  const char* route;
  float w, h;
};
const Screen kScreens[] = {
    {"/program", 1440, 900},
    {"/program", 390, 844},
    {"/students", 1440, 900},
    {"/students", 390, 844},
    {"/students/shyamal-anadkat", 1440, 900},
    {"/students/shyamal-anadkat", 390, 844},
    {"/calculator", 1440, 900},
    {"/calculator", 390, 844},
};

}  // namespace

TEST_CASE("every screen has its landmarks, one h1 first, and a name on everything a user acts on") {
  for (const Screen& s : kScreens) {
    CAPTURE(s.route);
    CAPTURE(s.w);
    Headless h(s.w, s.h, s.route);
    h.frames(6);
    CHECK(count(h, A11yRole::Banner) == 1);
    CHECK(count(h, A11yRole::Main) == 1);
    CHECK(count(h, A11yRole::Navigation) >= 1);
    CHECK(count(h, A11yRole::Search) == (s.w > 1000 ? 1 : 0));  // phones open search from a button
    int first_level = 0, h1 = 0;
    for (const A11yNode& n : tree(h).nodes) {
      if (n.role == A11yRole::Heading) {
        if (!first_level) first_level = n.level;
        h1 += n.level == 1;
        CHECK(n.level >= 1);
        CHECK(n.level <= 3);
      }
      if (core::a11y_interactive(n.role)) {
        CAPTURE(core::a11y_role_name(n.role));
        CHECK(!n.name.empty());
        CHECK(n.id != 0);
      }
      CHECK(n.name.find("##") == std::string::npos);
    }
    CHECK(first_level == 1);
    CHECK(h1 == 1);
  }
}

TEST_CASE("every labelled ImGui item on every screen is in the tree, so a new widget cannot be forgotten") {
  for (const Screen& s : kScreens) {
    CAPTURE(s.route);
    CAPTURE(s.w);
    Headless h(s.w, s.h, s.route);
    h.frames(6);
    std::set<std::uint32_t> declared(h.state().a11y.covered.begin(), h.state().a11y.covered.end());
    for (const A11yNode& n : tree(h).nodes) declared.insert(n.id);
    for (const auto& item : h.labelled_items()) {
      if (ImGui::FindWindowByID(item.first)) continue;  // a window, not a widget
      const std::string& label = item.second;           // (a structured binding cannot be captured)
      CAPTURE(label);
      CHECK(declared.count(item.first) == 1);
    }
  }
}

TEST_CASE("the tree holds the whole page: sections far below the window, in reading order") {
  Headless h(390, 844, "/program");
  h.frames(6);
  const A11yNode* curriculum = find_node(h, A11yRole::Heading, "Curriculum");
  const A11yNode* sources = find_node(h, A11yRole::Heading, "Sources");
  REQUIRE(curriculum);
  REQUIRE(sources);
  CHECK(sources->y0 > 844 * 5);  // many screens down, and still there
  CHECK(curriculum < sources);   // nodes are stored in reading order
  // The course table: a header row, then one row per course with its cells.
  const A11yNode* table = find_node(h, A11yRole::Table, "Courses");
  REQUIRE(table);
  CHECK(count(h, A11yRole::ColumnHeader) >= 2);
  CHECK(find_node(h, A11yRole::Text, "AIPI 510"));
}

TEST_CASE("the calculator's fields expose their values, ranges and states") {
  Headless h(1440, 900, "/calculator?path=16m1&start=2028&living_increase=3.7");
  h.frames(6);
  const A11yNode* start = find_node(h, A11yRole::NumberField, "First fall");
  REQUIRE(start);
  CHECK(start->value == "2028");
  const A11yNode* living = find_node(h, A11yRole::NumberField, "Yearly increase of living costs");
  REQUIRE(living);
  CHECK(living->value == "3.7");
  CHECK(living->max == doctest::Approx(20));
  const A11yNode* path = find_node(h, A11yRole::Radio, "16 months, 1 last course");
  REQUIRE(path);
  CHECK((path->states & core::kA11yChecked) != 0);
  CHECK((find_node(h, A11yRole::Radio, "12 months")->states & core::kA11yChecked) == 0);
  const A11yNode* aid = find_node(h, A11yRole::ComboBox, "Aid");
  REQUIRE(aid);
  CHECK(aid->value == "None");
  CHECK(aid->options == "None\n% of tuition\n% of costs\nFixed a year\n");
  CHECK(find_node(h, A11yRole::Image, "Bar chart of each term's cost: Fall 2028"));
}

TEST_CASE("activating, focusing and setting values through the tree act on the app as input does") {
  Headless h(1440, 900, "/calculator?path=12m&start=2027");
  h.frames(6);
  const A11yNode* diversity = find_node(h, A11yRole::Button, "Diversity scholarships");
  REQUIRE(diversity);
  h.state().a11y.activate_request = diversity->id;  // below the window: it scrolls into view first
  ImGui::ActivateItemByID(diversity->id);
  h.frames(3);
  CHECK(h.state().calculator.scenario.main.aid == core::AidRule::PercentOfTuition);
  CHECK(h.state().calculator.scenario.main.aid_percent == 5000);
  CHECK(ImGui::GetFocusID() == diversity->id);

  const A11yNode* start = find_node(h, A11yRole::NumberField, "First fall");
  REQUIRE(start);
  h.state().a11y.value_request_id = start->id;
  h.state().a11y.value_request = "2028";
  h.frames(3);
  CHECK(h.state().calculator.scenario.main.start_year == 2028);
  CHECK(find_node(h, A11yRole::NumberField, "First fall")->value == "2028");

  const A11yNode* aid = find_node(h, A11yRole::ComboBox, "Aid");
  h.state().a11y.value_request_id = aid->id;
  h.state().a11y.value_request = "3";  // "Fixed a year"
  h.frames(3);
  CHECK(h.state().calculator.scenario.main.aid == core::AidRule::FixedPerYear);
}

TEST_CASE("focusing a node far down the page scrolls it into view") {
  Headless h(390, 844, "/calculator");
  h.frames(6);
  const A11yNode* weeks = find_node(h, A11yRole::NumberField, "Internship weeks");
  REQUIRE(weeks);
  CHECK(weeks->y0 > 844);  // below the window at first
  h.state().a11y.focus_request = weeks->id;
  h.frames(4);
  weeks = find_node(h, A11yRole::NumberField, "Internship weeks");
  CHECK(weeks->y0 >= 0);
  CHECK(weeks->y1 <= 844);
  CHECK((weeks->states & core::kA11yFocused) != 0);
}

TEST_CASE("announcements: a screen's title, the estimate when it changes, each once") {
  Headless h(1440, 900, "/calculator?path=12m&start=2027");
  h.frames(4);
  auto said = [&](const std::string& key) {
    std::string last;
    for (const auto& a : h.state().a11y.announcements)
      if (a.key == key) last = a.text;
    return last;
  };
  CHECK(said("screen") == "Cost and timeline screen");
  CHECK(said("estimate").rfind("Estimated net cost $", 0) == 0);
  h.state().a11y.announcements.clear();
  h.frames(3);
  CHECK(h.state().a11y.announcements.empty());  // nothing changed: nothing said again
  REQUIRE(h.click_label("16 months, 1 last course"));
  h.frames(2);
  CHECK(said("estimate").find("16 months") != std::string::npos);
}

TEST_CASE("the alert for a link's problems says each of them, up to five, and how many more") {
  struct Alert {
    std::string said;
    std::vector<std::string> notices;
  };
  auto alert_for = [](const std::string& route) {
    Headless h(1440, 900, route);
    h.frames(3);
    Alert alert{"", h.state().notices};
    for (const auto& a : h.state().a11y.announcements)
      if (a.key == "notices" && a.alert) alert.said = a.text;
    return alert;
  };
  const Alert one = alert_for("/calculator?path=99m");
  REQUIRE(one.notices.size() == 1);
  CHECK(one.said == "Some things could not be used as given: " + one.notices[0]);
  const Alert two = alert_for("/calculator?path=99m&start=1800");
  REQUIRE(two.notices.size() == 2);
  CHECK(two.said == "Some things could not be used as given (2): " + two.notices[0] + "; " + two.notices[1]);
  const Alert many = alert_for("/calculator?path=99m&start=1800&aid=zz&living=moon&bogus1=1&bogus2=2&bogus3=3");
  INFO(many.said);
  REQUIRE(many.notices.size() > 5);
  const std::size_t more = many.notices.size() - 5;
  CHECK(many.said.find("(" + std::to_string(many.notices.size()) + "): ") != std::string::npos);
  CHECK(many.said.find(many.notices[4] + "; and " + std::to_string(more) + " more, listed on the screen") !=
        std::string::npos);
  CHECK(many.said.find(many.notices[5]) == std::string::npos);
}

TEST_CASE("the tree's diff is empty when nothing changed and names only what did") {
  Headless h(1440, 900, "/students");
  h.frames(6);
  const core::A11yTree before = tree(h);
  h.frames(2);
  CHECK(core::a11y_diff(before, tree(h)).empty());
  core::A11yTree changed = tree(h);
  changed.nodes[3].name += " (changed)";
  const std::string diff = core::a11y_diff(before, changed);
  CHECK(std::count(diff.begin(), diff.end(), '\x1e') == 1);  // one record
  CHECK(diff[0] == 'n');
  core::A11yTree scrolled = tree(h);
  for (A11yNode& n : scrolled.nodes) n.y0 -= 40, n.y1 -= 40;
  const std::string moved = core::a11y_diff(before, scrolled);
  CHECK(moved.find('n') == std::string::npos);  // only places, no names or values again
  CHECK(static_cast<std::size_t>(std::count(moved.begin(), moved.end(), 'p')) >= scrolled.nodes.size());
  core::A11yTree fewer = tree(h);
  fewer.nodes.pop_back();
  const std::string removed = core::a11y_diff(before, fewer);
  CHECK(removed.find('r') == 0);
  CHECK(removed.find("\x1eo") != std::string::npos);  // and the new order
}

TEST_CASE("--a11y-tree's text: roles, names, values and states, indented by depth") {
  core::A11yTree t;
  core::A11yNode main;
  main.role = A11yRole::Main;
  t.nodes.push_back(main);
  core::A11yNode box;
  box.role = A11yRole::Checkbox;
  box.parent = 0;
  box.name = "Health insurance";
  box.states = core::kA11yCheckable;
  t.nodes.push_back(box);
  core::A11yNode year;
  year.role = A11yRole::NumberField;
  year.parent = 0;
  year.name = "First fall";
  year.value = "2028";
  year.min = 2020;
  year.max = 2040;
  t.nodes.push_back(year);
  CHECK(core::print_a11y_tree(t) ==
        "main\n  checkbox \"Health insurance\" [unchecked]\n  spinbutton \"First fall\" value=\"2028\" "
        "range=2020..2040\n");
}
TEST_CASE("items in a card scrolled out of view keep their ids, and focusing one brings it back") {
  Headless h(1440, 900, "/calculator");
  h.frames(6);
  const std::uint32_t copy = find_node(h, A11yRole::Button, "Copy link")->id;
  h.state().a11y.focus_request = find_node(h, A11yRole::NumberField, "Units")->id;
  h.frames(6);  // the inputs' bottom: the results card is above the window now
  const A11yNode* away = find_node(h, A11yRole::Button, "Copy link");
  REQUIRE(away);
  CHECK(away->id == copy);
  CHECK(away->y1 <= 0);
  h.state().a11y.focus_request = copy;
  h.frames(6);
  const A11yNode* back = find_node(h, A11yRole::Button, "Copy link");
  CHECK(back->y0 >= 0);
  CHECK(back->y1 <= 900);
  CHECK(ImGui::GetFocusID() == copy);
}
