#include "properties/expected_failure.hpp"

#include <fmt/format.h>
#include <rapidcheck.h>

#include <algorithm>

namespace dispatchsim::testing {

namespace {

class ShrinkCounter final : public rc::detail::TestListener {
 public:
  void onTestCaseFinished(const rc::detail::CaseDescription&) override {}
  void onShrinkTried(const rc::detail::CaseDescription&, bool accepted) override {
    ++tried;
    accepted_count += accepted ? 1 : 0;
  }
  void onTestFinished(const rc::detail::TestMetadata&, const rc::detail::TestResult&) override {}

  int tried = 0;
  int accepted_count = 0;
};

std::string file_name_for(std::string test_id) {
  std::replace(test_id.begin(), test_id.end(), '/', '.');
  return test_id;
}

// What RC_PARAMS must hold to rerun only this failure of test_id.
std::string reproduce_string(const std::string& test_id, const rc::detail::Reproduce& reproduce) {
  rc::detail::Configuration config = rc::detail::configuration();
  config.reproduce = {{test_id, reproduce}};
  return "RC_PARAMS=\"" + rc::detail::configToMinimalString(config) + "\"";
}

}  // namespace

std::string tape_size(const Tape& tape) {
  const auto nonzero =
      std::count_if(tape.begin(), tape.end(), [](std::uint64_t value) { return value != 0; });
  return fmt::format("{} choices ({} nonzero)", tape.size(), nonzero);
}

std::optional<Counterexample> find_counterexample(const scenarios::Scenario& scenario,
                                                  const scenarios::RunOptions& options,
                                                  const std::string& property,
                                                  const std::string& test_id) {
  Counterexample found;
  bool failed_once = false;
  const rc::Gen<Schedule> schedules = seeded_schedule(scenario, options);
  const auto body = [&] {
    const ScheduledRun run = run_schedule(scenario, options, *schedules);
    const auto violations = violations_of(run.result, {property});
    if (violations.empty()) return;
    // Every failing case rapidcheck tries overwrites these; the last one is the shrunk case.
    if (!failed_once) found.first_tape = run.drawn;
    failed_once = true;
    found.minimal_tape = run.drawn;
    found.description = violations.front().description;
    found.command = save_failing_tape(scenario, run.result, run.drawn, file_name_for(test_id));
    found.tape_file = failing_tape_path(file_name_for(test_id));
    RC_FAIL(fmt::format("{}: {}\n  replay: {}", property, found.description, found.command));
  };
  ShrinkCounter counter;
  const rc::detail::TestResult result = rc::detail::checkProperty(
      rc::detail::toProperty(body), rc::detail::TestMetadata{test_id, test_id},
      rc::detail::configuration().testParams, counter, rc::detail::configuration().reproduce);
  if (!result.is<rc::detail::FailureResult>()) return std::nullopt;
  const auto& failure = result.get<rc::detail::FailureResult>();
  found.reproduce = reproduce_string(test_id, failure.reproduce);
  found.cases_before_failure = failure.numSuccess;
  found.shrinks_tried = counter.tried;
  found.shrinks_accepted = counter.accepted_count;
  return found;
}

}  // namespace dispatchsim::testing
