// replay, shrink and explain as a user runs them, and the promise every command makes: --help
// shows examples, and a mistake is answered with what to type instead.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "reports/report_fixture.hpp"
#include "support/known_seeds.hpp"
#include "support/run_binary.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"
#include "support/text.hpp"

namespace dispatchsim::testing {
namespace {

// The deliberate nondeterminism (an event only the second run records) must be caught, and the
// first event where the runs part ways named.
TEST(Replay, DetectsInjectedNondeterminismAndNamesTheFirstDivergingEvent) {
  const std::string seed = std::to_string(decline_race_legacy_seed);
  const BinaryOutcome clean =
      run_dispatchsim({"replay", "-s", "decline-race", "-v", "legacy", "--seed", seed});
  EXPECT_EQ(clean.exit_code, 0) << clean.output;
  const BinaryOutcome perturbed = run_dispatchsim({"replay", "-s", "decline-race", "-v", "legacy",
                                                   "--seed", seed, "--test-perturb-after", "50"});
  EXPECT_EQ(perturbed.exit_code, 1) << perturbed.output;
  EXPECT_TRUE(contains(perturbed.output, "NONDETERMINISM")) << perturbed.output;
  EXPECT_TRUE(contains(perturbed.output, "first difference at event")) << perturbed.output;
  EXPECT_TRUE(contains(perturbed.output, "run 2: t=1000000 us kernel test.nondeterminism"))
      << perturbed.output;
}

// The line "reproduce:    <program> run <arguments>" of shrink's output, as arguments.
std::vector<std::string> reproduce_arguments(const std::string& output) {
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.starts_with("reproduce:")) continue;
    std::istringstream words(line.substr(line.find(" run ") + 1));
    std::vector<std::string> arguments;
    std::string word;
    while (words >> word) arguments.push_back(word);
    return arguments;
  }
  return {};
}

TEST(Shrink, WritesACaseThatRunReproduces) {
  const auto directory = fresh_test_directory("shrink_cli");
  const std::string out = (directory / "minimal.toml").string();
  const BinaryOutcome shrunk =
      run_dispatchsim({"shrink", "-s", "decline-race", "-v", "legacy", "--seed",
                       std::to_string(decline_race_legacy_seed), "--budget", "150",
                       "--seeds-per-candidate", "8", "--out", out});
  ASSERT_EQ(shrunk.exit_code, 0) << shrunk.output;
  EXPECT_TRUE(contains(shrunk.output, "dimension")) << shrunk.output;
  EXPECT_TRUE(contains(shrunk.output, "requests")) << shrunk.output;
  const std::vector<std::string> arguments = reproduce_arguments(shrunk.output);
  ASSERT_FALSE(arguments.empty()) << shrunk.output;
  EXPECT_EQ(arguments[0], "run");
  const BinaryOutcome reproduced = run_dispatchsim(arguments);
  EXPECT_EQ(reproduced.exit_code, 1) << reproduced.output;
  EXPECT_TRUE(contains(reproduced.output, "no-dispatch-after-decline")) << reproduced.output;
}

TEST(Explain, PrintsTheViolatingRequestsTimelineAsJson) {
  const BinaryOutcome explained =
      run_dispatchsim({"explain", "-s", "decline-race", "-v", "plan", "--seed",
                       std::to_string(decline_race_plan_seed), "--format", "json"});
  EXPECT_EQ(explained.exit_code, 1) << explained.output;
  const auto json = nlohmann::json::parse(explained.output);
  ASSERT_FALSE(json["requests"].empty());
  bool marked = false;
  for (const auto& event : json["requests"][0]["events"])
    marked = marked || !event["violated"].empty();
  EXPECT_TRUE(marked) << "the violation is marked on the events involved";
}

