// docs/diagnosis.sql — the plan's queries for a person with the sqlite3 shell — runs on a database
// saved by `dispatchsim run --save-db` and gives the same answers as the monitoring oracles the
// harness runs (model/infra/sql/monitoring_*.sql).

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "scenarios/runner.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"

namespace dispatchsim::scenarios {
namespace {

// The file without the shell's dot-commands, which only the sqlite3 shell understands.
std::string diagnosis_sql_without_dot_commands() {
  std::ifstream file(std::string(DISPATCHSIM_SOURCE_DIR) + "/docs/diagnosis.sql");
  std::string line, sql;
  while (std::getline(file, line)) {
    if (!line.starts_with(".")) sql += line + "\n";
  }
  return sql;
}

// What each statement returned: its row count, or the single value of a one-row COUNT.
std::vector<std::int64_t> run_statements(const std::string& database_path,
                                         std::int64_t request_id) {
  sqlite3* handle = nullptr;
  EXPECT_EQ(sqlite3_open(database_path.c_str(), &handle), SQLITE_OK);
  const std::string sql = diagnosis_sql_without_dot_commands();
  std::vector<std::int64_t> answers;
  const char* next = sql.c_str();
  while (*next != '\0') {
    sqlite3_stmt* statement = nullptr;
    const int prepared = sqlite3_prepare_v2(handle, next, -1, &statement, &next);
    EXPECT_EQ(prepared, SQLITE_OK) << sqlite3_errmsg(handle);
    if (prepared != SQLITE_OK) break;
    if (statement == nullptr) continue;  // whitespace or comments only
    if (const int index = sqlite3_bind_parameter_index(statement, "@request_id"); index > 0) {
      sqlite3_bind_int64(statement, index, request_id);
    }
    std::int64_t rows = 0, single_value = 0;
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
      ++rows;
      single_value = sqlite3_column_int64(statement, 0);
    }
    EXPECT_EQ(code, SQLITE_DONE) << sqlite3_errmsg(handle);
    const std::string name =
        sqlite3_column_count(statement) > 0 ? sqlite3_column_name(statement, 0) : "";
    const bool is_count = name == "duplicate_dispatches" || name == "bad_dispatches";
    if (sqlite3_stmt_readonly(statement) && sqlite3_column_count(statement) > 0) {
      answers.push_back(is_count ? single_value : rows);
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(handle);
  return answers;
}

TEST(DiagnosisSql, TheHumanQueriesAgreeWithTheOraclesOnASavedDatabase) {
  for (const auto& [scenario_name, variant, seed] :
       {std::tuple{"redelivery-storm", "legacy", 1}, std::tuple{"location-reorder", "legacy", 2},
        std::tuple{"push-chaos", "plan", 1}}) {
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("dispatchsim-diagnosis-" + std::to_string(::getpid()) + ".db"))
                                 .string();
    std::filesystem::remove(path);
    RunOptions options;
    options.variant = variant;
    options.seed = static_cast<std::uint64_t>(seed);
    options.save_database_to = path;
    const RunResult result =
        run_scenario(load_scenario(testing::bundled_scenario(scenario_name)), options);
    const std::vector<std::int64_t> answers = run_statements(path, 1);
    std::filesystem::remove(path);
    // Step 1, 2, 4, 5, 6 (detector), 6 (the plan's per-request listing), Metric 1, Metric 2.
    ASSERT_EQ(answers.size(), 8u) << scenario_name;
    const auto& oracles = result.monitoring.oracles;  // step-1, -2, -4, -5, -6, metric-1, -2
    ASSERT_EQ(oracles.size(), 7u);
    const std::vector<std::int64_t> comparable = {answers[0], answers[1], answers[2], answers[3],
                                                  answers[4], answers[6], answers[7]};
    for (std::size_t index = 0; index < oracles.size(); ++index) {
      EXPECT_EQ(comparable[index], oracles[index].rows)
          << scenario_name << " " << oracles[index].id;
    }
  }
}

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// What a person types: the sqlite3 shell reads docs/diagnosis.sql on a database saved by a run.
std::string run_sqlite3_shell(const std::string& database_path) {
  const std::string command =
      "sqlite3 " + shell_quote(database_path) + " '.parameter set @request_id 1' " +
      shell_quote(".read " + std::string(DISPATCHSIM_SOURCE_DIR) + "/docs/diagnosis.sql") + " 2>&1";
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return output;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) output += buffer.data();
  EXPECT_EQ(pclose(pipe), 0) << output;
  return output;
}

// The rows the shell printed under one "== Step N" heading (column mode: a header, a rule, rows).
std::vector<std::vector<std::string>> section_rows(const std::string& output,
                                                   const std::string& heading) {
  std::istringstream lines(output.substr(output.find(heading)));
  std::string line;
  std::getline(lines, line);  // the heading
  std::getline(lines, line);  // column names
  std::getline(lines, line);  // ----
  std::vector<std::vector<std::string>> rows;
  while (std::getline(lines, line) && !line.empty() && !line.starts_with("==")) {
    std::istringstream words(line);
    rows.emplace_back();
    for (std::string word; words >> word;) rows.back().push_back(word);
  }
  return rows;
}

// redelivery-storm legacy seed 6: request 1 is declined by driver 4 at 0:35.8 and a redelivered
// event dispatches it to drivers 3 and 4 at 0:41.9 — inside Step 1's 10 seconds, and in another
// second than the decline (Step 1 compares one-second timestamps).
TEST(DiagnosisSql, TheSqlite3ShellFindsTheViolatingRowWithStep1) {
  const auto directory = testing::fresh_test_directory("diagnosis-sqlite3-shell");
  const std::string path = (directory / "run.db").string();
  RunOptions options;
  options.variant = "legacy";
  options.seed = 6;
  options.save_database_to = path;
  const RunResult result =
      run_scenario(load_scenario(testing::bundled_scenario("redelivery-storm")), options);
  std::set<std::pair<std::int64_t, std::int64_t>> violating;  // (request, dispatched driver)
  for (const auto& violation : result.violations) {
    if (violation.property == "no-dispatch-after-decline")
      violating.emplace(violation.request, violation.driver);
  }
  const std::string output = run_sqlite3_shell(path);
  const auto rows = section_rows(output, "== Step 1");
  ASSERT_FALSE(rows.empty()) << output;
  for (const auto& row : rows) {
    // request_id status declined_at (date time) dispatch_sent_at (date time) driver_id seconds
    ASSERT_EQ(row.size(), 8u) << output;
    EXPECT_EQ(row[1], "DECLINED");
    EXPECT_EQ(violating.count({std::stoll(row[0]), std::stoll(row[6])}), 1u)
        << "Step 1 names request " << row[0] << " driver " << row[6]
        << ", which no property flagged";
  }
  EXPECT_EQ(violating.count({1, 3}), 1u);
  // Metric 2 counts the same kind of rows: it pages on this database too.
  EXPECT_NE(output.find("bad_dispatches"), std::string::npos);
}

}  // namespace
}  // namespace dispatchsim::scenarios
