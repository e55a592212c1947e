// index.html in a real browser: headless Chromium renders the report from the fixture (with its
// minimal cases shrunk and their timelines re-run) at 400, 1280 and 1920 px wide, with no
// console error; the rendered DOM holds the verdict table and swimlane SVGs; measured in the
// browser, no element outside a sideways-scrolling box is wider than the screen, no swimlane
// label is cut by its picture's edge or overlaps another, and the plan's GO / NO-GO card (with
// its command) is on the first screen at 1280 px. Screenshot of the three widths side by side:
// <build>/report-widths.png.
// Chromium is installed by `make deps` (scripts/install-deps.sh): without it this test FAILS.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

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
    if (pipe != nullptr && std::fgets(buffer.data(), buffer.size(), pipe) != nullptr)
      path = buffer.data();
    if (pipe != nullptr) pclose(pipe);
    if (!path.empty()) return path.substr(0, path.find('\n'));
  }
  return "";
}

// Runs the browser headless on url with extra arguments; stdout to out_file, stderr to err_file.
int run_chromium(const std::string& chromium, const std::filesystem::path& profile,
                 const std::string& arguments, const std::string& url,
                 const std::filesystem::path& out_file, const std::filesystem::path& err_file) {
  const std::string command =
      "timeout 90 " + quote(chromium) +
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking"
      " --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir=" +
      quote(profile.string()) + " --enable-logging=stderr --v=0 " + arguments + " " + quote(url) +
      " >" + quote(out_file.string()) + " 2>" + quote(err_file.string());
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

// The report at each width in an iframe of that width (a frame's media queries and layout follow
// its own width, and headless Chromium's window cannot be narrower than 500 px), measured from a
// script in the host page that writes the geometry as JSON into the DOM (the report itself has
// no script). Elements inside a box that scrolls sideways may be wider than the frame; nothing
// else may.
constexpr int report_widths[] = {400, 1280, 1920};

std::string frames_page(int height, bool measure) {
  std::string page =
      R"(<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;display:flex;align-items:flex-start;gap:20px;background:#888">)";
  for (const int width : report_widths) {
    page += fmt::format(
        R"(<iframe id="w{}" src="index.html" style="width:{}px;height:{}px;border:0;flex:none;background:#fff"></iframe>)",
        width, width, height);
  }
  if (!measure) return page + "</body></html>\n";
  return page + R"js(<pre id="geometry"></pre><script>
window.addEventListener('load', () => {
  const all = {};
  for (const frame of document.querySelectorAll('iframe')) {
    const doc = frame.contentDocument, win = frame.contentWindow;
    const vw = doc.documentElement.clientWidth;
    const out = {viewport: vw, page_width: doc.documentElement.scrollWidth, too_wide: [], overlaps: [],
                 clipped: [], labels: 0, plan_top: -1, plan_bottom: -1, plan_text: ''};
    const scrolls = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = win.getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                         (el.getAttribute('class') ? '.' + el.getAttribute('class') : '');
    for (const el of doc.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if ((r.width === 0 && r.height === 0) || scrolls(el)) continue;
      if (r.right > vw + 1 || r.left < -1) out.too_wide.push(name(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
    const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const svg of doc.querySelectorAll('svg.swimlane')) {
      const box = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll('text.event-label, text.lane-label')].map(t => ({t: t.textContent, r: t.getBoundingClientRect()}));
      out.labels += labels.length;
      labels.forEach((a, i) => {
        if (a.r.left < box.left - 0.5 || a.r.right > box.right + 0.5 || a.r.top < box.top - 0.5 || a.r.bottom > box.bottom + 0.5) out.clipped.push(a.t);
        for (let j = i + 1; j < labels.length; ++j) if (overlap(a.r, labels[j].r)) out.overlaps.push(a.t + ' / ' + labels[j].t);
      });
    }
    const plan = doc.querySelector('#decision .candidate');
    if (plan) {
      const r = plan.getBoundingClientRect();
      out.plan_top = r.top; out.plan_bottom = r.bottom; out.plan_text = plan.textContent;
    }
    out.has_verdict = doc.querySelector('table.verdict') !== null;
    out.swimlanes = doc.querySelectorAll('svg.swimlane').length;
    all[frame.id] = out;
  }
  document.getElementById('geometry').textContent = JSON.stringify(all);
});
</script></body></html>
)js";
}

