// What a developer sees when a property suite fails: rapidcheck's reproduce string and the
// dispatchsim command that replays the shrunk schedule — and both must work. The failing property
// is a disabled example shaped like the hardened suite (RC_GTEST_PROP + require_no_violation)
// but run on `legacy`, which fails it; the test runs it in a child process, as ctest would, reads
// its output, runs the printed dispatchsim command with the built binary, and reruns the test
// with the printed RC_PARAMS.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <filesystem>
#include <regex>

#include "properties/schedule.hpp"
#include "support/run_binary.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::testing {
namespace {

const scenarios::Scenario& duplicate_delivery() {
  static const scenarios::Scenario scenario =
      scenarios::load_scenario(bundled_scenario("duplicate-delivery"));
  return scenario;
}

scenarios::RunOptions legacy() {
  scenarios::RunOptions options;
  options.variant = "legacy";
  return options;
}

// Fails on purpose: legacy has no idempotency, so a redelivered message is pushed twice.
RC_GTEST_PROP(FailureReportExample, DISABLED_LegacyExactlyOnceUnderDuplicateDelivery, ()) {
  require_no_violation(duplicate_delivery(), legacy(),
                       *seeded_schedule(duplicate_delivery(), legacy()), {"exactly-once-dispatch"},
                       "FailureReportExample.DISABLED_LegacyExactlyOnceUnderDuplicateDelivery");
}

// Runs the example in a child process of this test program, with RC_PARAMS set.
BinaryOutcome run_example(const std::string& rc_params) {
  return run_shell_command(
      "RC_PARAMS=" + shell_quote(rc_params) + " " +
      shell_quote(std::filesystem::read_symlink("/proc/self/exe").string()) +
      " --gtest_also_run_disabled_tests"
      " --gtest_filter=FailureReportExample.DISABLED_LegacyExactlyOnceUnderDuplicateDelivery");
}

std::string first_match(const std::string& text, const std::regex& pattern) {
  std::smatch match;
  return std::regex_search(text, match, pattern) ? match[1].str() : std::string();
}

const std::regex replay_line(R"(replay: (dispatchsim run [^\n]*))");
const std::regex reproduce_line(R"re(RC_PARAMS="(reproduce=[^"]+)")re");

TEST(FailureReport, PrintsAReproduceStringAndADispatchsimCommandThatBothReproduce) {
  const BinaryOutcome failing = run_example("seed=1");
  ASSERT_EQ(failing.exit_code, 1) << failing.output;
  const std::string command = first_match(failing.output, replay_line);
  const std::string reproduce = first_match(failing.output, reproduce_line);
  ASSERT_FALSE(command.empty()) << "no dispatchsim command in:\n" << failing.output;
  ASSERT_FALSE(reproduce.empty()) << "no rapidcheck reproduce string in:\n" << failing.output;
  EXPECT_NE(command.find(" --tape "), std::string::npos) << command;

  // The command, as printed, replays the shrunk schedule with the built binary: exit 1, the
  // same property violated.
  const BinaryOutcome replayed = run_shell_command(
      shell_quote(DISPATCHSIM_BINARY) + command.substr(std::string("dispatchsim").size()));
  EXPECT_EQ(replayed.exit_code, 1) << command << "\n" << replayed.output;
  EXPECT_NE(replayed.output.find("exactly-once-dispatch"), std::string::npos) << replayed.output;

  // RC_PARAMS="reproduce=..." reruns only the shrunk case: it fails again, with the same command.
  const BinaryOutcome reproduced = run_example(reproduce);
  EXPECT_EQ(reproduced.exit_code, 1) << reproduced.output;
  EXPECT_EQ(first_match(reproduced.output, replay_line), command) << reproduced.output;
}

}  // namespace
}  // namespace dispatchsim::testing
