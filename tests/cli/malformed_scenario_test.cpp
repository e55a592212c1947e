// The malformed scenario corpus (tests/data/malformed/): each file, given to the real
// `dispatchsim run -s FILE`, must end with exit code 2 and one message on stderr naming the file,
// the line and the field, never with a crash (a signal) or a run.

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>

#include "support/run_binary.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim {
namespace {

struct Outcome {
  int exit_code = -1;
  int signal = 0;
  std::string standard_error;
};

// Runs the binary with stdout discarded, so only what it writes to stderr is captured.
Outcome run_capturing_stderr(const std::vector<std::string>& arguments) {
  std::string command = testing::shell_quote(DISPATCHSIM_BINARY);
  for (const auto& argument : arguments) command += " " + testing::shell_quote(argument);
  command += " 2>&1 1>/dev/null";
  Outcome outcome;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return outcome;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr)
    outcome.standard_error += buffer.data();
  const int status = pclose(pipe);
  if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
  return outcome;
}

struct Malformed {
  const char* file;
  int line;
  const char* field;     // the section or key the message must name
  const char* fragment;  // what the message must say about it
};

// One row per file in tests/data/malformed/ (a test below checks the two stay in step).
const std::vector<Malformed>& corpus() {
  static const std::vector<Malformed> rows = {
      {"bad-fix-number.toml", 6, "[plan] fixes", "6 is out of range (expected 1 to 5)"},
      {"bad-toml-syntax.toml", 7, "decline_probability", "TOML syntax error"},
      {"candidates-exceed-drivers.toml", 7, "[workload] candidates_per_request",
       "3 candidates but only 2 drivers"},
      {"duplicate-key.toml", 7, "requests", "cannot redefine"},
      {"empty-description.toml", 3, "[scenario] description", "expected a non-empty string"},
      {"empty-unknown-section.toml", 8, "[brokers]", "unknown section"},
      {"empty.toml", 1, "[scenario] description", "missing"},
      {"fault-magnitude-inverted.toml", 6, "[faults.push-delay] magnitude_ms", "is not a range"},
      {"fault-not-a-table.toml", 6, "[faults] push-drop", "a [faults.push-drop] table"},
      {"fault-rate-out-of-range.toml", 6, "[faults.lost-delete] rate",
       "1.5 is out of range (expected 0 to 1)"},
      {"fixes-not-an-array.toml", 6, "[plan] fixes", "expected an array of fix numbers"},
      {"huge-duration.toml", 6, "[timing] offer_timeout_ms", "1e+300 ms is out of range"},
      {"huge-fault-magnitude.toml", 6, "[faults.push-delay] magnitude_ms",
       "1e+300 ms is out of range"},
      {"inf-range.toml", 6, "[workload] request_arrival_ms", "inf is not a finite number"},
      {"inverted-range.toml", 6, "[workload] request_arrival_ms", "[5000, 100] is not a range"},
      {"missing-description.toml", 2, "[scenario] description", "missing"},
      {"missing-scenario-section.toml", 1, "[scenario] description", "missing"},
      {"nan-duration.toml", 6, "[broker] visibility_timeout_s", "nan is not a finite number"},
      {"nan-probability.toml", 6, "[workload] decline_probability", "nan is not a finite number"},
      {"negative-range.toml", 6, "[timing] api_latency_ms", "[-5, 10] is not a range"},
      {"negative-timeout.toml", 6, "[broker] visibility_timeout_s", "-30 must be > 0"},
      {"percentage-out-of-range.toml", 6, "[plan] flag_percent",
       "150 is out of range (expected 0 to 100)"},
      {"probability-out-of-range.toml", 6, "[workload] decline_probability", "1.2 is out of range"},
      {"properties-not-an-array.toml", 6, "[properties] check",
       "expected an array of property ids"},
      {"section-not-a-table.toml", 2, "[workload]", "expected a [workload] table, got an integer"},
      {"swarm-not-boolean.toml", 6, "[faults] swarm", "expected true or false"},
      {"swarm-knob-inverted.toml", 6, "[swarm.knobs] visibility_timeout_s",
       "[60, 1] is not a range"},
      {"swarm-knob-not-a-range.toml", 6, "[swarm.knobs] dispatch_workers",
       "expected [low, high], got an integer"},
      {"swarm-knob-out-of-range.toml", 6, "[swarm.knobs] batch_size",
       "11 is out of range (expected 1 to 10)"},
      {"swarm-knob-unknown.toml", 6, "[swarm.knobs] warp_speed", "unknown knob"},
      {"swarm-knobs-not-a-table.toml", 6, "[swarm] knobs",
       "expected a [swarm.knobs] table, got an integer"},
      {"swarm-unknown-key.toml", 6, "[swarm] knob", "unknown key"},
      {"underflow-duration.toml", 6, "[broker] visibility_timeout_s",
       "1e-09 s is below the simulation's resolution"},
      {"unknown-fault-key.toml", 6, "[faults.push-drop] ratee", "unknown key"},
      {"unknown-fault.toml", 5, "[faults] meteor-strike", "unknown fault"},
      {"unknown-key.toml", 7, "[workload] request", "unknown key"},
      {"unknown-property.toml", 6, "[properties] check", "unknown property 'world-peace'"},
      {"unknown-section.toml", 5, "[weather]", "unknown section"},
      {"wrong-type-boolean.toml", 6, "[migration] backfill_pending",
       "expected true or false, got a string"},
      {"wrong-type-integer.toml", 6, "[workload] requests", "expected an integer, got a string"},
      {"wrong-type-range.toml", 6, "[workload] driver_think_ms", "expected [min, max]"},
      {"zero-requests.toml", 6, "[workload] requests", "0 is out of range"},
      {"zero-timeout.toml", 6, "[database] lock_wait_timeout_s", "0 must be > 0"},
  };
  return rows;
}