// The decision a pipeline gates on: the report prints GO / NO-GO per candidate first, and
// --fail-on picks which NO-GO fails the build (the fixture's plan is NO-GO, hardened GO).
TEST(Report, PrintsTheDecisionFirstAndExitsByFailOn) {
  const auto directory = fresh_test_directory("report-fail-on");
  const reports::ReportInputs inputs = report_fixture(directory);
  std::vector<std::string> arguments = {"report", "--out", (directory / "out").string(),
                                        "--no-timelines"};
  for (const auto& file : inputs.results_files) arguments.insert(arguments.end(), {"--db", file});
  for (const auto& file : inputs.rollout_files)
    arguments.insert(arguments.end(), {"--rollout", file});
  const auto report_with = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> all = arguments;
    all.insert(all.end(), extra.begin(), extra.end());
    return run_dispatchsim(all);
  };
  const BinaryOutcome by_default = report_with({});
  EXPECT_EQ(by_default.exit_code, 0) << "hardened is GO" << by_default.output;
  EXPECT_TRUE(by_default.output.starts_with("decision:\n  plan: NO-GO — ")) << by_default.output;
  EXPECT_TRUE(contains(by_default.output, "\n  hardened: GO — ")) << by_default.output;
  EXPECT_TRUE(contains(by_default.output, "    show it: ")) << by_default.output;
  EXPECT_TRUE(contains(by_default.output, " run -s decline-race -v plan --seed "))
      << by_default.output;
  // The fixture's --fix 1,2 sweep is the plan's P0: a candidate of its own, named as --fix takes
  // it.
  EXPECT_TRUE(contains(by_default.output, "\n  plan --fix p0: NO-GO — ")) << by_default.output;
  EXPECT_FALSE(contains(by_default.output, "plan --fix none")) << "nothing shipped is no candidate";
  // What a NO-GO rests on starts with the root cause as the classifier names it.
  EXPECT_TRUE(
      std::regex_search(by_default.output, std::regex(R"(\n    rests on: [a-z-]+ \([^)]+\) — )")))
      << by_default.output;
  const BinaryOutcome gated = report_with({"--fail-on", "plan-no-go"});
  EXPECT_EQ(gated.exit_code, 1) << gated.output;
  EXPECT_TRUE(contains(gated.output, "exit 1: --fail-on plan-no-go")) << gated.output;
  EXPECT_EQ(report_with({"--fail-on", "any-no-go"}).exit_code, 1);
  EXPECT_EQ(report_with({"--fail-on", "never"}).exit_code, 0);
  const BinaryOutcome unknown = report_with({"--fail-on", "plan"});
  EXPECT_EQ(unknown.exit_code, 2) << unknown.output;
}

