// The report's files from the fixture results (tests/data/report/): summary.md against its
// golden file, results.json's structure (key paths and types against a golden shape, plus the
// values the fixture pins), and junit.xml parsed and checked against the shape CI servers accept.

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "reports/likelihood_plot.hpp"
#include "reports/report_writer.hpp"
#include "reports/report_fixture.hpp"
#include "reports/xml_reader.hpp"

namespace dispatchsim {
namespace {

using testing::read_text;

// Replaces every occurrence of from by to.
std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

class ReportFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    // One directory per test: ctest runs the tests of this suite in parallel processes.
    directory_ = testing::fresh_test_directory(
        std::string("report-files-") +
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    inputs_ = testing::report_fixture(directory_);
    written_ = reports::write_report(inputs_, (directory_ / "out").string(), false);
  }
  std::string file(const std::string& name) const { return read_text(directory_ / "out" / name); }
  // Paths differ between machines: the test directory and the data directory become names.
  std::string normalized(const std::string& text) const {
    return replace_all(replace_all(text, directory_.string(), "<DIR>"),
                       testing::test_data("report"), "<DATA>");
  }
  // Compares with tests/data/report/<golden>, or rewrites it with DISPATCHSIM_UPDATE_GOLDEN=1.
  void expect_golden(const std::string& actual, const std::string& golden) const {
    const std::string path = testing::test_data("report/" + golden);
    if (std::getenv("DISPATCHSIM_UPDATE_GOLDEN") != nullptr) {
      std::ofstream(path, std::ios::binary) << actual;
      GTEST_SKIP() << "rewrote " << path;
    }
    EXPECT_EQ(actual, read_text(path))
        << "differs from " << path
        << "; if the change is intended: DISPATCHSIM_UPDATE_GOLDEN=1 report_tests";
  }

  std::filesystem::path directory_;
  reports::ReportInputs inputs_;
  reports::WrittenReport written_;
};

TEST_F(ReportFiles, WritesTheFourFiles) {
  ASSERT_EQ(written_.files.size(), 4u);
  for (const char* name : {"summary.md", "index.html", "results.json", "junit.xml"}) {
    EXPECT_TRUE(std::filesystem::is_regular_file(directory_ / "out" / name)) << name;
  }
}

TEST_F(ReportFiles, SummaryMatchesGolden) {
  const std::string summary = normalized(file("summary.md"));
  // What an engineer looks for first: the verdict per variant and a replay command.
  EXPECT_NE(summary.find("- **hardened**: holds every property"), std::string::npos);
  EXPECT_NE(summary.find("`dispatchsim run -s "), std::string::npos);
  expect_golden(summary, "summary.golden.md");
}

// Every key path of a JSON value with its type; arrays contribute their elements' paths as [].
void collect_shape(const nlohmann::json& value, const std::string& path,
                   std::set<std::string>& shape) {
  shape.insert(path + ": " + std::string(value.type_name()));
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) {
      // Maps keyed by data (property ids, fault ids) are one shape, whatever their keys.
      const bool keyed_by_data = path.ends_with("by_property") || path == "$.fix_ladder[].minimal";
      collect_shape(child, path + "." + (keyed_by_data ? std::string("*") : key), shape);
    }
  }
  if (value.is_array()) {
    for (const auto& child : value) collect_shape(child, path + "[]", shape);
  }
}

TEST_F(ReportFiles, ResultsJsonHasTheDocumentedStructure) {
  const nlohmann::json json = nlohmann::json::parse(file("results.json"));
  std::set<std::string> shape;
  collect_shape(json, "$", shape);
  std::string text;
  for (const auto& line : shape) text += line + "\n";
  expect_golden(text, "results.shape.txt");

  EXPECT_EQ(json["format"], "dispatchsim-report");
  EXPECT_EQ(json["version"], 1);
  // 8 seeds × 3 scenarios × 3 variants, random and pct.
  EXPECT_EQ(json["runs"], 144);
  EXPECT_EQ(json["verdict"].size(), json["variants"].size() * json["properties"].size());
  for (const auto& variant : json["variants"]) {
    if (variant["variant"] == "hardened") {
      EXPECT_TRUE(variant["holds"].get<bool>()) << variant.dump();
    }
  }
  // The incident: legacy re-dispatches declined requests, and the minimal run says how to replay
  // it.
  bool legacy_found = false;
  for (const auto& cell : json["verdict"]) {
    if (cell["variant"] != "legacy" || cell["property"] != "no-dispatch-after-decline") continue;
    legacy_found = true;
    ASSERT_FALSE(cell["minimal"].is_null());
    EXPECT_GT(cell["violating_runs"].get<int>(), 0);
    EXPECT_TRUE(cell["minimal"]["replay"].get<std::string>().starts_with("dispatchsim run -s "));
  }
  EXPECT_TRUE(legacy_found);
  EXPECT_EQ(json["fix_ladder"].size(), 2u);
  EXPECT_EQ(json["fix_ladder"][0]["fixes"], "none");
  EXPECT_EQ(json["rollouts"].size(), 2u);
}

