// Hostile and careless input (issue 18), tried as a user would with the real binary: printed
// commands pasted into /bin/sh with hostile names, bad numbers, unwritable outputs, damaged files.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "scenarios/shell_quote.hpp"
#include "support/known_seeds.hpp"
#include "support/run_binary.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"
#include "support/text.hpp"

namespace dispatchsim::testing {
namespace {

namespace fs = std::filesystem;

// Every line of output that starts (after spaces) with prefix, without the prefix.
std::vector<std::string> lines_after(const std::string& output, const std::string& prefix) {
  std::vector<std::string> found;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    const std::size_t start = line.find_first_not_of(' ');
    if (start != std::string::npos && line.compare(start, prefix.size(), prefix) == 0) {
      found.push_back(line.substr(start + prefix.size()));
    }
  }
  return found;
}

std::string trace_hash(const std::string& output) {
  std::smatch match;
  return std::regex_search(output, match, std::regex("trace hash ([0-9a-f]{16})")) ? match[1].str()
                                                                                   : "";
}

// A directory holding a copy of the binary's name with a space and a quote in it, scenario files
// named to break out of a shell command, and nothing else: whatever a pasted command creates
// shows up in it.
class HostileNames : public ::testing::Test {
 protected:
  void SetUp() override {
    // One directory per test: ctest runs the tests of this file as parallel processes.
    directory_ =
        fresh_test_directory(std::string("hostile_names_") +
                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(directory_ / "bin dir");
    fs::create_symlink(DISPATCHSIM_BINARY, directory_ / "bin dir" / "dispatch'sim");
    const std::string scenario = read_text(bundled_scenario("decline-race"));
    for (const std::string& name : hostile_scenarios())
      std::ofstream(directory_ / name) << scenario;
  }

  static std::vector<std::string> hostile_scenarios() {
    return {"x;touch PWNED;.toml", "with space $(touch PWNED).toml", "q'\"`touch PWNED`\\.toml"};
  }

  // The command line, run from the directory through /bin/sh.
  BinaryOutcome paste(const std::string& command) const {
    return run_shell_command("cd " + scenarios::shell_quote(directory_.string()) + " && " +
                             command);
  }
  // The program as a user would type it to start with.
  std::string program() const { return scenarios::shell_quote("bin dir/dispatch'sim"); }

  void expect_nothing_created() const {
    for (const auto& entry : fs::recursive_directory_iterator(directory_)) {
      EXPECT_NE(entry.path().filename().string(), "PWNED") << "a pasted command ran `touch PWNED`";
    }
  }

  fs::path directory_;
};

TEST_F(HostileNames, RunsReplayLinePastedRunsTheSameRunAndNothingElse) {
  for (const std::string& name : hostile_scenarios()) {
    SCOPED_TRACE(name);
    const BinaryOutcome first =
        paste(program() + " run -v legacy --seed " + std::to_string(decline_race_legacy_seed) +
              " -s " + scenarios::shell_quote(name));
    ASSERT_EQ(first.exit_code, 1) << first.output;
    const auto replay = lines_after(first.output, "replay: ");
    ASSERT_EQ(replay.size(), 1u) << first.output;
    const BinaryOutcome again = paste(replay[0]);
    EXPECT_EQ(again.exit_code, 1) << replay[0] << "\n" << again.output;
    EXPECT_EQ(trace_hash(again.output), trace_hash(first.output)) << again.output;
    EXPECT_FALSE(trace_hash(first.output).empty());
  }
  expect_nothing_created();
}

TEST_F(HostileNames, SweepTriageAndReportCommandsPastedRunTheSameRunsAndNothingElse) {
  const std::string name = hostile_scenarios()[1];
  const std::string results = "r;touch PWNED $(touch PWNED).db";
  const std::string seed = std::to_string(decline_race_legacy_seed);
  const BinaryOutcome sweep =
      paste(program() + " sweep -v legacy --seeds " + seed + ".." + seed + " -s " +
            scenarios::shell_quote(name) + " --db " + scenarios::shell_quote(results));
  ASSERT_EQ(sweep.exit_code, 1) << sweep.output;
  std::vector<std::string> commands;
  for (const char* prefix : {"reproduce: ", "replay:    ", "explain:   "}) {
    const auto found = lines_after(sweep.output, prefix);
    ASSERT_EQ(found.size(), 1u) << prefix << "\n" << sweep.output;
    commands.push_back(found[0]);
  }
  const auto shrink = lines_after(sweep.output, "shrink:    ");
  ASSERT_EQ(shrink.size(), 1u) << sweep.output;
  commands.push_back(shrink[0] + " --budget 3 --seeds-per-candidate 1 --out min.toml");
  const BinaryOutcome triage = paste(program() + " triage --db " + scenarios::shell_quote(results));
  ASSERT_EQ(triage.exit_code, 1) << triage.output;  // 1: it lists violations
  for (const char* prefix : {"minimal seed ", "explain: "}) {
    for (const std::string& line : lines_after(triage.output, prefix)) {
      commands.push_back(
          line.substr(line.find(": ") == std::string::npos ? 0 : line.find(": ") + 2));
    }
  }
  const BinaryOutcome report =
      paste(program() + " report --out report --db " + scenarios::shell_quote(results));
  ASSERT_EQ(report.exit_code, 0) << report.output;
  const auto json = nlohmann::json::parse(read_text(directory_ / "report" / "results.json"));
  std::size_t from_report = 0;
  const std::function<void(const nlohmann::json&)> collect = [&](const nlohmann::json& node) {
    if (node.is_object()) {
      for (const auto& [key, value] : node.items()) {
        if ((key == "replay" || key == "replay_row") && value.is_string()) {
          commands.push_back(value.get<std::string>());
          ++from_report;
        } else {
          collect(value);
        }
      }
    } else if (node.is_array()) {
      for (const auto& item : node) collect(item);
    }
  };
  collect(json);
  EXPECT_GE(from_report, 2u);
  for (const std::string& command : commands) {
    SCOPED_TRACE(command);
    const BinaryOutcome pasted = paste(command);
    EXPECT_TRUE(pasted.exit_code == 0 || pasted.exit_code == 1) << pasted.output;
    EXPECT_FALSE(contains(pasted.output, "not found")) << pasted.output;
  }
  expect_nothing_created();
}

// ---- outputs: whole or not at all, never over a file of another kind, I/O errors are exit 2 ----

class Outputs : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fresh_test_directory(
        std::string("outputs_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  std::vector<std::string> failing_run() const {
    return {"run",
            "-s",
            "decline-race",
            "-v",
            "legacy",
            "--seed",
            std::to_string(decline_race_legacy_seed)};
  }
  static std::vector<std::string> with(std::vector<std::string> arguments,
                                       const std::vector<std::string>& more) {
    arguments.insert(arguments.end(), more.begin(), more.end());
    return arguments;
  }
  fs::path directory_;
};

TEST_F(Outputs, AFileOfAnotherKindIsNeverOverwrittenWithoutForce) {
  const fs::path scenario = directory_ / "mine.toml";
  fs::copy_file(bundled_scenario("decline-race"), scenario);
  const std::string before = read_text(scenario);
  for (const char* option : {"--trace", "--log", "--metrics", "--save-db"}) {
    SCOPED_TRACE(option);
    const BinaryOutcome refused = run_dispatchsim(with(failing_run(), {option, scenario.string()}));
    EXPECT_EQ(refused.exit_code, 2) << refused.output;
    EXPECT_TRUE(contains(refused.output, option)) << refused.output;
    EXPECT_TRUE(contains(refused.output, "--force")) << refused.output;
    EXPECT_EQ(read_text(scenario), before);
  }
  // A trace over a trace is fine, and --force overwrites anything.
  const fs::path trace = directory_ / "t.jsonl";
  EXPECT_EQ(run_dispatchsim(with(failing_run(), {"--trace", trace.string()})).exit_code, 1);
  EXPECT_EQ(run_dispatchsim(with(failing_run(), {"--trace", trace.string()})).exit_code, 1);
  const BinaryOutcome forced =
      run_dispatchsim(with(failing_run(), {"--trace", scenario.string(), "--force"}));
  EXPECT_EQ(forced.exit_code, 1) << forced.output;
  EXPECT_EQ(read_text(scenario), read_text(trace));
  // A results file is not a run's database either.
  const fs::path results = directory_ / "r.db";
  ASSERT_LE(run_dispatchsim({"sweep", "-s", "decline-race", "-v", "legacy", "--seeds", "1..2",
                             "--jobs", "1", "--db", results.string()})
                .exit_code,
            1);
  const BinaryOutcome over_results =
      run_dispatchsim(with(failing_run(), {"--save-db", results.string()}));
  EXPECT_EQ(over_results.exit_code, 2) << over_results.output;
  EXPECT_TRUE(contains(over_results.output, "is not a run's saved database"))
      << over_results.output;
}

TEST_F(Outputs, AFullDiskAnUnwritablePathAndAFileSizeLimitAreExit2WithThePath) {
  struct Case {
    std::vector<std::string> extra;
    std::string path;
  };
  const std::vector<Case> cases = {
      {{"--trace", "/dev/full"}, "/dev/full"},
      {{"--log", "/dev/full"}, "/dev/full"},
      {{"--save-db", "/dev/full"}, "/dev/full"},
      {{"--trace", "/no/such/directory/t.jsonl"}, "/no/such/directory/t.jsonl"},
      {{"--save-db", "/no/such/directory/run.db"}, "/no/such/directory/run.db"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.extra[0] + " " + c.path);
    const BinaryOutcome outcome = run_dispatchsim(with(failing_run(), c.extra));
    EXPECT_EQ(outcome.exit_code, 2) << outcome.output;
    EXPECT_EQ(outcome.signal, 0);
    EXPECT_TRUE(contains(outcome.output, c.path)) << outcome.output;
    EXPECT_FALSE(contains(outcome.output, "terminate called")) << outcome.output;
  }
  // A file size limit makes the write itself fail (EFBIG) half way: nothing is left behind.
  std::string command = "cd " + shell_quote(directory_.string()) +
                        " && ulimit -f 8 && trap '' XFSZ && exec " +
                        shell_quote(DISPATCHSIM_BINARY);
  for (const auto& word : with(failing_run(), {"--trace", "big.jsonl"}))
    command += " " + shell_quote(word);
  const BinaryOutcome limited = run_shell_command(command);
  EXPECT_EQ(limited.exit_code, 2) << limited.output;
  EXPECT_TRUE(contains(limited.output, "big.jsonl")) << limited.output;
  EXPECT_FALSE(fs::exists(directory_ / "big.jsonl"));
  for (const auto& entry : fs::directory_iterator(directory_))
    ADD_FAILURE() << "left behind: " << entry.path();
}

TEST_F(Outputs, AReportOverADirectoryOfOtherFilesIsRefusedWithoutForce) {
  const fs::path results = directory_ / "r.db";
  ASSERT_LE(run_dispatchsim({"sweep", "-s", "decline-race", "-v", "legacy", "--seeds", "1..2",
                             "--jobs", "1", "--db", results.string()})
                .exit_code,
            1);
  const fs::path mine = directory_ / "mine";
  fs::create_directories(mine);
  std::ofstream(mine / "notes.txt") << "my notes";
  const std::vector<std::string> report = {"report",         "--no-timelines", "--db",
                                           results.string(), "--out",          mine.string()};
  const BinaryOutcome refused = run_dispatchsim(report);
  EXPECT_EQ(refused.exit_code, 2) << refused.output;
  EXPECT_TRUE(fs::exists(mine / "notes.txt"));
  const BinaryOutcome forced = run_dispatchsim(with(report, {"--force"}));
  EXPECT_EQ(forced.exit_code, 0) << forced.output;
  EXPECT_TRUE(fs::exists(mine / "summary.md"));
  EXPECT_EQ(run_dispatchsim(report).exit_code, 0) << "a report replaces a report";
}

// ---- inputs: tapes, damaged / partial / stale results files, read-only readers, huge ranges ----

TEST_F(Outputs, ForeignTruncatedAndEndlessTapesAreRefused) {
  const fs::path foreign = directory_ / "foreign.tape";
  std::ofstream(foreign) << "1 2 3 4\n";
  const fs::path tape = directory_ / "t.tape";
  const BinaryOutcome shrunk =
      run_dispatchsim({"shrink", "-s", "decline-race", "-v", "legacy", "--seed",
                       std::to_string(decline_race_legacy_seed), "--budget", "20",
                       "--seeds-per-candidate", "1", "--out", (directory_ / "t.toml").string()});
  ASSERT_EQ(shrunk.exit_code, 0) << shrunk.output;
  ASSERT_TRUE(fs::exists(tape)) << shrunk.output;
  const std::string whole = read_text(tape);
  const fs::path truncated = directory_ / "truncated.tape";
  std::ofstream(truncated) << whole.substr(0, whole.size() * 2 / 3);
  const fs::path edited = directory_ / "edited.tape";
  std::string changed = whole;
  changed[changed.find("\n", changed.find("# length")) + 1] = '7';
  std::ofstream(edited) << changed;
  for (const fs::path& bad : {foreign, truncated, edited, fs::path("/dev/zero")}) {
    SCOPED_TRACE(bad);
    const auto started = std::chrono::steady_clock::now();
    const BinaryOutcome outcome = run_dispatchsim(
        {"run", "-s", (directory_ / "t.toml").string(), "-v", "legacy", "--tape", bad.string()});
    EXPECT_EQ(outcome.exit_code, 2) << outcome.output;
    EXPECT_TRUE(contains(outcome.output, bad.string())) << outcome.output;
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  }
}

TEST_F(Outputs, AScenarioEditedAfterTheSweepIsFlaggedNotRerunSilently) {
  const fs::path scenario = directory_ / "mine.toml";
  fs::copy_file(bundled_scenario("decline-race"), scenario);
  const fs::path results = directory_ / "r.db";
  ASSERT_LE(run_dispatchsim({"sweep", "-s", scenario.string(), "-v", "legacy", "--seeds", "1..2",
                             "--jobs", "1", "--db", results.string()})
                .exit_code,
            1);
  EXPECT_EQ(run_dispatchsim({"replay", "--db", results.string(), "--row", "1"}).exit_code, 0);
  std::ofstream(scenario, std::ios::app) << "# edited after the sweep\n";
  const BinaryOutcome replay = run_dispatchsim({"replay", "--db", results.string(), "--row", "1"});
  EXPECT_EQ(replay.exit_code, 2) << replay.output;
  EXPECT_TRUE(contains(replay.output, "changed since the sweep")) << replay.output;
  const BinaryOutcome report =
      run_dispatchsim({"report", "--no-timelines", "--db", results.string(), "--out",
                       (directory_ / "report").string()});
  EXPECT_EQ(report.exit_code, 0) << report.output;
  EXPECT_TRUE(contains(read_text(directory_ / "report" / "summary.md"), "STALE")) << report.output;
}

TEST_F(Outputs, ReadersChangeNothingAndFlagPartialFiles) {
  const fs::path results = directory_ / "partial.db";
  // Half a sweep: shard 1 of 2, merged into a self-contained file (no -wal beside it).
  ASSERT_LE(
      run_dispatchsim({"sweep", "-s", "decline-race", "-v", "legacy", "--seeds", "1..8", "--jobs",
                       "1", "--shard", "1/2", "--db", (directory_ / "s1.db").string()})
          .exit_code,
      1);
  ASSERT_LE(run_dispatchsim({"merge", results.string(), (directory_ / "s1.db").string()}).exit_code,
            1);
  const std::string before = read_text(results);
  const BinaryOutcome triage = run_dispatchsim({"triage", "--db", results.string()});
  EXPECT_LE(triage.exit_code, 1) << triage.output;
  EXPECT_TRUE(contains(triage.output, "PARTIAL")) << triage.output;
  EXPECT_LE(run_dispatchsim({"triage", "--db", results.string(), "--format", "json"}).exit_code, 1);
  EXPECT_EQ(run_dispatchsim({"replay", "--db", results.string(), "--row", "1"}).exit_code, 0);
  const BinaryOutcome report =
      run_dispatchsim({"report", "--no-timelines", "--db", results.string(), "--out",
                       (directory_ / "report").string()});
  EXPECT_LE(report.exit_code, 1) << report.output;
  EXPECT_TRUE(contains(read_text(directory_ / "report" / "summary.md"), "PARTIAL"));
  EXPECT_EQ(read_text(results), before) << "a reader changed its input";
  EXPECT_FALSE(fs::exists(results.string() + "-wal"));
  // An empty file stays empty: no schema is added by a reader.
  const fs::path empty = directory_ / "empty.db";
  std::ofstream(empty).close();
  const BinaryOutcome refused = run_dispatchsim({"triage", "--db", empty.string()});
  EXPECT_EQ(refused.exit_code, 2) << refused.output;
  EXPECT_EQ(fs::file_size(empty), 0u);
}

TEST_F(Outputs, AHugeSeedRangeRunsInBoundedMemory) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stdout)) _exit(127);
    const std::string db = (directory_ / "huge.db").string();
    execl(DISPATCHSIM_BINARY, DISPATCHSIM_BINARY, "sweep", "-s", "decline-race", "-v", "legacy",
          "--seeds", "1..9223372036854775807", "--jobs", "1", "--time-budget", "1s", "--db",
          db.c_str(), nullptr);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_LE(WEXITSTATUS(status), 1);
  EXPECT_LT(usage.ru_maxrss, 100 * 1024) << "KiB: memory grew with the seed range";
  // Three variants over that range are more runs than a results file can number: refused.
  const BinaryOutcome refused =
      run_dispatchsim({"sweep", "-s", "decline-race", "--seeds", "1..9223372036854775807", "--db",
                       (directory_ / "refused.db").string()});
  EXPECT_EQ(refused.exit_code, 2) << refused.output;
  EXPECT_TRUE(contains(refused.output, "--seeds")) << refused.output;
}