std::string unescape_html(std::string text) {
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

nlohmann::json geometry_of(const std::string& rendered) {
  const std::string open = "<pre id=\"geometry\">";
  const std::size_t start = rendered.find(open);
  if (start == std::string::npos) return nullptr;
  const std::size_t end = rendered.find("</pre>", start);
  return nlohmann::json::parse(
      unescape_html(rendered.substr(start + open.size(), end - start - open.size())));
}

std::string lines(const nlohmann::json& list) {
  std::string text;
  for (const auto& item : list) text += "  " + item.get<std::string>() + "\n";
  return text;
}

TEST(HtmlReportInBrowser, DecisionFirstNothingCutAndLabelsApartAt400And1280And1920Pixels) {
  const std::string chromium = find_chromium();
  ASSERT_FALSE(chromium.empty())
      << "Chromium is not installed; `make deps` installs it (scripts/install-deps.sh lists "
         "`chromium`). "
         "This test opens the HTML report in a real browser and must not be skipped.";
  const auto directory = testing::fresh_test_directory("html-report-browser");
  const reports::WrittenReport written =
      reports::write_report(testing::report_fixture(directory), (directory / "out").string(), true);
  ASSERT_FALSE(written.data.timelines.empty());
  // The first timelines carry their point-of-no-return plot (explain --likelihood, fewer samples).
  EXPECT_NE(written.data.timelines.front().likelihood.find("point of no return"), std::string::npos)
      << written.data.timelines.front().likelihood;
  EXPECT_NE(written.data.timelines.front().likelihood_svg.find("likelihood-plot"),
            std::string::npos);
  const auto measured_page = directory / "out" / "geometry.html";
  std::ofstream(measured_page, std::ios::binary) << frames_page(30000, true);
  const auto dom = directory / "dom.html";
  const auto dom_log = directory / "dom.log";
  ASSERT_EQ(run_chromium(chromium, directory / "profile-dom",
                         "--allow-file-access-from-files --hide-scrollbars --window-size=1400,900 "
                         "--virtual-time-budget=10000 --dump-dom",
                         "file://" + measured_page.string(), dom, dom_log),
            0)
      << testing::read_text(dom_log);
  EXPECT_TRUE(console_errors(testing::read_text(dom_log)).empty()) << "console errors:\n"
                                                                   << testing::read_text(dom_log);
  const nlohmann::json all = geometry_of(testing::read_text(dom));
  ASSERT_TRUE(all.is_object() && all.size() == 3) << "the geometry script did not run: " << all;

  for (const int width : report_widths) {
    SCOPED_TRACE(::testing::Message() << width << " px");
    const nlohmann::json& geometry = all[fmt::format("w{}", width)];
    EXPECT_TRUE(geometry["has_verdict"].get<bool>()) << "no verdict table in the DOM";
    EXPECT_GT(geometry["swimlanes"].get<int>(), 0) << "no swimlane SVG in the DOM";
    EXPECT_EQ(geometry["viewport"].get<int>(), width);
    EXPECT_LE(geometry["page_width"].get<int>(), width) << "the page scrolls sideways";
    EXPECT_TRUE(geometry["too_wide"].empty()) << "wider than the screen:\n"
                                              << lines(geometry["too_wide"]);
    EXPECT_GT(geometry["labels"].get<int>(), 10) << "no swimlane labels measured";
    EXPECT_TRUE(geometry["clipped"].empty()) << "labels cut by their picture's edge:\n"
                                             << lines(geometry["clipped"]);
    EXPECT_TRUE(geometry["overlaps"].empty()) << "overlapping labels:\n"
                                              << lines(geometry["overlaps"]);
    // The decision first: the plan's card, with its verdict, reason and command, on the first
    // screen.
    const std::string plan = geometry["plan_text"].get<std::string>();
    EXPECT_NE(plan.find("plan: NO-GO"), std::string::npos) << plan;
    EXPECT_NE(plan.find("show it:"), std::string::npos) << plan;
    EXPECT_NE(plan.find(" run -s "), std::string::npos) << plan;
    if (width >= 1280) {
      EXPECT_LT(geometry["plan_bottom"].get<double>(), 800.0)
          << "the plan's decision is below the first screen";
    }
  }

  // A screenshot for people to look at: the three widths side by side, <build>/report-widths.png.
  const std::filesystem::path screenshot =
      std::filesystem::path(DISPATCHSIM_BINARY_DIR) / "report-widths.png";
  std::filesystem::remove(screenshot);
  const auto shot_page = directory / "out" / "widths.html";
  std::ofstream(shot_page, std::ios::binary) << frames_page(2400, false);
  const auto shot_log = directory / "screenshot.log";
  ASSERT_EQ(
      run_chromium(
          chromium, directory / "profile-shot",
          "--hide-scrollbars --window-size=3640,2400 --virtual-time-budget=10000 --screenshot=" +
              quote(screenshot.string()),
          "file://" + shot_page.string(), directory / "screenshot.out", shot_log),
      0)
      << testing::read_text(shot_log);
  ASSERT_TRUE(std::filesystem::is_regular_file(screenshot)) << testing::read_text(shot_log);
  EXPECT_GT(std::filesystem::file_size(screenshot), 100'000u)
      << "a blank page compresses to a few KB";
  EXPECT_TRUE(console_errors(testing::read_text(shot_log)).empty()) << testing::read_text(shot_log);
}

}  // namespace
}  // namespace dispatchsim
