#include "cli/cli_support.hpp"

#include <fmt/format.h>

#include <charconv>
#include <climits>
#include <cstdint>
#include <algorithm>
#include <iostream>
#include <map>
#include <sstream>

#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "explore/run_spec.hpp"
#include "faults/fault_catalogue.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "model/observe/properties/property.hpp"
#include "model/base/plan_fixes.hpp"

namespace dispatchsim::cli {

extern const char* const build_commit;  // generated at build time: build/cli/build_commit.cpp

std::string version_text() {
  return fmt::format("dispatchsim {}\ncommit {}\nresults file schema {}", DISPATCHSIM_VERSION,
                     build_commit, explore::results_schema_version);
}

std::set<int> parse_fixes(const std::string& text) {
  return explore::parse_fixes(text);
}

namespace {

// A seed is a whole number from 0 to 2^63 - 1 (what a results file stores). Checked on the text:
// converted alone, "-1" would wrap around to 2^64 - 1.
CLI::Validator seed_number() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        std::uint64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        const bool whole =
            error == std::errc() && end == text.data() + text.size() && !text.empty();
        if (whole && value <= static_cast<std::uint64_t>(INT64_MAX)) return "";
        return fmt::format("'{}' is not a seed (expected a whole number from 0 to {})", text,
                           INT64_MAX);
      },
      "SEED");
}

}  // namespace

void add_run_selection(CLI::App& command, RunSelection& selection) {
  command
      .add_option("-s,--scenario", selection.scenario,
                  "Scenario name (see `dispatchsim list`) or path to a .toml file")
      ->capture_default_str();
  command.add_option("-v,--variant", selection.variant, "A variant (see `dispatchsim list`)")
      ->check(one_of(model::variant_ids(), "variant"))
      ->capture_default_str();
  command.add_option("--seed", selection.seed, "The run's seed")
      ->check(seed_number())
      ->capture_default_str();
  command
      .add_option(
          "--strategy", selection.strategy,
          "Schedule strategy: random | pct | guided (a random walk; with --tape the tape is "
          "a prefix and --seed draws every later choice)")
      ->check(one_of({"random", "pct", "guided"}, "strategy"))
      ->capture_default_str();
  command.add_option("--depth", selection.depth, "PCT bug depth d (d-1 priority change points)")
      ->check(CLI::Range(1, 10))
      ->capture_default_str();
  command.add_option("--fix", selection.fixes,
                     "plan only: the plan's fixes (or parts) deployed, e.g. 1,2,5s, or a release "
                     "option: hotfix, p0, p0-p1, full; or none (default: the scenario's)");
  command
      .add_option("--flag-percent", selection.flag_percent,
                  "plan only: ENABLE_IDEMPOTENT_DISPATCH rollout percentage "
                  "(default: the scenario's)")
      ->check(CLI::Range(0, 100));
  command.add_option(
      "--flag-from", selection.flag_from,
      "plan only: PERCENT@TIME, e.g. 10@4500ms: the flag starts at PERCENT and "
      "switches to --flag-percent at TIME, or as soon after it as a dispatch message "
      "is in the broker (at most 10 s later): a rollout phase's transition; "
      "`dispatchsim rollout` prints it");
}

std::string replay_command_line(const std::string& program, const scenarios::Scenario& scenario,
                                const scenarios::RunResult& result, int depth) {
  std::string command = scenarios::replay_command(scenario, result);
  command.replace(0, std::string("dispatchsim").size(), program);
  if (result.strategy == "pct") command += fmt::format(" --depth {}", depth);
  return command;
}

int violation_exit_code(const std::set<std::string>& violated_properties) {
  if (violated_properties.empty()) return exit_ok;
  for (const std::string& property : violated_properties) {
    if (!model::is_liveness_property(property)) return exit_violation;
  }
  return exit_liveness_only;
}

int guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (const scenarios::ScenarioError& error) {
    std::cerr << "dispatchsim: " << error.what() << '\n';
  } catch (const BadInput& error) {
    std::cerr << "dispatchsim: " << error.what() << '\n';
  } catch (const explore::InputError& error) {
    std::cerr << "dispatchsim: " << error.what() << '\n';
  } catch (const std::invalid_argument& error) {
    std::cerr << "dispatchsim: " << error.what() << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << "dispatchsim: out of memory\n";
  } catch (const std::exception& error) {
    // Anything else (a file system error, a database error) still ends with a message and exit
    // code 2, never with `terminate called`.
    std::cerr << "dispatchsim: " << error.what() << '\n';
  }
  return exit_bad_input;
}

void print_summary(const scenarios::RunResult& result, double wall_seconds) {
  const auto& m = result.metrics;
  fmt::print("{} / {} / seed {} / {}", result.scenario, result.variant, result.seed,
             result.strategy);
  if (model::variant_info(result.variant).takes_fixes_and_flag) {
    const model::ReleaseOption* option = model::release_option_of(result.fixes);
    fmt::print(" / fixes {}{} / flag {}%", model::fix_set_text(result.fixes),
               option != nullptr ? fmt::format(" ({})", option->name) : "", result.flag_percent);
  }
  fmt::print("\n");
  fmt::print(
      "  requests {:>5}   offers {:>5}   dispatch_log rows {:>5}   pushes {:>5}   shown {:>5}\n",
      m.requests, m.offers, m.dispatch_log_rows, m.pushes_sent, m.shown);
  fmt::print(
      "  declined {:>5}   accepted {:>3}   cancelled {:>3}   still open {:>3}   dead letters {}\n",
      m.declines, m.accepted, m.cancelled, m.still_open, m.dead_letters);
  std::string fault_text;
  for (const auto& info : faults::fault_catalogue()) {
    const auto times = result.faults_fired[static_cast<std::size_t>(info.fault)];
    if (times > 0) {
      fault_text += fmt::format("{} {} ({})", fault_text.empty() ? "" : ",", info.id,
                                times == 1 ? "once" : count_of(times, "time"));
    }
  }
  fmt::print("  faults fired:{}\n", fault_text.empty() ? " none" : fault_text);
  if (!result.knobs_drawn.empty()) {
    std::string knob_text;
    for (const faults::KnobDraw& draw : result.knobs_drawn) {
      knob_text +=
          fmt::format(" {}={} ({})", draw.knob->id,
                      static_cast<double>(draw.value) / static_cast<double>(draw.knob->unit),
                      faults::knob_draw_kind_name(draw.kind));
    }
    fmt::print("  knobs drawn:{}\n", knob_text);
  }
  fmt::print("  trace hash {:016x}   events {}   virtual time {:.3f} s   wall time {:.1f} ms\n",
             result.trace_hash, result.events, static_cast<double>(result.virtual_end) / 1e6,
             wall_seconds * 1e3);
}

// Each distinct root cause of the run's violations with how many it explains, most first.
void print_root_causes(const scenarios::RunResult& result) {
  std::map<scenarios::RootCause, std::size_t> counts;
  for (scenarios::RootCause cause : result.root_causes) ++counts[cause];
  std::vector<std::pair<std::size_t, scenarios::RootCause>> ordered;
  for (const auto& [cause, count] : counts) ordered.emplace_back(count, cause);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string text;
  for (const auto& [count, cause] : ordered) {
    text +=
        fmt::format("{}{} x{}", text.empty() ? "" : ", ", scenarios::root_cause_text(cause), count);
  }
  if (!text.empty()) fmt::print("ROOT CAUSES: {}\n", text);
}

void print_violations(const scenarios::RunResult& result, std::size_t limit) {
  if (result.violations.empty()) {
    fmt::print("  no violation\n");
    return;
  }
  fmt::print("VIOLATIONS ({}):\n", result.violations.size());
  for (std::size_t i = 0; i < result.violations.size() && i < limit; ++i) {
    const auto& violation = result.violations[i];
    fmt::print("  {}: {}\n", violation.property, violation.description);
    if (i < result.root_causes.size()) {
      fmt::print("    root cause: {}\n", scenarios::root_cause_text(result.root_causes[i]));
    }
  }
  if (result.violations.size() > limit) {
    fmt::print("  ... and {} more\n", result.violations.size() - limit);
  }
  print_root_causes(result);
}

}  // namespace dispatchsim::cli
