#include "explore/run_spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "explore/input_error.hpp"
#include "explore/sweep_orchestrator.hpp"
#include "scenarios/shell_quote.hpp"
#include "model/base/plan_fixes.hpp"

namespace dispatchsim::explore {

scenarios::RunOptions RunSpec::run_options() const {
  scenarios::RunOptions options;
  options.variant = variant;
  options.seed = seed;
  options.strategy = strategy;
  options.pct_depth = pct_depth;
  options.fixes = fixes;
  options.flag_percent = flag_percent;
  options.flag_switch = flag_switch;
  return options;
}

std::string RunSpec::arguments() const {
  std::string text =
      fmt::format("-s {} -v {} --seed {}", scenarios::shell_quote(scenario), variant, seed);
  if (strategy == "pct") text += fmt::format(" --strategy {} --depth {}", strategy, pct_depth);
  if (strategy == "guided") text += " --strategy guided";
  if (fixes) text += " --fix " + fixes_text(*fixes);
  if (flag_percent) text += fmt::format(" --flag-percent {}", *flag_percent);
  if (flag_switch) text += " --flag-from " + scenarios::flag_switch_text(*flag_switch);
  return text;
}

double parse_run_time_seconds(const std::string& text, const std::string& option) {
  const double seconds = parse_duration_seconds(text, option);
  // Past 10^7 s no run lasts (scenario durations stop there too); below 1 us the clock cannot
  // tell the time from 0.
  if (seconds > 1e7) {
    throw InputError(
        fmt::format("{}: '{}' is out of range (at most 10000000 s into a run)", option, text));
  }
  if (seconds * 1e6 < 0.5) {
    throw InputError(
        fmt::format("{}: '{}' is below the simulation's resolution of 1 us", option, text));
  }
  return seconds;
}

model::FlagSwitch parse_flag_switch(const std::string& text) {
  const auto bad = [&] {
    return InputError(
        fmt::format("--flag-from: '{}' is not PERCENT@TIME; type e.g. 10@4500ms "
                    "(start at 10 %, switch to --flag-percent at 4.5 s)",
                    text));
  };
  const std::size_t at = text.find('@');
  if (at == std::string::npos) throw bad();
  model::FlagSwitch change;
  std::size_t used = 0;
  try {
    change.from_percent = std::stoi(text.substr(0, at), &used);
  } catch (const std::logic_error&) {
    throw bad();
  }
  if (used != at || change.from_percent < 0 || change.from_percent > 100) throw bad();
  const double seconds = parse_run_time_seconds(text.substr(at + 1), "--flag-from");
  change.at = static_cast<sim::Micros>(seconds * 1e6 + 0.5);
  return change;
}

std::string fixes_text(const std::set<int>& fixes) {
  return model::fix_set_text(fixes);
}

std::set<int> parse_fixes(const std::string& text) {
  std::set<int> fixes;
  if (text == "none") return fixes;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    const auto parts = model::fix_item(item);
    if (!parts) {
      throw InputError(
          fmt::format("--fix: '{}' is not a fix, a part or a release option (use 1-5, 4q, 4c, 5s, "
                      "5c, hotfix, p0, "
                      "p0-p1, full or none, e.g. --fix 1,2,5s; dispatchsim list shows them)",
                      item));
    }
    fixes.insert(parts->begin(), parts->end());
  }
  if (fixes.empty()) throw InputError("--fix: empty; type e.g. --fix 1,2 or --fix none");
  return model::canonical_fixes(fixes);
}

}  // namespace dispatchsim::explore
