// Bounded fuzzing (rapidcheck, 100 cases each in CI; RC_PARAMS="max_success=N" for more) of the
// three readers of files a user hands
// dispatchsim: the scenario TOML loader, the choice tape reader and the results file reader.
// Whatever the bytes, each either reads the file or throws its bad-input error (ScenarioError,
// InputError: exit code 2 on the command line) — never a crash, another exception, or a damaged
// results file taken as sound.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "explore/choice_tape_file.hpp"
#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "scenarios/scenario.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"
#include "support/text.hpp"

namespace dispatchsim::explore {
namespace {

using testing::contains;
using testing::read_text;

namespace fs = std::filesystem;

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Pieces a careless or hostile file is made of: numbers at and past every limit, TOML syntax.
const std::vector<std::string>& hostile_tokens() {
  static const std::vector<std::string> tokens = {"nan",
                                                  "inf",
                                                  "-inf",
                                                  "1e300",
                                                  "1e-9",
                                                  "-1",
                                                  "0",
                                                  "9223372036854775807",
                                                  "99999999999999999999",
                                                  "[",
                                                  "]",
                                                  "[[",
                                                  "\"",
                                                  "'",
                                                  "=",
                                                  "\n",
                                                  "#",
                                                  "{",
                                                  "}",
                                                  "[1, 2]",
                                                  "[2, 1]",
                                                  "[-5, 1e308]",
                                                  "true",
                                                  "\"\"",
                                                  "[faults.push-drop]",
                                                  "[workload]",
                                                  "requests = ",
                                                  "rate = ",
                                                  "\xff\xfe",
                                                  std::string(1, '\0')};
  return tokens;
}

// The text with a few edits: a byte changed, a hostile token inserted, a cut.
std::string mutated(std::string text) {
  const int edits = *rc::gen::inRange(1, 6);
  for (int i = 0; i < edits; ++i) {
    const std::size_t at = text.empty() ? 0 : *rc::gen::inRange<std::size_t>(0, text.size());
    switch (*rc::gen::inRange(0, 3)) {
      case 0:
        if (!text.empty()) text[at] = *rc::gen::arbitrary<char>();
        break;
      case 1:
        text.insert(at, *rc::gen::elementOf(hostile_tokens()));
        break;
      default:
        text.resize(at);
        break;
    }
  }
  return text;
}

RC_GTEST_PROP(HostileFiles, TheScenarioLoaderReadsOrRefusesAnyText, ()) {
  static const std::vector<std::string> bases = {
      read_text(testing::bundled_scenario("decline-race")),
      read_text(testing::bundled_scenario("swarm-extremes")),
      read_text(testing::bundled_scenario("push-chaos"))};
  const std::string text = mutated(*rc::gen::elementOf(bases));
  try {
    const scenarios::Scenario scenario = scenarios::parse_scenario(text, "fuzz.toml");
    // Accepted: every duration is one a run can use.
    RC_ASSERT(scenario.world.workload.requests >= 1);
    RC_ASSERT(scenario.world.broker.visibility_timeout > 0);
    RC_ASSERT(scenario.world.phases.heal_window > 0);
  } catch (const scenarios::ScenarioError& error) {
    RC_ASSERT(std::string(error.what()).starts_with("fuzz.toml:"));
  }
}

// Tapes as shrink writes them (written once: each write is fsynced), with what they hold.
const std::vector<std::pair<std::string, std::vector<std::uint64_t>>>& written_tapes() {
  static const auto tapes = [] {
    const fs::path directory = testing::fresh_test_directory("fuzz_tapes");
    std::vector<std::pair<std::string, std::vector<std::uint64_t>>> written;
    const std::vector<std::vector<std::uint64_t>> contents = {
        {}, {0}, {7, 0, 3, 18446744073709551615ull}, std::vector<std::uint64_t>(45, 2)};
    for (std::size_t i = 0; i < contents.size(); ++i) {
      const fs::path path = directory / ("tape" + std::to_string(i) + ".tape");
      write_choice_tape(path.string(), contents[i], "a fuzzed tape\nof two comment lines");
      written.emplace_back(read_text(path), contents[i]);
    }
    return written;
  }();
  return tapes;
}

RC_GTEST_PROP(HostileFiles, TheTapeReaderReadsOrRefusesAnyBytes, ()) {
  const auto& [text, tape] = *rc::gen::elementOf(written_tapes());
  const bool change = *rc::gen::arbitrary<bool>();
  const std::string written = change ? mutated(text) : text;
  const fs::path path = testing::fresh_test_directory("fuzz_tapes_case") / "case.tape";
  write_text(path, written);
  try {
    const std::vector<std::uint64_t> read = read_choice_tape(path.string());
    // A tape read back is the tape written, whatever was edited in its comments.
    RC_ASSERT(read == tape);
  } catch (const InputError&) {
    RC_ASSERT(written != text);  // the untouched tape always reads
  }
}

// A small complete results file: decline-race / legacy, seeds 1..6.
const fs::path& sound_results_file() {
  static const fs::path path = [] {
    // Per test: ctest runs each test of this file as its own process, side by side.
    const fs::path directory = testing::fresh_test_directory(
        std::string("fuzz_results_") +
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    const fs::path file_path = directory / "sound.db";
    SweepDefinition definition;
    definition.scenarios = {describe_scenario("decline-race")};
    definition.variants = {"legacy"};
    definition.seeds = {1, 6};
    ResultsFile file(file_path.string(), ResultsFile::Mode::create_if_missing);
    file.begin_sweep(definition, "all");
    const auto scenario = scenarios::load_scenario(scenarios::resolve_scenario("decline-race"));
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
      const RunSpec spec = definition.spec(WorkItem{0, 0, seed});
      file.add_run(record_of(spec, scenarios::run_scenario(scenario, spec.run_options()), 1));
    }
    EXPECT_TRUE(file.mark_shard_complete(Shard{}, 6));
    file.connection().execute("PRAGMA journal_mode = DELETE");
    return file_path;
  }();
  return path;
}

// Reads the file as every reader does. Throws InputError when it refuses.
void read_as_a_reader(const fs::path& path) {
  ResultsFile file(path.string(), ResultsFile::Mode::read_only);
  file.verify();
  file.runs();
}

TEST(HostileFiles, TheResultsReaderRefusesDamageItCannotTrust) {
  const fs::path case_path = sound_results_file().parent_path() / "case.db";
  // Damage a reader must notice: child rows, a completion claim, a run outside the sweep.
  const std::vector<std::string> damage = {
      "DELETE FROM run_violations WHERE run_id = (SELECT MIN(run_id) FROM run_violations)",
      "DELETE FROM run_signatures WHERE run_id = (SELECT MIN(run_id) FROM run_signatures)",
      "DELETE FROM runs WHERE id = (SELECT MAX(id) FROM runs)",
      "UPDATE runs SET variant = 'plan' WHERE id = 1",
      "UPDATE runs SET seed = 99 WHERE id = 2",
      "UPDATE runs SET violation_count = violation_count + 1 WHERE id = 3",
      "UPDATE runs SET faults_fired = 'push-drop:1' WHERE id = 4"};
  read_as_a_reader(sound_results_file());  // the undamaged file reads
  for (const std::string& sql : damage) {
    SCOPED_TRACE(sql);
    fs::remove(case_path);
    fs::copy_file(sound_results_file(), case_path);
    {
      SqliteConnection connection(case_path.string(), false);
      connection.execute(sql);
      ASSERT_GT(sqlite3_changes(connection.handle()), 0);
      connection.execute("PRAGMA journal_mode = DELETE");
    }
    EXPECT_THROW(read_as_a_reader(case_path), InputError);
  }
}

RC_GTEST_PROP(HostileFiles, TheResultsReaderReadsOrRefusesAnyBytes, ()) {
  const fs::path case_path = sound_results_file().parent_path() / "bytes.db";
  std::string bytes = read_text(sound_results_file());
  const int edits = *rc::gen::inRange(1, 8);
  for (int i = 0; i < edits; ++i) {
    const std::size_t at = *rc::gen::inRange<std::size_t>(0, bytes.size());
    if (*rc::gen::inRange(0, 8) == 0) {
      bytes.resize(at);  // a truncated copy
      if (bytes.empty()) break;
    } else {
      bytes[at] = *rc::gen::arbitrary<char>();
    }
  }
  fs::remove(case_path);
  write_text(case_path, bytes);
  try {
    read_as_a_reader(case_path);
  } catch (const InputError&) {
    // refused with a message: what a reader must do with bytes it cannot trust
  }
  RC_SUCCEED("read or refused, no crash");
}

}  // namespace
}  // namespace dispatchsim::explore