// ---- kill -9 at many moments: the output is the old one or the new one, never a mix ----

// Starts the binary in its own process group, output discarded, in directory.
pid_t start_in_background(const std::vector<std::string>& arguments, const fs::path& directory) {
  const pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    if (chdir(directory.c_str()) != 0) _exit(127);
    std::vector<std::string> copies = arguments;
    std::string program = DISPATCHSIM_BINARY;
    std::vector<char*> argv{program.data()};
    for (auto& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  setpgid(pid, pid);
  return pid;
}

// Runs the command, SIGKILLs its process (not its workers: they see their input end, as after a
// real kill) after delay, and waits until every process of the group is gone.
void run_and_kill_after(const std::vector<std::string>& arguments, const fs::path& directory,
                        std::chrono::microseconds delay) {
  const pid_t pid = start_in_background(arguments, directory);
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (kill(-pid, 0) == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

// How long the command takes left alone (the kill moments spread over it).
std::chrono::microseconds duration_of(const std::vector<std::string>& arguments,
                                      const fs::path& directory) {
  const auto started = std::chrono::steady_clock::now();
  const pid_t pid = start_in_background(arguments, directory);
  int status = 0;
  waitpid(pid, &status, 0);
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                               started);
}

constexpr int kill_moments = 20;

// Spread over one and a half times the command's own duration, so that some kills land after it
// finished (its output must then be the new one). The last waits four times as long: on a loaded
// machine a run can take longer than the one that was timed, and one kill must still come late.
std::chrono::microseconds moment(int index, std::chrono::microseconds total) {
  if (index == kill_moments - 1) return total * 4;
  return total * 3 * index / (2 * kill_moments) + std::chrono::microseconds(index * 97 % 500);
}

class KilledCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fresh_test_directory(
        std::string("killed_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }

  // shard1.db and shard2.db (decline-race / legacy, seeds 1..24), old.db (shard 1 merged), new.db
  // (both merged).
  void prepare_shards() const {
    for (const char* shard : {"1/2", "2/2"}) {
      const std::string name = std::string("shard") + shard[0] + ".db";
      const BinaryOutcome swept =
          run_dispatchsim({"sweep", "-s", "decline-race", "-v", "legacy", "--seeds", "1..24",
                           "--jobs", "1", "--shard", shard, "--db", (directory_ / name).string()});
      ASSERT_LE(swept.exit_code, 1) << swept.output;
    }
    const BinaryOutcome old_merge = run_dispatchsim(
        {"merge", (directory_ / "old.db").string(), (directory_ / "shard1.db").string()});
    ASSERT_LE(old_merge.exit_code, 1) << old_merge.output;
    const BinaryOutcome new_merge =
        run_dispatchsim({"merge", (directory_ / "new.db").string(),
                         (directory_ / "shard1.db").string(), (directory_ / "shard2.db").string()});
    ASSERT_LE(new_merge.exit_code, 1) << new_merge.output;
  }

  static explore::Completeness completeness(const fs::path& path) {
    explore::ResultsFile file(path.string(), explore::ResultsFile::Mode::read_only);
    return file.verify();
  }

  fs::path directory_;
};

TEST_F(KilledCommands, AKilledMergeLeavesTheOldOutputOrTheNewOne) {
  prepare_shards();
  const fs::path out = directory_ / "merged.db";
  const std::vector<std::string> merge = {"merge", out.string(),
                                          (directory_ / "shard1.db").string(),
                                          (directory_ / "shard2.db").string()};
  const std::int64_t old_runs = completeness(directory_ / "old.db").stored_runs;
  const std::int64_t new_runs = completeness(directory_ / "new.db").stored_runs;
  ASSERT_LT(old_runs, new_runs);
  fs::copy_file(directory_ / "old.db", out, fs::copy_options::overwrite_existing);
  const auto total = duration_of(merge, directory_);
  int saw_old = 0, saw_new = 0;
  for (int i = 0; i < kill_moments; ++i) {
    fs::copy_file(directory_ / "old.db", out, fs::copy_options::overwrite_existing);
    run_and_kill_after(merge, directory_, moment(i, total));
    const explore::Completeness found = completeness(out);  // throws (fails) if damaged
    SCOPED_TRACE(i);
    EXPECT_TRUE(found.stored_runs == old_runs || found.stored_runs == new_runs) << found.describe();
    EXPECT_EQ(found.complete, found.stored_runs == new_runs) << found.describe();
    (found.stored_runs == old_runs ? saw_old : saw_new)++;
  }
  EXPECT_GT(saw_old, 0) << "no kill landed before the rename: the timings are off";
  EXPECT_GT(saw_new, 0) << "no merge finished: the timings are off";
}

TEST_F(KilledCommands, AKilledReportLeavesTheOldReportOrTheNewOne) {
  prepare_shards();
  const fs::path out = directory_ / "report";
  const auto report_of = [&](const fs::path& db) {
    return std::vector<std::string>{"report",    "--no-timelines", "--db",
                                    db.string(), "--out",          out.string()};
  };
  const auto snapshot = [&] {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(out)) {
      std::ifstream in(entry.path(), std::ios::binary);
      files[entry.path().filename().string()] = std::string(std::istreambuf_iterator<char>(in), {});
    }
    return files;
  };
  fs::remove_all(out);
  ASSERT_LE(run_dispatchsim(report_of(directory_ / "new.db")).exit_code, 1);
  const auto new_report = snapshot();
  fs::remove_all(out);
  ASSERT_LE(run_dispatchsim(report_of(directory_ / "old.db")).exit_code, 1);
  const auto old_report = snapshot();
  ASSERT_EQ(old_report.size(), 4u);
  ASSERT_NE(old_report, new_report);
  const auto total = duration_of(report_of(directory_ / "new.db"), directory_);
  int saw_old = 0, saw_new = 0;
  for (int i = 0; i < kill_moments; ++i) {
    fs::remove_all(out);  // the old report, put back as the command wrote it
    fs::create_directories(out);
    for (const auto& [name, text] : old_report) std::ofstream(out / name, std::ios::binary) << text;
    run_and_kill_after(report_of(directory_ / "new.db"), directory_, moment(i, total));
    const auto found = snapshot();
    SCOPED_TRACE(i);
    EXPECT_TRUE(found == old_report || found == new_report) << "a mixed or partial report";
    (found == old_report ? saw_old : saw_new)++;
  }
  EXPECT_GT(saw_old, 0);
  EXPECT_GT(saw_new, 0);
}

TEST_F(KilledCommands, AKilledSweepNeverClaimsCompleteAndResumesToTheSameRuns) {
  const fs::path db = directory_ / "killed-sweep.db";
  const std::vector<std::string> sweep = {"sweep",  "-s",      "decline-race", "-v",
                                          "legacy", "--seeds", "1..6",         "--jobs",
                                          "1",      "--db",    db.string(),    "--resume"};
  fs::remove(db);
  const auto total = duration_of(sweep, directory_);
  const explore::Completeness whole = completeness(db);
  ASSERT_TRUE(whole.complete) << whole.describe();
  int partial = 0;
  // Fewer moments than for merge and report: each is a sweep (a worker process and six runs).
  constexpr int sweep_kill_moments = 12;
  for (int i = 0; i < sweep_kill_moments; ++i) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
    run_and_kill_after(sweep, directory_, total * 3 * i / (2 * sweep_kill_moments));
    SCOPED_TRACE(i);
    if (fs::exists(db)) {
      try {
        const explore::Completeness found = completeness(db);
        EXPECT_TRUE(!found.complete || found.stored_runs == 6) << found.describe();
        partial += found.complete ? 0 : 1;
      } catch (const explore::InputError&) {
        // Killed before the file had its schema or its sweep: refused, never used.
      }
    }
    if (i % 4 != 0) continue;  // resuming every fourth keeps the test short
    const BinaryOutcome resumed = run_dispatchsim(sweep);
    EXPECT_LE(resumed.exit_code, 1) << resumed.output;
    const explore::Completeness found = completeness(db);
    EXPECT_TRUE(found.complete) << found.describe();
    EXPECT_EQ(found.stored_runs, 6);
  }
  EXPECT_GT(partial, 0) << "no kill landed mid-sweep: the timings are off";
}

TEST(ShellQuote, LeavesPlainWordsAloneAndQuotesEverythingElse) {
  EXPECT_EQ(scenarios::shell_quote("decline-race"), "decline-race");
  EXPECT_EQ(scenarios::shell_quote("out/dr.db"), "out/dr.db");
  EXPECT_EQ(scenarios::shell_quote("10@4500ms"), "10@4500ms");
  EXPECT_EQ(scenarios::shell_quote(""), "''");
  EXPECT_EQ(scenarios::shell_quote("a b"), "'a b'");
  EXPECT_EQ(scenarios::shell_quote("it's"), "'it'\\''s'");
  EXPECT_EQ(scenarios::shell_quote("%1"), "'%1'");
  EXPECT_EQ(scenarios::shell_quote("~"), "'~'");
  EXPECT_EQ(scenarios::shell_quote("x;y"), "'x;y'");
}

}  // namespace
}  // namespace dispatchsim::testing
