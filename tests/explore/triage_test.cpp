#include <gtest/gtest.h>

#include <filesystem>

#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "explore/results_merge.hpp"
#include "explore/triage.hpp"
#include "model/base/fault_points.hpp"
#include "scenarios/violation_signature.hpp"
#include "support/known_seeds.hpp"
#include "support/test_directory.hpp"

namespace dispatchsim::explore {
namespace {

using model::HistoryEvent;
using model::HistoryKind;

// A history by hand: events get their position as sequence.
struct HistoryBuilder {
  std::vector<HistoryEvent> events;
  std::uint64_t add(HistoryKind kind, sim::ProcessId process, model::RequestId request,
                    sim::Micros time, std::int64_t a = 0, std::int64_t b = 0) {
    events.push_back(HistoryEvent{events.size(), time, kind, process, 1, request, 0, a, b});
    return events.size() - 1;
  }
  std::uint64_t fault(model::Fault fault, sim::ProcessId process, sim::Micros time) {
    return add(HistoryKind::fault_fired, process, 0, time, static_cast<std::int64_t>(fault));
  }
};

constexpr std::int64_t declined = static_cast<std::int64_t>(model::RequestStatus::declined);

// The decline race with a crash in the dispatching worker (process 3) and noise elsewhere:
// request ids, times and unrelated faults are parameters, so two calls differ in all of them.
// Process 3 works on the request from offset + 15 (a flaw mark: it received the message).
scenarios::ViolationSignature decline_race_signature(model::RequestId request, sim::Micros offset,
                                                     bool unrelated_faults) {
  HistoryBuilder history;
  std::vector<sim::Kernel::Mark> marks;
  if (unrelated_faults) history.fault(model::Fault::push_drop, 5, offset);  // before the request
  history.add(HistoryKind::request_created, 2, request, offset + 10);
  marks.push_back(
      sim::Kernel::Mark{"legacy.dispatch-without-idempotency", offset + 15, 3, 1, request, 7, 1});
  history.fault(model::Fault::process_crash, 3, offset + 20);
  if (unrelated_faults) {
    history.fault(model::Fault::gc_pause, 9,
                  offset + 25);  // a process that never touched the request
    history.add(HistoryKind::dispatch_logged, 8, request + 1,
                offset + 26);  // process 8 works on another
    history.fault(model::Fault::db_busy, 8, offset + 27);
    history.add(HistoryKind::dispatch_logged, 8, request + 1, offset + 28);
    history.add(HistoryKind::dispatch_logged, 8, request, offset + 60);
  }
  const auto decline =
      history.add(HistoryKind::status_committed, 4, request, offset + 30, 1, declined);
  const auto dispatch = history.add(HistoryKind::dispatch_logged, 3, request, offset + 40);
  history.fault(model::Fault::lost_delete, 3, offset + 50);  // after the violation
  const model::Violation violation{"no-dispatch-after-decline", request, 7, offset + 40, "",
                                   {decline, dispatch}};
  return scenarios::signature_of(violation, history.events, marks, "race-in-state-transitions");
}

TEST(ViolationSignature, NamesRootCausePropertyFaultsInTheCausalChainAndEventKinds) {
  const auto signature = decline_race_signature(3, 0, false);
  EXPECT_EQ(signature.text(),
            "race-in-state-transitions | no-dispatch-after-decline | process-crash | "
            "status-committed:DECLINED>dispatch-logged");
  EXPECT_EQ(signature.id().size(), 16u);
}

TEST(ViolationSignature, IgnoresIdsTimesAndFaultsOfProcessesNotWorkingOnTheRequest) {
  EXPECT_EQ(decline_race_signature(3, 0, false), decline_race_signature(41, 9'000'000, true));
  EXPECT_EQ(decline_race_signature(3, 0, false).id(),
            decline_race_signature(41, 9'000'000, true).id());
}

TEST(ViolationSignature, CountsAFaultOfAProcessThatTouchedTheRequestOnlyThroughAMark) {
  // The worker (process 5) recorded no history event for the request, only a flaw mark (it set
  // the idempotency key), then crashed: the crash is in the causal chain of the lost offer.
  HistoryBuilder history;
  const auto offer = history.add(HistoryKind::queue_row_added, 2, 4, 10);
  history.fault(model::Fault::process_crash, 5, 30);
  const auto open_end = history.add(HistoryKind::dispatch_intended, 2, 4, 50);
  const std::vector<sim::Kernel::Mark> marks = {
      {"plan.idempotency-key-set-before-work", 20, 5, 1, 4, 1, 1}};
  const model::Violation lost{"exactly-once-dispatch", 4, 1, 10, "", {offer, open_end}};
  EXPECT_EQ(
      scenarios::signature_of(lost, history.events, marks, "key-set-before-work").faults_text(),
      "process-crash");
  EXPECT_EQ(scenarios::signature_of(lost, history.events, {}, "key-set-before-work").faults_text(),
            "none")
      << "without the mark nothing links the crashed worker to the request";
}

TEST(ViolationSignature, CollapsesRepeatedKindsAndMarksFinalStateViolations) {
  HistoryBuilder history;
  const auto first = history.add(HistoryKind::shown, 6, 1, 10);
  history.fault(model::Fault::app_restart, 6, 15);
  const auto second = history.add(HistoryKind::shown, 6, 1, 20);
  const auto shown_twice = scenarios::signature_of(
      model::Violation{"exactly-once-dispatch", 1, 2, 20, "", {first, second}}, history.events, {},
      "client-dedup-forgotten-on-restart");
  EXPECT_EQ(shown_twice.text(),
            "client-dedup-forgotten-on-restart | exactly-once-dispatch | app-restart | shown");

  const auto final_state = scenarios::signature_of(model::Violation{"liveness", 1, 0, 99, "", {}},
                                                   history.events, {}, "unexplained");
  EXPECT_EQ(final_state.text(), "unexplained | liveness | none | final-state")
      << "no events: no window, no faults";
}

SweepDefinition decline_race_definition() {
  SweepDefinition definition;
  definition.scenarios = {describe_scenario("decline-race")};
  definition.variants = {"legacy", "plan"};
  definition.seeds = {1, 40};
  return definition;
}

// Runs the definition in-process into one file, and into `shards` files merged into another.
void sweep_in_process(const SweepDefinition& definition, const std::string& single,
                      const std::filesystem::path& directory, int shards,
                      const std::string& merged) {
  ResultsFile whole(single, ResultsFile::Mode::create_if_missing);
  whole.begin_sweep(definition, "all");
  std::vector<std::string> shard_paths;
  std::vector<std::unique_ptr<ResultsFile>> shard_files;
  for (int index = 1; index <= shards; ++index) {
    shard_paths.push_back((directory / ("shard" + std::to_string(index) + ".db")).string());
    shard_files.push_back(
        std::make_unique<ResultsFile>(shard_paths.back(), ResultsFile::Mode::create_if_missing));
    shard_files.back()->begin_sweep(definition, Shard{index, shards}.text());
  }
  for (std::size_t i = 0; i < definition.run_count(); ++i) {
    const RunSpec spec = definition.spec(definition.item(i));
    const auto scenario = scenarios::load_scenario(scenarios::resolve_scenario(spec.scenario));
    const RunRecord record =
        record_of(spec, scenarios::run_scenario(scenario, spec.run_options()), 1);
    whole.add_run(record);
    for (int index = 1; index <= shards; ++index) {
      if (Shard{index, shards}.contains(record.scenario, record.variant, record.seed)) {
        shard_files[static_cast<std::size_t>(index - 1)]->add_run(record);
      }
    }
  }
  // Each file finished, as a sweep records it.
  EXPECT_TRUE(whole.mark_shard_complete(Shard{}, definition.run_count()));
  for (int index = 1; index <= shards; ++index) {
    ResultsFile& file = *shard_files[static_cast<std::size_t>(index - 1)];
    EXPECT_TRUE(
        file.mark_shard_complete(Shard{index, shards}, static_cast<std::size_t>(file.run_count())));
  }
  shard_files.clear();
  // Merge in reverse order, so row ids differ from the single file's.
  merge_results(merged, std::vector<std::string>(shard_paths.rbegin(), shard_paths.rend()));
}

nlohmann::json without_rows(nlohmann::json triage) {
  for (auto& group : triage["groups"]) group["minimal"].erase("row");
  return triage;
}

TEST(Triage, MergedShardsTriageLikeTheSweepInOneFileAndKeepTheMinimalSeed) {
  const auto directory = testing::fresh_test_directory("triage_shards");
  const std::string single = (directory / "single.db").string();
  const std::string merged = (directory / "merged.db").string();
  sweep_in_process(decline_race_definition(), single, directory, 3, merged);
  ResultsFile single_file(single, ResultsFile::Mode::existing);
  ResultsFile merged_file(merged, ResultsFile::Mode::existing);
  const Triage expected = triage(single_file);
  EXPECT_EQ(without_rows(triage_json(triage(merged_file))), without_rows(triage_json(expected)));

  ASSERT_FALSE(expected.groups.empty()) << "legacy's decline race is found in seeds 1..40";
  EXPECT_EQ(expected.runs_without_signature, 0);
  std::uint64_t legacy_minimal = UINT64_MAX;
  std::int64_t grouped_runs = 0;
  for (const BugGroup& group : expected.groups) {
    EXPECT_NE(group.root_cause, "unexplained") << "every decline race has a root cause";
    for (const SignatureShape& shape : group.shapes) {
      EXPECT_EQ(shape.property, "no-dispatch-after-decline");
      EXPECT_EQ(shape.faults, "none") << "decline-race injects no fault";
    }
    if (expected.sweep.definition.variants[group.variant] == "legacy") {
      legacy_minimal = std::min(legacy_minimal, group.minimal_seed);
      grouped_runs = std::max(grouped_runs, group.runs);
    }
    EXPECT_EQ(single_file.run(group.minimal_row).seed, group.minimal_seed);
  }
  EXPECT_EQ(legacy_minimal, testing::decline_race_legacy_seed);
  EXPECT_LE(expected.groups.size(), 3u)
      << "a short list: legacy's race (or stale cache), plan's check outside the transaction";
  EXPECT_GT(grouped_runs, 1) << "several seeds of one bug fall into one group";
}

TEST(Triage, AnOlderSchemaIsRefusedWithAClearMessageAndLeftUnchanged) {
  const auto directory = testing::fresh_test_directory("triage_version_two");
  const std::string path = (directory / "old.db").string();
  {
    ResultsFile file(path, ResultsFile::Mode::create_if_missing);
    file.begin_sweep(decline_race_definition(), "all");
    // What a dispatchsim before schema 3 wrote: no completion records.
    file.connection().execute("DROP TABLE sweep_completions; PRAGMA user_version = 2;");
  }
  const auto before = std::filesystem::last_write_time(path);
  try {
    ResultsFile file(path, ResultsFile::Mode::read_only);
    FAIL() << "an old file was opened";
  } catch (const InputError& error) {
    EXPECT_NE(
        std::string(error.what()).find("schema version 2 was written by an older dispatchsim"),
        std::string::npos)
        << error.what();
  }
  EXPECT_EQ(std::filesystem::last_write_time(path), before);
  SqliteConnection check(path, SqliteConnection::ReadOnly{});
  SqliteStatement version(check.handle(), "PRAGMA user_version");
  ASSERT_TRUE(version.step());
  EXPECT_EQ(version.integer(0), 2) << "never upgraded in place";
}

TEST(Triage, AVersionThreeFileWithoutRootCausesIsRefusedClearly) {
  const auto directory = testing::fresh_test_directory("triage_version_three");
  const std::string path = (directory / "old.db").string();
  {
    ResultsFile file(path, ResultsFile::Mode::create_if_missing);
    file.begin_sweep(decline_race_definition(), "all");
    // What a dispatchsim before root causes wrote: signatures without a root_cause column.
    file.connection().execute(
        "ALTER TABLE run_signatures DROP COLUMN root_cause; PRAGMA user_version = 3;");
  }
  try {
    ResultsFile file(path, ResultsFile::Mode::existing);
    FAIL() << "a version-3 file was opened";
  } catch (const InputError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find("schema version 3 was written by an older dispatchsim"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("root causes"), std::string::npos) << message;
    EXPECT_NE(message.find("Sweep again"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace dispatchsim::explore
