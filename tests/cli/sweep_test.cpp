// The sweep workflow as a user runs it: parallel workers, a SIGKILL and --resume, shards and
// merge — every time the same runs, the same trace hashes, the same violations.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "explore/sqlite_connection.hpp"
#include "support/run_binary.hpp"
#include "support/test_directory.hpp"

namespace dispatchsim::testing {
namespace {

using Rows = std::vector<std::string>;

// (scenario, variant, seed, trace hash, violated properties) of every stored run, sorted.
Rows stored_runs(const std::string& path) {
  explore::SqliteConnection connection(path, false);
  explore::SqliteStatement select(connection.handle(),
                                  "SELECT scenario, variant, seed, trace_hash, violated_properties "
                                  "FROM runs ORDER BY scenario, variant, seed");
  Rows rows;
  while (select.step()) {
    rows.push_back(select.text(0) + " " + select.text(1) + " " + select.text(2) + " " +
                   select.text(3) + " " + select.text(4));
  }
  return rows;
}

std::int64_t stored_count(const std::string& path) {
  if (!std::filesystem::exists(path)) return 0;
  explore::SqliteConnection connection(path, false);
  explore::SqliteStatement tables(connection.handle(),
                                  "SELECT COUNT(*) FROM sqlite_master WHERE name = 'runs'");
  if (!tables.step() || tables.integer(0) == 0) return 0;  // the sweep is still creating it
  explore::SqliteStatement count(connection.handle(), "SELECT COUNT(*) FROM runs");
  return count.step() ? count.integer(0) : 0;
}

std::vector<std::string> sweep_arguments(const std::string& seeds, const std::string& db) {
  return {"sweep",    "-s",      "decline-race", "-v",   "legacy", "plan",
          "hardened", "--seeds", seeds,          "--db", db};
}

std::vector<std::string> with(std::vector<std::string> arguments,
                              std::initializer_list<std::string> more) {
  arguments.insert(arguments.end(), more);
  return arguments;
}

class SweepTest : public ::testing::Test {
 protected:
  // One single-process sweep that the parallel, resumed and sharded ones must equal.
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, possibly in parallel: one directory per process.
    directory_ = fresh_test_directory("sweep_reference_" + std::to_string(getpid()));
    reference_db_ = (directory_ / "reference.db").string();
    reference_ = run_dispatchsim(with(sweep_arguments("1..12", reference_db_), {"--jobs", "1"}));
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(directory_); }