TEST_F(ReportFiles, JunitHasTheShapeCiServersAccept) {
  const auto root = testing::parse_xml(file("junit.xml"));
  ASSERT_EQ(root->name, "testsuites");
  for (const char* attribute : {"name", "tests", "failures", "errors", "skipped", "time"}) {
    EXPECT_EQ(root->attributes.count(attribute), 1u) << attribute;
  }
  int tests = 0, failures = 0, skipped = 0;
  const auto suites = root->all("testsuite");
  EXPECT_EQ(suites.size(), written_.data.variants.size());
  for (const testing::XmlElement* suite : suites) {
    const auto cases = suite->all("testcase");
    EXPECT_EQ(std::to_string(cases.size()), suite->attributes.at("tests"));
    EXPECT_EQ(cases.size(), written_.data.properties.size());
    int suite_failures = 0;
    for (const testing::XmlElement* testcase : cases) {
      EXPECT_EQ(testcase->attributes.count("classname"), 1u);
      EXPECT_EQ(testcase->attributes.count("name"), 1u);
      EXPECT_EQ(testcase->attributes.count("time"), 1u);
      if (const testing::XmlElement* failure = testcase->first("failure")) {
        ++suite_failures;
        EXPECT_FALSE(failure->attributes.at("message").empty());
        EXPECT_NE(failure->text.find("replay:  dispatchsim run -s "), std::string::npos)
            << failure->text;
        EXPECT_NE(failure->text.find("shrink:  dispatchsim shrink --db "), std::string::npos);
      }
      skipped += testcase->first("skipped") != nullptr ? 1 : 0;
    }
    EXPECT_EQ(std::to_string(suite_failures), suite->attributes.at("failures"));
    tests += static_cast<int>(cases.size());
    failures += suite_failures;
    if (suite->attributes.at("name") == "dispatchsim.hardened") {
      EXPECT_EQ(suite_failures, 0);
    }
  }
  EXPECT_EQ(std::to_string(tests), root->attributes.at("tests"));
  EXPECT_EQ(std::to_string(failures), root->attributes.at("failures"));
  EXPECT_EQ(std::to_string(skipped), root->attributes.at("skipped"));
  EXPECT_GT(failures, 0);  // legacy and plan fail in the fixture
}

