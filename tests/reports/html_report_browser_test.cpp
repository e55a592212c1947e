// index.html in a real browser: headless Chromium renders the report from the fixture (with its
// timelines re-run), with no console error; the rendered DOM holds the verdict table and at least
// one swimlane SVG; and a screenshot is saved as <build>/report.png for people to look at.
// Chromium is installed by `make deps` (scripts/install-deps.sh): without it this test FAILS.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>

#include "reports/report_fixture.hpp"
#include "reports/report_writer.hpp"

namespace dispatchsim {
namespace {

std::string quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string find_chromium() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    const std::string command = std::string("command -v ") + name + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 512> buffer{};
    std::string path;
    if (pipe != nullptr && std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) path = buffer.data();
    if (pipe != nullptr) pclose(pipe);
    if (!path.empty()) return path.substr(0, path.find('\n'));
  }
  return "";
}

// Runs the browser headless on url with extra arguments; stdout to out_file, stderr to err_file.
int run_chromium(const std::string& chromium, const std::filesystem::path& profile, const std::string& arguments,
                 const std::string& url, const std::filesystem::path& out_file, const std::filesystem::path& err_file) {
  const std::string command =
      "timeout 90 " + quote(chromium) +
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
      " --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir=" +
      quote(profile.string()) + " --enable-logging=stderr --v=0 " + arguments + " " +
      quote(url) + " >" + quote(out_file.string()) + " 2>" +
      quote(err_file.string());
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Console messages and uncaught errors, as Chromium logs them with --enable-logging=stderr.
std::vector<std::string> console_errors(const std::string& log) {
  std::vector<std::string> errors;
  std::size_t start = 0;
  while (start < log.size()) {
    const std::size_t end = std::min(log.find('\n', start), log.size());
    const std::string line = log.substr(start, end - start);
    if (line.find("CONSOLE") != std::string::npos || line.find("Uncaught") != std::string::npos) {
      errors.push_back(line);
    }
    start = end + 1;
  }
  return errors;
}

TEST(HtmlReportInBrowser, RendersWithoutErrorsAndHasVerdictAndSwimlanes) {
  const std::string chromium = find_chromium();
  ASSERT_FALSE(chromium.empty())
      << "Chromium is not installed; `make deps` installs it (scripts/install-deps.sh lists `chromium`). "
         "This test opens the HTML report in a real browser and must not be skipped.";
  const auto directory = testing::fresh_test_directory("html-report-browser");
  const reports::WrittenReport written =
      reports::write_report(testing::report_fixture(directory), (directory / "out").string(), true);
  ASSERT_FALSE(written.data.timelines.empty());
  const std::string url = "file://" + (directory / "out" / "index.html").string();

  const auto dom = directory / "dom.html";
  const auto dom_log = directory / "dom.log";
  ASSERT_EQ(run_chromium(chromium, directory / "profile-dom", "--dump-dom", url, dom, dom_log), 0)
      << testing::read_text(dom_log);
  const std::string rendered = testing::read_text(dom);
  EXPECT_NE(rendered.find("<table class=\"verdict\">"), std::string::npos) << "no verdict table in the DOM";
  EXPECT_NE(rendered.find("class=\"swimlane\""), std::string::npos) << "no swimlane SVG in the DOM";
  EXPECT_NE(rendered.find("id=\"timeline-1\""), std::string::npos);
  EXPECT_TRUE(console_errors(testing::read_text(dom_log)).empty())
      << "console errors:\n" << testing::read_text(dom_log);

  const std::filesystem::path screenshot = std::filesystem::path(DISPATCHSIM_BINARY_DIR) / "report.png";
  std::filesystem::remove(screenshot);
  const auto shot_log = directory / "screenshot.log";
  ASSERT_EQ(run_chromium(chromium, directory / "profile-shot",
                         "--hide-scrollbars --window-size=1400,3000 --screenshot=" +
                             quote(screenshot.string()),
                         url, directory / "screenshot.out", shot_log),
            0)
      << testing::read_text(shot_log);
  ASSERT_TRUE(std::filesystem::is_regular_file(screenshot)) << testing::read_text(shot_log);
  EXPECT_GT(std::filesystem::file_size(screenshot), 50'000u) << "a blank page compresses to a few KB";
  EXPECT_TRUE(console_errors(testing::read_text(shot_log)).empty()) << testing::read_text(shot_log);
}

}  // namespace
}  // namespace dispatchsim