TEST(MalformedScenarios, TheCorpusTableListsEveryFileInTheFolder) {
  std::set<std::string> on_disk, listed;
  for (const auto& entry : std::filesystem::directory_iterator(testing::test_data("malformed"))) {
    on_disk.insert(entry.path().filename().string());
  }
  for (const Malformed& row : corpus()) listed.insert(row.file);
  EXPECT_EQ(on_disk, listed);
  EXPECT_GE(listed.size(), 20u);
}

TEST(MalformedScenarios, EachFileExitsWithCode2AndNamesTheFileLineAndField) {
  for (const Malformed& row : corpus()) {
    const std::string path = testing::test_data(std::string("malformed/") + row.file);
    const Outcome outcome =
        run_capturing_stderr({"run", "-s", path, "-v", "hardened", "--seed", "1"});
    SCOPED_TRACE(row.file);
    EXPECT_EQ(outcome.signal, 0) << "crashed: " << outcome.standard_error;
    EXPECT_EQ(outcome.exit_code, 2) << outcome.standard_error;
    const std::string& message = outcome.standard_error;
    EXPECT_NE(message.find(path + ":" + std::to_string(row.line) + ":"), std::string::npos)
        << "file and line: " << message;
    EXPECT_NE(message.find(row.field), std::string::npos) << "field: " << message;
    EXPECT_NE(message.find(row.fragment), std::string::npos) << "problem: " << message;
    EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 1) << "one line: " << message;
  }
}

// Numbers on the command line get the same treatment as numbers in a file: exit 2, the option
// named, never a wrap-around, an abort or a silently clamped value.
TEST(MalformedArguments, BadNumbersExitWithCode2AndNameTheOption) {
  struct Case {
    std::vector<std::string> arguments;
    const char* option;
  };
  const std::vector<Case> cases = {
      {{"run", "-s", "decline-race", "--seed", "-1"}, "--seed"},
      {{"run", "-s", "decline-race", "--seed", "9223372036854775808"}, "--seed"},
      {{"run", "-s", "decline-race", "--seed", "1e3"}, "--seed"},
      {{"run", "-s", "decline-race", "-v", "plan", "--flag-from", "10@99999999999999999999ms"},
       "--flag-from"},
      {{"run", "-s", "decline-race", "-v", "plan", "--flag-from", "10@infs"}, "--flag-from"},
      {{"run", "-s", "decline-race", "-v", "plan", "--flag-from", "10@nanms"}, "--flag-from"},
      {{"run", "-s", "decline-race", "-v", "plan", "--flag-from", "10@1e-9ms"}, "--flag-from"},
      {{"run", "-s", "decline-race", "-v", "plan", "--flag-from", "99999999999@10ms"},
       "--flag-from"},
      {{"sweep", "-s", "decline-race", "--seeds", "1..99999999999999999999"}, "--seeds"},
      {{"sweep", "-s", "decline-race", "--seeds", "-5..3"}, "--seeds"},
      {{"sweep", "-s", "decline-race", "--seeds", "1..2", "--time-budget", "inf"}, "--time-budget"},
      {{"sweep", "-s", "decline-race", "--seeds", "1..2", "--time-budget", "1e300s"},
       "--time-budget"},
      {{"rollout", "-s", "decline-race", "--switch-at", "1e300ms"}, "--switch-at"},
  };
  for (const Case& c : cases) {
    std::string line;
    for (const auto& argument : c.arguments) line += argument + " ";
    SCOPED_TRACE(line);
    const Outcome outcome = run_capturing_stderr(c.arguments);
    EXPECT_EQ(outcome.signal, 0) << outcome.standard_error;
    EXPECT_EQ(outcome.exit_code, 2) << outcome.standard_error;
    EXPECT_NE(outcome.standard_error.find(c.option), std::string::npos) << outcome.standard_error;
  }
}

TEST(MalformedScenarios, AMissingFileExitsWithCode2AndNamesTheFile) {
  const std::string path = testing::test_data("malformed/no-such-file.toml");
  const Outcome outcome = run_capturing_stderr({"run", "-s", path});
  EXPECT_EQ(outcome.signal, 0);
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.standard_error.find(path), std::string::npos) << outcome.standard_error;
  EXPECT_NE(outcome.standard_error.find("no such scenario file"), std::string::npos)
      << outcome.standard_error;
}

TEST(MalformedScenarios, AnUnreadableFileExitsWithCode2AndNamesTheFile) {
  // A directory where a file is expected (no permission games needed: root can read anything).
  const std::string path = testing::test_data("malformed");
  const Outcome outcome = run_capturing_stderr({"run", "-s", path});
  EXPECT_EQ(outcome.signal, 0);
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.standard_error.find(path), std::string::npos) << outcome.standard_error;
}

}  // namespace
}  // namespace dispatchsim