  static std::filesystem::path directory_;
  static std::string reference_db_;
  static BinaryOutcome reference_;
};

std::filesystem::path SweepTest::directory_;
std::string SweepTest::reference_db_;
BinaryOutcome SweepTest::reference_;

TEST_F(SweepTest, FindsTheLegacyRaceAndPrintsHowToReplayAndExplainIt) {
  EXPECT_EQ(reference_.exit_code, 1) << "legacy violates a property: exit 1\n" << reference_.output;
  EXPECT_EQ(stored_runs(reference_db_).size(), 36u);
  const std::string& out = reference_.output;
  EXPECT_NE(out.find("decline-race               legacy"), std::string::npos) << out;
  EXPECT_NE(out.find("decline-race / legacy / seed 5: no-dispatch-after-decline"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("run -s decline-race -v legacy --seed 5"), std::string::npos) << out;
  EXPECT_NE(out.find("explain -s decline-race -v legacy --seed 5"), std::string::npos) << out;
  EXPECT_NE(out.find("replay --db"), std::string::npos) << out;
}

TEST_F(SweepTest, TwoWorkerProcessesGiveTheSameRunsAsOne) {
  const auto directory = fresh_test_directory("sweep_jobs_2");
  const std::string db = (directory / "jobs2.db").string();
  const BinaryOutcome parallel =
      run_dispatchsim(with(sweep_arguments("1..12", db), {"--jobs", "2"}));
  EXPECT_EQ(parallel.exit_code, 1) << parallel.output;
  EXPECT_EQ(stored_runs(db), stored_runs(reference_db_));
}

TEST_F(SweepTest, ShardsMergedEqualTheWholeSweep) {
  const auto directory = fresh_test_directory("sweep_shards");
  std::vector<std::string> merge = {"merge", (directory / "merged.db").string()};
  for (const char* shard : {"1/3", "2/3", "3/3"}) {
    const std::string db = (directory / (std::string("shard") + shard[0] + ".db")).string();
    const BinaryOutcome outcome =
        run_dispatchsim(with(sweep_arguments("1..12", db), {"--shard", shard, "--jobs", "1"}));
    EXPECT_TRUE(outcome.exit_code == 0 || outcome.exit_code == 1 || outcome.exit_code == 3)
        << outcome.output;
    merge.push_back(db);
  }
  merge.push_back(merge[2]);  // a file given twice is not counted twice
  const BinaryOutcome merged = run_dispatchsim(merge);
  EXPECT_EQ(merged.exit_code, 0) << merged.output;
  EXPECT_EQ(stored_runs(merge[1]), stored_runs(reference_db_));

  const std::string other = (directory / "other.db").string();
  run_dispatchsim(with(sweep_arguments("1..2", other), {"--jobs", "1"}));
  const BinaryOutcome refused =
      run_dispatchsim({"merge", (directory / "refused.db").string(), merge[2], other});
  EXPECT_EQ(refused.exit_code, 2) << refused.output;
  EXPECT_NE(refused.output.find("hold different sweeps"), std::string::npos) << refused.output;
}

// A sweep in its own process group, so the test can kill it and its workers at once, as a
// machine that dies would.
pid_t start_sweep_in_background(const std::vector<std::string>& arguments) {
  const pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    std::vector<char*> argv;
    std::string program = DISPATCHSIM_BINARY;
    argv.push_back(program.data());
    std::vector<std::string> copies = arguments;
    for (auto& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    freopen("/dev/null", "w", stdout);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  setpgid(pid, pid);
  return pid;
}

TEST_F(SweepTest, KilledMidwayAndResumedEndsWithEveryRunExactlyOnce) {
  const auto directory = fresh_test_directory("sweep_killed");
  const std::string db = (directory / "killed.db").string();
  const auto arguments = with(sweep_arguments("1..60", db), {"--jobs", "2"});
  const pid_t sweep = start_sweep_in_background(arguments);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (stored_count(db) < 20 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(-sweep, SIGKILL);
  int status = 0;
  waitpid(sweep, &status, 0);
  const std::int64_t stored_when_killed = stored_count(db);
  ASSERT_GE(stored_when_killed, 20);
  ASSERT_LT(stored_when_killed, 180) << "the sweep ended before it was killed; give it more seeds";

  const BinaryOutcome resumed = run_dispatchsim(with(arguments, {"--resume"}));
  EXPECT_EQ(resumed.exit_code, 1) << resumed.output;
  EXPECT_NE(resumed.output.find("were already in the file (--resume)"), std::string::npos)
      << resumed.output;
  const Rows rows = stored_runs(db);
  ASSERT_EQ(rows.size(), 180u);
  std::set<std::string> keys;
  for (const std::string& row : rows)
    keys.insert(row.substr(0, row.find(' ', row.find(' ', row.find(' ') + 1) + 1)));
  EXPECT_EQ(keys.size(), 180u) << "no run stored twice";
  // The first 12 seeds must agree with the single-process reference, killed or not.
  const Rows reference = stored_runs(reference_db_);
  for (const std::string& row : reference) {
    EXPECT_NE(std::find(rows.begin(), rows.end(), row), rows.end()) << row;
  }
  const BinaryOutcome again = run_dispatchsim(arguments);
  EXPECT_EQ(again.exit_code, 2) << "without --resume, a file holding the sweep is refused";
  EXPECT_NE(again.output.find("add --resume"), std::string::npos) << again.output;
}

TEST_F(SweepTest, ReplayOfAStoredRowMatchesItsHash) {
  const BinaryOutcome replay = run_dispatchsim({"replay", "--db", reference_db_, "--row", "5"});
  EXPECT_EQ(replay.exit_code, 0) << replay.output;
  EXPECT_NE(replay.output.find("identical to the stored one"), std::string::npos) << replay.output;
  const BinaryOutcome explain = run_dispatchsim({"run", "--db", reference_db_, "--row", "5"});
  EXPECT_TRUE(explain.exit_code == 0 || explain.exit_code == 1 || explain.exit_code == 3)
      << explain.output;
}

// Guided sweeps: the corpus is rebuilt from the file by every worker, generation by generation,
// so two workers, or a sweep stopped and resumed, store the same runs as one uninterrupted
// worker; every guided row stores its tape, and replay, run and explain of the row reproduce it.
std::vector<std::string> guided_arguments(const std::string& db) {
  return {"sweep", "-s",         "decline-race", "-v",   "plan", "--seeds",
          "1..32", "--strategy", "guided",       "--db", db};
}

TEST(GuidedSweep, ParallelAndResumedSweepsEqualOneWorkerAndRowsReplayFromTheirTapes) {
  const auto directory = fresh_test_directory("sweep_guided");
  const std::string one = (directory / "one.db").string();
  const std::string two = (directory / "two.db").string();
  const std::string resumed = (directory / "resumed.db").string();
  const BinaryOutcome single = run_dispatchsim(with(guided_arguments(one), {"--jobs", "1"}));
  ASSERT_LE(single.exit_code, 1) << single.output;
  const BinaryOutcome parallel = run_dispatchsim(with(guided_arguments(two), {"--jobs", "2"}));
  ASSERT_LE(parallel.exit_code, 1) << parallel.output;
  EXPECT_EQ(stored_runs(two), stored_runs(one));

  const BinaryOutcome first_part = run_dispatchsim(
      {"sweep", "-s", "decline-race", "-v", "plan", "--seeds", "1..32", "--strategy", "guided",
       "--db", resumed, "--jobs", "2", "--time-budget", "200ms"});
  ASSERT_LE(first_part.exit_code, 1) << first_part.output;
  const BinaryOutcome rest =
      run_dispatchsim(with(guided_arguments(resumed), {"--jobs", "2", "--resume"}));
  ASSERT_LE(rest.exit_code, 1) << rest.output;
  EXPECT_EQ(stored_runs(resumed), stored_runs(one));

  explore::SqliteConnection connection(one, false);
  explore::SqliteStatement mutated(connection.handle(),
                                   "SELECT r.id FROM runs r JOIN run_tapes t ON t.run_id = r.id "
                                   "WHERE t.mutation != 'fresh' ORDER BY r.id LIMIT 1");
  ASSERT_TRUE(mutated.step()) << "later generations mutate the corpus";
  const std::string row = std::to_string(mutated.integer(0));
  const BinaryOutcome replay = run_dispatchsim({"replay", "--db", one, "--row", row});
  EXPECT_EQ(replay.exit_code, 0) << replay.output;
  EXPECT_NE(replay.output.find("identical to the stored one"), std::string::npos) << replay.output;
  const BinaryOutcome explain =
      run_dispatchsim({"explain", "--db", one, "--row", row, "--request", "1"});
  EXPECT_LE(explain.exit_code, 1) << explain.output;
  EXPECT_NE(explain.output.find("--db"), std::string::npos) << "the reproduce line names the row\n"
                                                            << explain.output;
  const BinaryOutcome run = run_dispatchsim({"run", "--db", one, "--row", row});
  EXPECT_LE(run.exit_code, 1) << run.output;
}

}  // namespace
}  // namespace dispatchsim::testing
