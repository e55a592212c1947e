// What a new user meets first (issue 16): a mistyped command, option, scenario, variant or fault
// answered with what was probably meant; --version to quote in a bug report; counts written as
// people read them; `run` saying which properties it checked and what the others would have
// found; a sweep under a time budget showing the time left, and a partial sweep called partial.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "explore/count_text.hpp"
#include "explore/results_file.hpp"
#include "scenarios/nearest_name.hpp"
#include "support/run_binary.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"
#include "support/text.hpp"

namespace dispatchsim::testing {
namespace {

TEST(NearestName, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(scenarios::edit_distance("rn", "run"), 1u);
  EXPECT_EQ(scenarios::edit_distance("plna", "plan"), 1u)
      << "two adjacent letters swapped are one edit";
  EXPECT_EQ(scenarios::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(scenarios::edit_distance("", "seed"), 4u);
  EXPECT_EQ(scenarios::edit_distance("seed", "seed"), 0u);
}

TEST(NearestName, SuggestsOnlyWhatIsClose) {
  const std::vector<std::string> commands = {"list",  "run",     "replay", "sweep",
                                             "merge", "explain", "shrink"};
  EXPECT_EQ(scenarios::nearest_names("rn", commands), std::vector<std::string>{"run"});
  EXPECT_EQ(scenarios::nearest_names("--seeds", {"--seed", "--scenario", "--strategy"}),
            std::vector<std::string>{"--seed"});
  EXPECT_EQ(scenarios::nearest_names("process-crashx11", {"process-crash", "push-drop", "db-busy"}),
            std::vector<std::string>{"process-crash"});
  EXPECT_EQ(scenarios::nearest_names("decline", {"decline-race", "db-rollback"}),
            std::vector<std::string>{"decline-race"});
  EXPECT_TRUE(scenarios::nearest_names("weather", commands).empty())
      << "nothing close: no suggestion";
  EXPECT_EQ(scenarios::did_you_mean("plna", {"legacy", "plan", "hardened"}),
            " (did you mean 'plan'?)");
  EXPECT_EQ(scenarios::did_you_mean("--sed", {"--seed", "--send", "--seeds"}, false),
            " (did you mean --seed or --send?)");
  EXPECT_EQ(scenarios::did_you_mean("weather", commands), "");
}

TEST(CountText, SeparatesThousandsAndAgreesInNumber) {
  EXPECT_EQ(explore::with_separators(0), "0");
  EXPECT_EQ(explore::with_separators(999), "999");
  EXPECT_EQ(explore::with_separators(1000), "1,000");
  EXPECT_EQ(explore::with_separators(120000), "120,000");
  EXPECT_EQ(explore::with_separators(1234567), "1,234,567");
  EXPECT_EQ(explore::with_separators(-1234), "-1,234");
  EXPECT_EQ(explore::count_of(1, "run"), "1 run");
  EXPECT_EQ(explore::count_of(0, "run"), "0 runs");
  EXPECT_EQ(explore::count_of(2195, "run"), "2,195 runs");
  EXPECT_EQ(explore::count_of(2, "worker process", "worker processes"), "2 worker processes");
  EXPECT_EQ(explore::format_seconds(12.4), "12 s");
  EXPECT_EQ(explore::format_seconds(245), "4 min 05 s");
  EXPECT_EQ(explore::format_seconds(7380), "2 h 03 min");
}

TEST(MistypedNames, AreAnsweredWithWhatWasProbablyMeant) {
  const auto directory = fresh_test_directory("cli_mistyped_names");
  const std::string scenario = (directory / "typo-fault.toml").string();
  std::ofstream(scenario) << "[scenario]\ndescription = \"a typo in a "
                             "fault\"\n\n[faults.process-crashx11]\nrate = 0.1\n";
  struct Case {
    std::vector<std::string> arguments;
    std::string answer;
  };
  const std::vector<Case> cases = {
      {{"rn"}, "unknown command 'rn' (did you mean 'run'?)"},
      {{}, "name a command: list, run"},
      {{"run", "--seeds", "68"}, "unknown option --seeds (did you mean --seed?)"},
      {{"sweep", "-s", "decline-race", "--seeds", "1..2", "--shrad", "1/2"},
       "did you mean --shard?"},
      {{"run", "-v", "plna"}, "unknown variant 'plna' (did you mean 'plan'?)"},
      {{"sweep", "-s", "decline-race", "--seeds", "1..2", "-v", "hardend"},
       "did you mean 'hardened'?"},
      {{"run", "--strategy", "ptc"}, "did you mean 'pct'?"},
      {{"run", "-s", "decline-rac"}, "(did you mean 'decline-race'?)"},
      {{"run", "-s", scenario}, "unknown fault (did you mean 'process-crash'?)"},
      {{"shrink", "-s", "decline-race", "--seed", "5", "--property", "livenes"},
       "did you mean 'liveness'?"},
  };
  for (const Case& c : cases) {
    const BinaryOutcome outcome = run_dispatchsim(c.arguments);
    EXPECT_EQ(outcome.exit_code, 2) << outcome.output;
    EXPECT_TRUE(contains(outcome.output, c.answer))
        << "expected: " << c.answer << "\ngot: " << outcome.output;
  }
}

TEST(Version, NamesTheVersionTheCommitAndTheResultsSchema) {
  const BinaryOutcome outcome = run_dispatchsim({"--version"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.output;
  EXPECT_TRUE(std::regex_search(outcome.output, std::regex(R"(^dispatchsim \d+\.\d+\.\d+\n)")))
      << outcome.output;
  EXPECT_TRUE(contains(outcome.output,
                       "results file schema " + std::to_string(explore::results_schema_version)))
      << outcome.output;
  // Built from a git checkout (CI clones one), the commit is the checkout's.
  if (std::filesystem::exists(std::filesystem::path(DISPATCHSIM_SOURCE_DIR) / ".git")) {
    EXPECT_TRUE(std::regex_search(outcome.output, std::regex(R"(\ncommit [0-9a-f]{12})")))
        << outcome.output;
  }
}

TEST(RunOutput, SaysWhichPropertiesItChecked) {
  const BinaryOutcome all =
      run_dispatchsim({"run", "-s", "swarm", "-v", "hardened", "--seed", "1"});
  EXPECT_EQ(all.exit_code, 0) << all.output;
  EXPECT_TRUE(contains(
      all.output, "properties checked (7 of 7): no-dispatch-after-decline, exactly-once-dispatch"))
      << all.output;
  EXPECT_FALSE(contains(all.output, "not checked by")) << all.output;
}

// The issue's case: decline-race once checked only no-dispatch-after-decline, and `run -v plan
// --seed 1 --flag-percent 0` printed "still open 6", "no violation" and exit 0. A scenario that
// still checks one property now hears what the others found, without failing the run.
TEST(RunOutput, HintsAtWhatAnUncheckedPropertyWouldHaveFound) {
  const auto directory = fresh_test_directory("cli_unchecked_hint");
  const std::string scenario = (directory / "one-property.toml").string();
  std::ifstream bundled(bundled_scenario("decline-race"));
  std::ofstream copy(scenario);
  for (std::string line; std::getline(bundled, line);) {
    if (!line.starts_with("[properties]") && !line.starts_with("check")) copy << line << '\n';
  }
  copy << "\n[properties]\ncheck = [\"no-dispatch-after-decline\"]\n";
  copy.close();
  const BinaryOutcome outcome =
      run_dispatchsim({"run", "-s", scenario, "-v", "plan", "--seed", "1", "--flag-percent", "0"});
  EXPECT_EQ(outcome.exit_code, 0) << "hints never fail a run\n" << outcome.output;
  EXPECT_TRUE(contains(outcome.output, "properties checked (1 of 7): no-dispatch-after-decline"))
      << outcome.output;
  EXPECT_TRUE(contains(outcome.output, "not checked by one-property")) << outcome.output;
  EXPECT_TRUE(
      contains(outcome.output, "hint: this run breaks liveness, which one-property does not check"))
      << outcome.output;
}

// The line of output that starts with prefix (after leading spaces), or "".
std::string line_starting(const std::string& output, const std::string& prefix) {
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find_first_not_of(' ') != std::string::npos &&
        line.substr(line.find_first_not_of(' ')).starts_with(prefix)) {
      return line;
    }
  }
  return "";
}

TEST(SweepOutput, ShowsTimeLeftAndCallsAStoppedSweepPartial) {
  const auto directory = fresh_test_directory("cli_partial_sweep");
  const std::string results = (directory / "partial.db").string();
  const BinaryOutcome swept =
      run_dispatchsim({"sweep", "-s", "decline-race", "-s", "swarm", "-v", "legacy", "--seeds",
                       "1..100000", "--time-budget", "1s", "--jobs", "1", "--db", results});
  EXPECT_TRUE(contains(swept.output, "left of the 1 s time budget")) << swept.output;
  EXPECT_TRUE(std::regex_search(
      swept.output, std::regex(R"(sweep:   decline-race +[0-9,]+ runs?  [0-9,]+ violating)")))
      << "a line per scenario\n"
      << swept.output;
  const std::string stopped =
      line_starting(swept.output, "PARTIAL: stopped because the time budget (1s) ran out");
  EXPECT_FALSE(stopped.empty()) << swept.output;
  EXPECT_TRUE(contains(stopped, "of this sweep's 200,000 runs not done")) << stopped;
  EXPECT_FALSE(contains(stopped, "shard")) << "no shard was asked for: " << stopped;
  const std::string resume =
      line_starting(swept.output, DISPATCHSIM_BINARY " sweep -s decline-race -s swarm");
  EXPECT_TRUE(contains(resume, "--time-budget 1s --db")) << swept.output;
  EXPECT_TRUE(resume.ends_with("--resume")) << resume;
  EXPECT_TRUE(contains(swept.output, "results file: PARTIAL: ")) << swept.output;
  EXPECT_TRUE(contains(swept.output, " of 200,000 runs -- a sweep stopped early")) << swept.output;
  const BinaryOutcome triaged = run_dispatchsim({"triage", "--db", results});
  EXPECT_TRUE(contains(triaged.output, "PARTIAL: ")) << triaged.output;
}

}  // namespace
}  // namespace dispatchsim::testing
