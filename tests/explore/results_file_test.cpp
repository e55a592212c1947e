#include <gtest/gtest.h>

#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "explore/results_merge.hpp"
#include "support/known_seeds.hpp"
#include "support/test_directory.hpp"

namespace dispatchsim::explore {
namespace {

SweepDefinition decline_race_definition(std::uint64_t last_seed) {
  SweepDefinition definition;
  definition.scenarios = {describe_scenario("decline-race")};
  definition.variants = {"legacy"};
  definition.seeds = {1, last_seed};
  return definition;
}

RunRecord run_record(std::uint64_t seed) {
  RunSpec spec;
  spec.scenario = "decline-race";
  spec.variant = "legacy";
  spec.seed = seed;
  const auto scenario = scenarios::load_scenario(scenarios::resolve_scenario(spec.scenario));
  return record_of(spec, scenarios::run_scenario(scenario, spec.run_options()), 1234);
}

TEST(ResultsFile, StoresARunAndReadsItBackWhole) {
  const auto directory = testing::fresh_test_directory("results_file_round_trip");
  ResultsFile file((directory / "r.db").string(), ResultsFile::Mode::create_if_missing);
  file.begin_sweep(decline_race_definition(10), "all");
  const RunRecord written = run_record(testing::decline_race_legacy_seed);
  ASSERT_EQ(written.outcome, RunOutcome::violation);
  const std::int64_t id = file.add_run(written);
  const RunRecord read = file.run(id);
  EXPECT_EQ(read.scenario, "decline-race");
  EXPECT_EQ(read.seed, testing::decline_race_legacy_seed);
  EXPECT_EQ(read.trace_hash, written.trace_hash);
  EXPECT_EQ(read.events, written.events);
  EXPECT_EQ(read.wall_time_us, 1234);
  EXPECT_EQ(read.metrics.offers, written.metrics.offers);
  ASSERT_EQ(read.violations.size(), 1u);
  EXPECT_EQ(read.violations[0].property, "no-dispatch-after-decline");
  EXPECT_EQ(read.violations[0].count, written.violations[0].count);
  EXPECT_EQ(read.examples.size(), written.examples.size());
  EXPECT_EQ(read.examples[0].description, written.examples[0].description);
  EXPECT_FALSE(read.fixes.has_value()) << "fixes are the plan's only";

  const auto stored = file.sweep();
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->definition.id(), decline_race_definition(10).id());
  EXPECT_EQ(stored->definition.scenarios[0].argument, "decline-race");
}

TEST(ResultsFile, NeverStoresARunTwice) {
  const auto directory = testing::fresh_test_directory("results_file_no_duplicates");
  ResultsFile file((directory / "r.db").string(), ResultsFile::Mode::create_if_missing);
  file.begin_sweep(decline_race_definition(10), "all");
  const RunRecord record = run_record(1);
  const std::int64_t first = file.add_run(record);
  EXPECT_EQ(file.add_run(record), first);
  EXPECT_EQ(file.run_count(), 1);
}

TEST(ResultsFile, RefusesAnotherSweepAndFilesThatAreNotResults) {
  const auto directory = testing::fresh_test_directory("results_file_refuses");
  const std::string path = (directory / "r.db").string();
  {
    ResultsFile file(path, ResultsFile::Mode::create_if_missing);
    file.begin_sweep(decline_race_definition(10), "all");
  }
  ResultsFile file(path, ResultsFile::Mode::existing);
  try {
    file.begin_sweep(decline_race_definition(20), "all");
    FAIL() << "a different definition must be refused";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("--seeds 1..10"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("--seeds 1..20"), std::string::npos) << error.what();
  }
  EXPECT_THROW(ResultsFile((directory / "missing.db").string(), ResultsFile::Mode::existing),
               InputError);
  const std::string not_results = (directory / "other.db").string();
  SqliteConnection(not_results, true).execute("CREATE TABLE t (x)");
  EXPECT_THROW(ResultsFile(not_results, ResultsFile::Mode::existing), InputError);
}

TEST(ResultsMerge, AddsMissingRunsOnceAndReportsDisagreements) {
  const auto directory = testing::fresh_test_directory("results_merge");
  const std::string a = (directory / "a.db").string();
  const std::string b = (directory / "b.db").string();
  const std::string out = (directory / "out.db").string();
  {
    ResultsFile file_a(a, ResultsFile::Mode::create_if_missing);
    file_a.begin_sweep(decline_race_definition(3), "1/2");
    file_a.add_run(run_record(1));
    file_a.add_run(run_record(2));
    ResultsFile file_b(b, ResultsFile::Mode::create_if_missing);
    file_b.begin_sweep(decline_race_definition(3), "2/2");
    RunRecord disagreeing = run_record(2);
    disagreeing.trace_hash ^= 1;  // as if another build had run it
    file_b.add_run(disagreeing);
    file_b.add_run(run_record(3));
  }
  const MergeOutcome merged = merge_results(out, {a, b});
  EXPECT_EQ(merged.total_runs, 3);
  EXPECT_EQ(merged.duplicates, 1);
  ASSERT_EQ(merged.conflicts.size(), 1u);
  EXPECT_NE(merged.conflicts[0].find("seed 2"), std::string::npos);
  EXPECT_EQ(merged.shards, (std::vector<std::string>{"1/2", "2/2"}));
  const MergeOutcome again = merge_results(out, {a, b});
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.total_runs, 3);
  ResultsFile file(out, ResultsFile::Mode::existing);
  const RunRecord three = file.run(*file.find_run({"decline-race", "legacy", 3}));
  EXPECT_EQ(three.trace_hash, run_record(3).trace_hash) << "child rows follow their run";
}

TEST(ResultsMerge, RefusesFilesOfDifferentSweepsAndChangesNothing) {
  const auto directory = testing::fresh_test_directory("results_merge_refuses");
  const std::string a = (directory / "a.db").string();
  const std::string b = (directory / "b.db").string();
  ResultsFile(a, ResultsFile::Mode::create_if_missing)
      .begin_sweep(decline_race_definition(3), "all");
  ResultsFile(b, ResultsFile::Mode::create_if_missing)
      .begin_sweep(decline_race_definition(4), "all");
  EXPECT_THROW(merge_results((directory / "out.db").string(), {a, b}), InputError);
  EXPECT_FALSE(std::filesystem::exists(directory / "out.db"));
}

}  // namespace
}  // namespace dispatchsim::explore