TEST(Commands, EveryHelpShowsExamples) {
  for (const char* command : {"list", "run", "replay", "sweep", "merge", "shrink", "explain"}) {
    const BinaryOutcome help = run_dispatchsim({command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command;
    EXPECT_TRUE(contains(help.output, "example: dispatchsim " + std::string(command)))
        << help.output;
  }
  const BinaryOutcome top = run_dispatchsim({"--help"});
  EXPECT_FALSE(contains(top.output, "sweep-worker")) << "the worker subcommand is internal";
}

// Safety and liveness failures exit differently (1 and 3), and --help says so.
TEST(Commands, ExitCodesTellSafetyFromLiveness) {
  const BinaryOutcome safety =
      run_dispatchsim({"run", "-s", "decline-race", "-v", "legacy", "--seed",
                       std::to_string(decline_race_legacy_seed)});
  EXPECT_EQ(safety.exit_code, 1) << safety.output;
  const BinaryOutcome liveness =
      run_dispatchsim({"run", "-s", test_data("liveness-only.toml"), "-v", "plan", "--seed", "1"});
  EXPECT_EQ(liveness.exit_code, 3) << liveness.output;
  EXPECT_TRUE(contains(liveness.output, "liveness")) << liveness.output;
  EXPECT_TRUE(contains(liveness.output, "replay: ")) << liveness.output;
  const BinaryOutcome clean = run_dispatchsim(
      {"run", "-s", test_data("liveness-only.toml"), "-v", "hardened", "--seed", "1"});
  EXPECT_EQ(clean.exit_code, 0) << clean.output;
  const BinaryOutcome help = run_dispatchsim({"--help"});
  EXPECT_TRUE(contains(help.output, "3 only liveness was violated")) << help.output;
  EXPECT_TRUE(contains(help.output, "1 a safety property was violated")) << help.output;
}

TEST(Commands, MistakesSayWhatToTypeInstead) {
  struct Case {
    std::vector<std::string> arguments;
    std::string advice;
  };
  const auto directory = fresh_test_directory("cli_mistakes");
  const std::string missing = (directory / "missing.db").string();
  const std::vector<Case> cases = {
      {{"sweep", "-s", "decline-race"}, "--seeds"},
      {{"sweep", "-s", "decline-race", "--seeds", "9..1"}, "e.g. --seeds 1..100"},
      {{"sweep", "-s", "decline-race", "--seeds", "1..2", "--shard", "4/3"}, "e.g. --shard 2/3"},
      {{"sweep", "-s", "decline-race", "--seeds", "1..2", "--time-budget", "soon"}, "e.g. 90s"},
      {{"sweep", "-s", "no-such-scenario", "--seeds", "1..2"}, "bundled:"},
      {{"replay", "--db", missing, "--row", "1"}, "dispatchsim sweep ... --db"},
      {{"explain", "-s", "decline-race", "-v", "hardened", "--seed", "1"}, "--request ID"},
      {{"shrink", "-s", "decline-race", "-v", "hardened", "--seed", "1"}, "dispatchsim sweep"},
      {{"run", "-s", "decline-race", "--tape", missing}, "cannot open the tape file"},
  };
  for (const Case& c : cases) {
    const BinaryOutcome outcome = run_dispatchsim(c.arguments);
    EXPECT_EQ(outcome.exit_code, 2) << c.arguments[0] << " " << c.arguments.back() << "\n"
                                    << outcome.output;
    EXPECT_TRUE(contains(outcome.output, c.advice)) << outcome.output;
  }
}

// plan-sql: the plan's verbatim SQL on a throwaway MariaDB holding a saved run. On
// redelivery-storm legacy seed 6 Step 1 names the declined request that was dispatched again
// (tests/backends/ compares every query with the SQLite ports); what cannot be reached is exit 2.
TEST(PlanSql, RunsThePlansQueriesOnMariadbAndSaysWhatToDoWhenItCannot) {
  const auto directory = fresh_test_directory("plan_sql_cli");
  const std::string database = (directory / "run.db").string();
  const BinaryOutcome run = run_dispatchsim(
      {"run", "-s", "redelivery-storm", "-v", "legacy", "--seed", "6", "--save-db", database});
  ASSERT_EQ(run.exit_code, 1) << run.output;
  const BinaryOutcome answered = run_dispatchsim({"plan-sql", database});
  EXPECT_EQ(answered.exit_code, 0) << answered.output;
  EXPECT_TRUE(contains(answered.output, "== Step 1 (2 rows)")) << answered.output;
  EXPECT_TRUE(contains(answered.output, "\tDECLINED\t")) << answered.output;
  EXPECT_TRUE(contains(answered.output, "== Metric 2 (1 row)")) << answered.output;
  const BinaryOutcome unreachable =
      run_dispatchsim({"plan-sql", database, "--mariadb", (directory / "none.sock").string()});
  EXPECT_EQ(unreachable.exit_code, 2) << unreachable.output;
  EXPECT_TRUE(contains(unreachable.output, "leave out --mariadb")) << unreachable.output;
  const BinaryOutcome missing = run_dispatchsim({"plan-sql", (directory / "missing.db").string()});
  EXPECT_EQ(missing.exit_code, 2) << missing.output;
  EXPECT_TRUE(contains(missing.output, "--save-db")) << missing.output;
}

}  // namespace
}  // namespace dispatchsim::testing
