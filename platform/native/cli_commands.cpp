// --check-content and --calc: the app's content and engine without a window, for content
// editors, staff scripts and anyone checking figures.
#include "cli_commands.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "core/bounded_file.hpp"
#include "core/calculator.hpp"
#include "core/content.hpp"
#include "core/estimate_csv.hpp"
#include "core/image.hpp"
#include "core/printable.hpp"
#include "core/route.hpp"
#include "core/scenario_codec.hpp"
#include "ui/builtin_content.hpp"

namespace native {

core::Date today(const core::CliOptions& options) {
  return options.today ? *options.today : core::local_today();
}

int check_content(const std::string& path, const core::Date& today) {
  const core::FileRead file = core::read_bounded_file(path, core::kMaxContentBytes);
  if (!file.ok()) {
    std::cerr << core::printable_line(path) << ": error: the file " << file.reason << "\n";
    return 1;
  }
  const core::LoadResult result = core::load_content(file.text, path);
  for (const auto& p : result.problems.items) std::cout << core::printable_line(p.to_string()) << "\n";
  std::size_t more_warnings = 0;
  if (result.ok()) {
    for (const auto& p : core::load_profile_photos(result.content, path).problems) {
      std::cout << "warning: " << core::printable_line(p) << "\n";
      ++more_warnings;
    }
    if (const auto stale = core::stale_figures_warning(result.content, today)) {
      std::cout << core::printable_line(path) << ": warning: /cost_years: " << *stale << "\n";
      ++more_warnings;
    }
    if (const auto unchecked = core::unchecked_facts_warning(result.content, today)) {
      std::cout << core::printable_line(path) << ": warning: /facts_checked: " << *unchecked << "\n";
      ++more_warnings;
    }
  }
  const core::Problems& listed = result.problems;
  if (listed.unlisted_errors + listed.unlisted_warnings > 0)
    std::cout << core::printable_line(path) << ": ... and " << listed.unlisted_errors << " more error(s), "
              << listed.unlisted_warnings << " more warning(s), not listed (the first " << core::Problems::kMaxListed
              << " of each are)\n";
  std::cout << core::printable_line(path) << ": " << result.problems.error_count() << " error(s), "
            << result.problems.warning_count() + more_warnings << " warning(s)\n";
  return result.ok() ? 0 : 1;
}

app::EditedContent read_content_file(const std::string& path) {
  app::EditedContent edited;
  edited.path = path;
  core::FileRead file = core::read_bounded_file(path, core::kMaxContentBytes);
  if (file.ok())
    edited.text = std::move(file.text);
  else
    edited.read_error = "the file " + file.reason;
  return edited;
}

int print_calculation(const std::string& route_text, const std::string& content_path, const core::Date& today) {
  std::string text = app::builtin_content_json();
  std::string origin = "built-in content.json";
  if (!content_path.empty()) {  // --content names the figures to calculate with
    core::FileRead file = core::read_bounded_file(content_path, core::kMaxContentBytes);
    if (!file.ok()) {
      std::cerr << core::printable_line(content_path) << ": error: the file " << file.reason << "\n";
      return 1;
    }
    text = std::move(file.text);
    origin = content_path;
  }
  const core::LoadResult content = core::load_content(text, origin);
  if (!content.ok()) {
    for (const auto& p : content.problems.items) std::cerr << core::printable_line(p.to_string()) << "\n";
    return 1;
  }
  const core::ParsedRoute parsed = core::parse_route(route_text);
  std::vector<std::string> problems = parsed.notices;
  if (parsed.route.screen != core::Screen::Calculator)
    problems.push_back("--calc needs a /calculator route, e.g. '/calculator?path=16m1&start=2026'");
  const core::Scenario defaults = core::default_scenario(content.content, today.year, today.month);
  const core::DecodedScenario decoded = core::decode_scenario(content.content, parsed.route.query, defaults);
  problems.insert(problems.end(), decoded.notices.begin(), decoded.notices.end());
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << "--calc: " << core::printable_line(p) << "\n";
    return 2;
  }
  std::cout << core::estimate_to_csv(core::estimate(content.content, decoded.state.main));
  return 0;
}

}  // namespace native