TEST_F(ReportFiles, HtmlIsSelfContainedAndItsSvgWellFormed) {
  const std::string html = file("index.html");
  // No script, no reference to anything outside the file (the SVG namespace is a name, not a
  // fetch).
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(replace_all(html, "http://www.w3.org/2000/svg", "").find("http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  std::size_t svgs = 0;
  for (std::size_t at = html.find("<svg"); at != std::string::npos;
       at = html.find("<svg", at + 1)) {
    const std::size_t end = html.find("</svg>", at);
    ASSERT_NE(end, std::string::npos);
    EXPECT_NO_THROW(testing::parse_xml(html.substr(at, end + 6 - at))) << html.substr(at, 200);
    ++svgs;
  }
  EXPECT_GE(svgs, 5u);  // plots: faults, strategies, three SLO charts
}

// The timeline's point-of-no-return plot: the jump marked where the share first stays at or above
// the no-return level, and said in words; a run that never becomes certain says so, unmarked.
TEST(LikelihoodPlot, MarksThePointOfNoReturnAndSaysWhereItLies) {
  explore::LikelihoodReport report;
  report.property = "no-dispatch-after-decline";
  auto point = [](std::uint64_t event, std::int64_t time, int failing, std::string text) {
    explore::LikelihoodPoint p;
    p.event_index = event;
    p.time_us = time;
    p.runs = 10;
    p.failing = failing;
    p.event = std::move(text);
    return p;
  };
  report.points = {
      point(0, 0, 0, "kernel: start"), point(110, 446'759, 3, "worker-1: db.select SELECT ..."),
      point(111, 451'219, 10, "api-1: db.begin BEGIN IMMEDIATE"), point(700, 9'000'000, 10, "end")};
  const std::string svg = reports::likelihood_plot_svg(report);
  EXPECT_NE(svg.find("point of no return: event 111"), std::string::npos) << svg;
  EXPECT_NE(svg.find("stroke:#d62728"), std::string::npos) << svg;
  const std::string summary = reports::likelihood_summary(report, 10);
  EXPECT_NE(summary.find("between event 110 (30% fail"), std::string::npos) << summary;
  EXPECT_NE(summary.find("event 111 (100%"), std::string::npos) << summary;

  report.points[2].failing = 8;
  report.points[3].failing = 8;
  EXPECT_EQ(reports::likelihood_plot_svg(report).find("point of no return"), std::string::npos);
  EXPECT_EQ(reports::likelihood_summary(report, 10).rfind("no point of no return", 0), 0u);
  report.points.resize(1);
  EXPECT_TRUE(reports::likelihood_plot_svg(report).empty());
}

// sweep --backend real marks runs in table run_confirmations; the report then puts a "confirmed on
// MariaDB 10.11 + Redis 7" column next to each root cause's lowest seed. Here the fixture's
// lowest seeds are marked by hand: the first reproduced, the last row's left unconfirmed, the
// others not reproduced; a file without confirmations has no column.
TEST(ReportRealConfirmations, EachLowestSeedSaysWhatTheRealServicesDidWithIt) {
  const auto directory = testing::fresh_test_directory("report-real-confirmations");
  reports::ReportInputs inputs;
  inputs.results_files = {testing::load_results_fixture(directory, "sweep")};
  const reports::ReportData plain = reports::gather_report(inputs);
  ASSERT_FALSE(plain.real_confirmations);
  ASSERT_GE(plain.root_causes.size(), 3u);
  std::map<std::int64_t, std::string> expected;  // row -> the cell
  {
    explore::ResultsFile file(inputs.results_files.front(), explore::ResultsFile::Mode::existing);
    const std::int64_t left_unconfirmed = plain.root_causes.back().minimal->row;
    for (const reports::RootCauseRow& row : plain.root_causes) {
      const reports::RunReference& run = *row.minimal;
      if (run.row == left_unconfirmed || expected.count(run.row) != 0) continue;
      explore::RealConfirmation confirmation;
      confirmation.services = "MariaDB 10.11.19 + Redis";
      for (const explore::RunRecord& record = file.run(run.row);
           const auto& violated : record.violations) {
        (expected.empty() ? confirmation.reproduced : confirmation.not_reproduced)
            .push_back(violated.property);
      }
      expected[run.row] = expected.empty() ? "reproduced" : "not reproduced";
      file.add_confirmation(run.row, confirmation);
    }
  }
  const reports::ReportData data = reports::gather_report(inputs);
  EXPECT_TRUE(data.real_confirmations);
  for (const reports::RootCauseRow& row : data.root_causes) {
    const auto mark = expected.find(row.minimal->row);
    EXPECT_EQ(reports::confirmed_real_text(row.minimal),
              mark != expected.end() ? mark->second : "not confirmed")
        << row.root_cause;
  }
  reports::write_report(inputs, (directory / "out").string(), false);
  const std::string summary = read_text(directory / "out" / "summary.md");
  EXPECT_NE(summary.find("| confirmed on MariaDB 10.11 + Redis 7 |"), std::string::npos);
  EXPECT_NE(summary.find("| reproduced |"), std::string::npos);
  EXPECT_NE(summary.find("| not confirmed |"), std::string::npos);
  const nlohmann::json json = nlohmann::json::parse(read_text(directory / "out" / "results.json"));
  EXPECT_EQ(json["root_causes"][0]["minimal"]["confirmed_real"], "reproduced");
}

TEST(ReportInputsTest, MissingFileIsBadInput) {
  reports::ReportInputs inputs;
  inputs.results_files = {"/nonexistent/results.db"};
  EXPECT_THROW(reports::gather_report(inputs), explore::InputError);
}

}  // namespace
}  // namespace dispatchsim
