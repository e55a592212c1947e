#include "reports/confidence_section.hpp"

#include <fmt/format.h>

#include "reports/text_table.hpp"

namespace dispatchsim::reports {

namespace {

using explore::PropertyConfidence;
using explore::VariantSaturation;

std::string bound_text(const PropertyConfidence& row) {
  if (row.violating_runs == 0) {
    return fmt::format("0 of {} runs: rate < {}", row.runs, explore::percent_text(row.upper_rate));
  }
  return fmt::format("{} of {} runs: a fix needs {} clean seeds", row.violating_runs, row.runs,
                     row.clean_runs_to_believe_fix);
}

TextTable property_table(const ReportData& data) {
  TextTable table;
  table.header = {"property"};
  for (const std::string& variant : data.variants) table.header.push_back(variant);
  for (const std::string& property : data.properties) {
    std::vector<std::string> cells = {property};
    bool any = false;
    for (const std::string& variant : data.variants) {
      std::string cell = "–";
      for (const PropertyConfidence& row : data.confidence.properties) {
        if (row.variant == variant && row.property == property) {
          cell = bound_text(row);
          any = true;
        }
      }
      cells.push_back(cell);
    }
    if (any) table.rows.push_back(cells);
  }
  return table;
}

std::string curve_text(const explore::Saturation& saturation) {
  std::string text;
  for (const auto& point : saturation.curve) {
    text += fmt::format("{}{}: {}", text.empty() ? "" : ", ", point.runs, point.distinct);
  }
  return text;
}

std::string saturation_verdict(const explore::Saturation& s) {
  if (s.distinct == 0) return "nothing found";
  if (s.found_in_last_half == 0 && s.new_finding_chance < 0.01)
    return "saturated: more seeds of this kind would find little";
  return "not saturated: more seeds would likely find more";
}

TextTable saturation_table(const ReportData& data) {
  TextTable table;
  table.header = {"variant",
                  "findings",
                  "runs",
                  "distinct",
                  "first seen in the last half",
                  "chance the next run finds a new one",
                  "found after N runs",
                  "reading"};
  table.right_aligned = {false, false, true, true, true, true, false, false};
  for (const VariantSaturation& row : data.confidence.saturation) {
    // Root causes (the distinct bugs) first, then the signatures (the shapes they take).
    for (const auto& [s, what] :
         {std::pair{&row.root_causes, "root causes"}, std::pair{&row.saturation, "signatures"}}) {
      const std::int64_t runs = s->curve.empty() ? 0 : s->curve.back().runs;
      table.rows.push_back({row.variant, what, std::to_string(runs), std::to_string(s->distinct),
                            std::to_string(s->found_in_last_half),
                            explore::percent_text(s->new_finding_chance), curve_text(*s),
                            saturation_verdict(*s)});
    }
  }
  return table;
}

constexpr const char* explanation =
    "Exact binomial bounds at 95 %: a property no run violated has a violation rate below the "
    "bound (the rule of three: 0 of n -> about 3/n). A property violated in k of n runs needs m "
    "clean seeds before its fix can be believed, the smallest m with (1 - k/n)^m <= 5 %. "
    "Saturation: distinct root causes (the bugs triage groups by) and distinct violation "
    "signatures "
    "(the shapes they take: property, faults of the causal chain, events) found against runs in "
    "seed "
    "order; the chance that one more run finds a new one is the Good-Turing estimate (findings "
    "seen in "
    "exactly one run / runs).";

std::string escape_html(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string html_table(const TextTable& table) {
  std::string html = "<table><tr>";
  for (const std::string& cell : table.header) html += "<th>" + escape_html(cell) + "</th>";
  html += "</tr>";
  for (const auto& row : table.rows) {
    html += "<tr>";
    for (const std::string& cell : row) html += "<td>" + escape_html(cell) + "</td>";
    html += "</tr>";
  }
  return html + "</table>";
}

}  // namespace

std::string confidence_markdown(const ReportData& data) {
  if (data.confidence.properties.empty()) return "";
  return fmt::format("## Confidence: how far the verdict can be trusted\n\n{}\n\n{}\n{}",
                     explanation, property_table(data).markdown(),
                     saturation_table(data).markdown());
}

std::string confidence_html(const ReportData& data) {
  if (data.confidence.properties.empty()) return "";
  return fmt::format(
      R"(<section id="confidence"><h2>Confidence: how far the verdict can be trusted</h2><p class="lead">{}</p>{}<h3>Saturation</h3>{}</section>)",
      escape_html(explanation), html_table(property_table(data)),
      html_table(saturation_table(data)));
}

}  // namespace dispatchsim::reports
