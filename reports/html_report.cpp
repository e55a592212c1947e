#include "reports/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "explore/run_spec.hpp"
#include "model/base/plan_fixes.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "reports/confidence_section.hpp"
#include "reports/rollout_table.hpp"
#include "reports/svg.hpp"

namespace dispatchsim::reports {

// Named, so a unity build can put this file next to the other report formats.
namespace html {
namespace {

// A violation in our own design is a bug; in the incident or a candidate fix it is a finding.
std::string violation_class(const std::string& variant) {
  const model::VariantInfo* info = model::find_variant(variant);
  return info != nullptr && info->role == model::VariantRole::reference ? "bug" : "found";
}

constexpr const char* style_sheet = R"css(
:root { --red:#c0392b; --amber:#b9770e; --green:#1e8449; --grey:#6e7781; --line:#d0d7de; }
* { box-sizing: border-box; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color:#1f2328; margin:0; background:#fff; }
main { max-width: 1360px; margin: 0 auto; padding: 18px 28px 60px; }
h1 { font-size: 26px; margin: 8px 0 4px; }
h2 { font-size: 20px; margin: 34px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 22px 0 6px; }
p.lead { color:#57606a; margin: 4px 0 12px; }
nav a { margin-right: 14px; color:#0969da; text-decoration:none; font-weight:600; }
.decision-block h2 { margin-top: 10px; }
.candidate { border:1px solid var(--line); border-left: 6px solid var(--red); background:#fff5f5; border-radius:6px; padding: 8px 12px; margin: 8px 0; }
.candidate.go { border-left-color: var(--green); background:#f0fff4; }
.candidate p { margin: 2px 0; }
.candidate .call { font-size: 16px; }
.candidate.no-go .call b { color: var(--red); }
.candidate.go .call b { color: var(--green); }
.candidate .rests { color:#57606a; }
.candidate pre.command { margin: 4px 0; }
.badges { display:flex; gap:10px; flex-wrap:wrap; margin: 10px 0; }
.badge { border-radius: 6px; padding: 8px 12px; font-weight:600; border:1px solid var(--line); }
.badge.holds { background:#dafbe1; border-color:#4ac26b; }
.badge.found { background:#fff8c5; border-color:#d4a72c; }
.badge.bug { background:#ffebe9; border-color:#ff8182; }
table { border-collapse: collapse; margin: 8px 0 14px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 5px 9px; text-align: left; vertical-align: top; }
th { background:#f6f8fa; font-weight:600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.held { background:#dafbe1; }
td.found { background:#fff8c5; }
td.bug { background:#ffebe9; font-weight:600; }
td.unchecked { color: var(--grey); background:#f6f8fa; }
td.go { background:#dafbe1; font-weight:600; color: var(--green); }
td.no-go { background:#fff8c5; font-weight:600; color: var(--amber); }
td.rollback { background:#ffebe9; font-weight:700; color: var(--red); }
td small, .muted { color:#57606a; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background:#f6f8fa; padding: 1px 4px; border-radius: 4px; }
pre { background:#f6f8fa; padding: 8px 10px; border-radius: 6px; overflow-x:auto; white-space: pre-wrap; }
.decision { padding: 8px 12px; border-left: 4px solid var(--amber); background:#fffbeb; margin: 8px 0; }
.decision.go { border-color: var(--green); background:#f0fff4; }
.decision.rollback { border-color: var(--red); background:#fff5f5; }
.plots { display:flex; flex-wrap:wrap; gap: 18px; }
.plot { border:1px solid var(--line); border-radius:6px; padding:8px; background:#fff; }
.lane-box { overflow-x: auto; border:1px solid var(--line); border-radius:6px; padding: 4px 0; margin: 6px 0 4px; }
svg text { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
.legend span { display:inline-flex; align-items:center; gap:4px; margin-right:14px; font-size:12px; }
details { margin: 6px 0; }
summary { cursor: pointer; font-weight: 600; }
ul.reasons { margin: 4px 0 10px 18px; padding: 0; }
.table-box { max-width: 100%; overflow-x: auto; }
.plot { max-width: 100%; }
.plot svg, .legend svg { max-width: 100%; height: auto; display: block; }
pre, code { overflow-wrap: anywhere; }
nav { display: flex; flex-wrap: wrap; gap: 4px 14px; }
nav a { margin-right: 0; }
@media (max-width: 640px) {
  main { padding: 10px 10px 40px; }
  h1 { font-size: 22px; }
  .candidate .call { font-size: 15px; }
}
td.why { min-width: 260px; font-size: 12px; }
td.why div + div { margin-top: 4px; }
)css";

std::string esc(const std::string& text) {
  return escape_xml(text);
}

std::string timeline_anchor(const ReportData& data, const VerdictCell& cell) {
  for (std::size_t i = 0; i < data.timelines.size(); ++i) {
    const Timeline& timeline = data.timelines[i];
    if (timeline.run.variant == cell.variant &&
        std::find(timeline.properties.begin(), timeline.properties.end(), cell.property) !=
            timeline.properties.end()) {
      return fmt::format("#timeline-{}", i + 1);
    }
  }
  return "";
}

std::string shrunk_anchor(const ReportData& data, const VerdictCell& cell) {
  for (std::size_t i = 0; i < data.shrunk_cases.size(); ++i) {
    if (data.shrunk_cases[i].variant == cell.variant &&
        data.shrunk_cases[i].property == cell.property && data.shrunk_cases[i].shrunk) {
      return fmt::format("#shrunk-{}", i + 1);
    }
  }
  return "";
}

std::string verdict_cell(const ReportData& data, const VerdictCell* cell) {
  if (cell == nullptr || cell->runs == 0) return R"(<td class="unchecked">not checked</td>)";
  if (!cell->minimal) return fmt::format(R"(<td class="held">✓ held in {} runs</td>)", cell->runs);
  const RunReference& run = *cell->minimal;
  const std::string anchor = timeline_anchor(data, *cell);
  const std::string seed = anchor.empty()
                               ? fmt::format("seed {}", run.seed)
                               : fmt::format(R"(<a href="{}">seed {}</a>)", anchor, run.seed);
  const std::string shrunk = shrunk_anchor(data, *cell);
  return fmt::format(R"(<td class="{}">✗ {} of {} runs<br><small>first: {} · {}{}</small></td>)",
                     violation_class(cell->variant), cell->violating_runs, cell->runs, seed,
                     esc(run.scenario),
                     shrunk.empty() ? "" : fmt::format(R"( · <a href="{}">shrunk</a>)", shrunk));
}

// The decision, first on the page: one card per candidate, GO green and NO-GO red, with the
// reason, what it rests on and the command that shows it.
std::string decision_section(const ReportData& data) {
  std::string html = R"(<section id="decision" class="decision-block"><h2>Decision</h2>)";
  if (data.decision.empty()) return html + "<p>No candidate among the inputs.</p></section>";
  for (const Candidate& candidate : data.decision) {
    html += fmt::format(R"(<div class="candidate {}"><p class="call"><b>{}: {}</b> — {}</p>)",
                        candidate.go ? "go" : "no-go", esc(candidate.name), candidate.verdict(),
                        esc(candidate.reason));
    if (!rests_on(candidate).empty())
      html += fmt::format(R"(<p class="rests">rests on: {}</p>)", esc(rests_on(candidate)));
    if (!candidate.command.empty()) {
      html += fmt::format(R"(<p class="rests">{}:</p><pre class="command">{}</pre>)",
                          candidate.go ? "check it" : "show it", esc(candidate.command));
    }
    html += "</div>";
  }
  return html + R"(<p class="muted legend">)" + esc(decision_legend()) +
         R"( The evidence follows; <code>dispatchsim report --fail-on plan-no-go</code> gates a pipeline on it.</p></section>)";
}

std::string badges(const ReportData& data) {
  std::string html = R"(<div class="badges">)";
  for (const VariantTotals& totals : data.totals) {
    const bool holds = totals.violating_runs == 0 && totals.error_runs == 0;
    const std::string kind = holds ? "holds" : violation_class(totals.variant);
    html += fmt::format(R"(<div class="badge {}">{}: {}</div>)", kind, esc(totals.variant),
                        esc(variant_verdict(data, totals)));
  }
  return html + "</div>";
}

std::string verdict_section(const ReportData& data) {
  std::string html = R"(<section id="verdict"><h2>Verdict: property × variant</h2>
<p class="lead">Runs that violated each property (ground truth: history and final database), the first failing seed, and its shrunk case — click them for the timeline and the minimal case. A violation in <b>legacy</b> or <b>plan</b> is the harness finding the incident or a hole in the plan; in <b>hardened</b> it is a bug in our design.</p>
<table class="verdict"><tr><th>property</th>)";
  for (const std::string& variant : data.variants) html += "<th>" + esc(variant) + "</th>";
  html += "</tr>";
  for (const std::string& property : data.properties) {
    html += "<tr><th><code>" + esc(property) + "</code></th>";
    for (const std::string& variant : data.variants)
      html += verdict_cell(data, data.cell(variant, property));
    html += "</tr>";
  }
  return html + "</table></section>";
}

// The first lines of a long text, and how many were left out.
std::string first_lines(const std::string& text, std::size_t lines) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < lines && at != std::string::npos; ++i)
    at = text.find('\n', at == 0 ? 0 : at + 1);
  if (at == std::string::npos) return text;
  const auto rest = static_cast<std::size_t>(
      std::count(text.begin() + static_cast<std::ptrdiff_t>(at), text.end(), '\n'));
  return text.substr(0, at + 1) +
         fmt::format("… {} more lines: run the explain command above\n", rest);
}

std::string shrunk_section(const ReportData& data) {
  std::string html = R"(<section id="shrunk"><h2>Minimal cases, shrunk</h2>
<p class="lead">Each failing cell's first failing run, shrunk once by <code>dispatchsim shrink</code> (scenario only, bounded budget, cached in its results file): the smallest world found that still violates the property, the dimensions that shrank, and its explain.</p>)";
  if (data.shrunk_cases.empty())
    return html +
           "<p>Nothing shrunk (no failing run, or the report ran with "
           "<code>--no-timelines</code>).</p></section>";
  for (std::size_t i = 0; i < data.shrunk_cases.size(); ++i) {
    const ShrunkCase& shrunk = data.shrunk_cases[i];
    html += fmt::format(R"(<h3 id="shrunk-{}">{} · {}</h3>)", i + 1, esc(shrunk.variant),
                        esc(shrunk.property));
    if (!shrunk.shrunk) {
      html += fmt::format(R"(<p class="muted">{} — first failing run: <code>{}</code></p>)",
                          esc(shrunk.note), esc(shrunk.from.replay));
      continue;
    }
    html += fmt::format(
        R"(<p>{}<br><span class="muted">shrunk from {} seed {} in {} runs{}{}</span></p>)",
        esc(shrunk.size_text()), esc(shrunk.from.scenario), shrunk.from.seed, shrunk.runs_spent,
        shrunk.budget_exhausted ? fmt::format(" (the budget of {} ran out)", shrunk.budget) : "",
        shrunk.cached ? ", cached in the results file" : "");
    html += fmt::format("<p>{}</p><pre>run:     {}\nexplain: {}\nfirst:   {}</pre>",
                        esc(shrunk.run.violation), esc(shrunk.run.replay), esc(shrunk.run.explain),
                        esc(shrunk.from.replay));
    html += fmt::format("<details><summary>explain ({} lines)</summary><pre>{}</pre></details>",
                        shrunk.explain_lines, esc(first_lines(shrunk.explain, 300)));
  }
  return html + "</section>";
}

const std::vector<std::string>& palette() {
  static const std::vector<std::string> colors = {"#e07b39", "#3b75af", "#4c9a2a",
                                                  "#8e44ad", "#c0392b", "#7f8c8d"};
  return colors;
}

// Colours by role: the incident orange, our design green, candidate fixes blue, purple, red...
std::string variant_color(const std::string& variant) {
  const model::VariantInfo* info = model::find_variant(variant);
  if (info == nullptr) return "#7f8c8d";
  if (info->role == model::VariantRole::incident) return "#e07b39";
  if (info->role == model::VariantRole::reference) return "#4c9a2a";
  static const std::vector<std::string> candidate_colors = {"#3b75af", "#8e44ad", "#c0392b"};
  std::size_t candidate_rank = 0;
  for (const model::VariantInfo& other : model::variant_catalogue()) {
    if (&other == info) break;
    if (other.role == model::VariantRole::candidate) ++candidate_rank;
  }
  return candidate_colors[candidate_rank % candidate_colors.size()];
}

std::string fault_plot(const ReportData& data) {
  BarChart chart;
  chart.title = "Violating runs per 1,000 runs in which the fault fired";
  std::vector<std::string> faults;
  for (const FaultMatrix& matrix : data.fault_matrices) {
    for (const FaultRow& row : matrix.rows) {
      if (std::find(faults.begin(), faults.end(), row.fault) == faults.end())
        faults.push_back(row.fault);
    }
  }
  for (const std::string& fault : faults)
    chart.categories.push_back(fault == "none" ? "(no fault fired)" : fault);
  for (const FaultMatrix& matrix : data.fault_matrices) {
    BarSeries series{matrix.variant, variant_color(matrix.variant), {}, {}};
    for (const std::string& fault : faults) {
      const auto row = std::find_if(matrix.rows.begin(), matrix.rows.end(),
                                    [&](const FaultRow& r) { return r.fault == fault; });
      if (row == matrix.rows.end()) {
        series.values.push_back(std::nullopt);
        series.labels.emplace_back();
        continue;
      }
      const double rate =
          1000.0 * static_cast<double>(row->violating_runs) / static_cast<double>(row->runs);
      series.values.push_back(rate);
      series.labels.push_back(fmt::format("{:.0f} ({}/{})", rate, row->violating_runs, row->runs));
    }
    chart.series.push_back(series);
  }
  chart.maximum = 1000;
  return faults.empty() ? "" : R"(<div class="plot">)" + bar_chart_svg(chart) + "</div>";
}

std::string fault_matrix_table(const ReportData& data, const FaultMatrix& matrix) {
  std::string html =
      "<table><tr><th>fault fired</th><th class=\"num\">runs</th><th class=\"num\">violating</th>";
  for (const std::string& property : data.properties)
    html += "<th><code>" + esc(property) + "</code></th>";
  html += "</tr>";
  for (const FaultRow& row : matrix.rows) {
    html += fmt::format(R"(<tr><th>{}</th><td class="num">{}</td><td class="num">{}</td>)",
                        row.fault == "none" ? "(no fault fired)" : esc(row.fault), row.runs,
                        row.violating_runs);
    for (const std::string& property : data.properties) {
      const auto found = row.by_property.find(property);
      if (found == row.by_property.end()) {
        html += R"(<td class="num muted">·</td>)";
        continue;
      }
      const double share = static_cast<double>(found->second) / static_cast<double>(row.runs);
      html += fmt::format(R"~(<td class="num" style="background:rgba(214,39,40,{:.2f})">{}</td>)~",
                          0.12 + 0.6 * share, found->second);
    }
    html += "</tr>";
  }
  return html + "</table>";
}

std::string faults_section(const ReportData& data) {
  std::string html =
      R"(<section id="faults"><h2>Fault matrix: which faults expose which properties</h2>
<p class="lead">For each fault, the runs in which it fired, and how many of them violated each property (a run may have several faults firing: read it as correlation, and replay the minimal seeds to see cause).</p>)";
  html += R"(<div class="plots">)" + fault_plot(data) + "</div>";
  for (const FaultMatrix& matrix : data.fault_matrices) {
    const model::VariantInfo* variant = model::find_variant(matrix.variant);
    const bool open = variant != nullptr && variant->role == model::VariantRole::candidate;
    html += fmt::format(
        "<details{}><summary>{}: violating runs by fault and property</summary>{}</details>",
        open ? " open" : "", esc(matrix.variant), fault_matrix_table(data, matrix));
  }
  return html + "</section>";
}

std::string root_causes_section(const ReportData& data) {
  std::string html = R"(<section id="root-causes"><h2>Root causes</h2>)";
  if (data.root_causes.empty()) return html + "<p>No violation.</p></section>";
  html +=
      R"(<p class="lead">Why each variant fails: the plan's flaws and the incident's root causes, named from flaw markers on the flawed lines and the run's ground truth. <code>unexplained</code> is a finding to look at.</p><table><tr><th>variant</th><th>root cause</th><th class="num">runs</th><th class="num">violations</th><th>properties</th><th>lowest seed</th>)";
  if (data.real_confirmations) html += fmt::format("<th>{}</th>", real_services_column);
  html += "</tr>";
  for (const RootCauseRow& row : data.root_causes) {
    std::string properties;
    for (const auto& property : row.properties)
      properties += (properties.empty() ? "" : ", ") + property;
    html += fmt::format(
        R"(<tr><td>{}</td><th>{}</th><td class="num">{}</td><td class="num">{}</td><td>{}</td><td>{}</td>)",
        esc(row.variant), esc(row.text), row.runs, row.violations, esc(properties),
        row.minimal
            ? fmt::format(R"({} seed {}<br><small><code>{}</code></small>)",
                          esc(row.minimal->scenario), row.minimal->seed, esc(row.minimal->replay))
            : "—");
    if (data.real_confirmations)
      html += fmt::format("<td>{}</td>", esc(confirmed_real_text(row.minimal)));
    html += "</tr>";
  }
  return html + "</table></section>";
}

// The plan's release options (remediation-plan.md §7) side by side: what each leaves violated.
std::string release_options_table(const ReportData& data) {
  const std::vector<const LadderRow*> rows = data.release_option_rows();
  if (rows.empty()) return "";
  std::string html =
      R"(<h3>The plan's release options</h3><p class="lead">Each option as the plan defines it (section 7): is shipping the Quick Hotfix tonight better than nothing, and what does each leave open?</p><table><tr><th>release option</th><th>fixes</th><th class="num">violating runs</th><th>left violated (lowest seed)</th><th>root causes left open (runs)</th></tr>)";
  for (const LadderRow* row : rows) {
    const model::ReleaseOption* option = model::release_option_of(explore::parse_fixes(row->fixes));
    std::string left;
    for (const std::string& property : data.properties) {
      const auto violated = row->by_property.find(property);
      if (violated == row->by_property.end()) continue;
      const RunReference& run = row->minimal.at(property);
      left += fmt::format(
          R"({}<code>{}</code> ({} runs; seed {} · {})<br><small><code>{}</code></small>)",
          left.empty() ? "" : "<br>", esc(property), violated->second, run.seed, esc(run.scenario),
          esc(run.replay));
    }
    std::string causes;
    for (const auto& [cause, runs] : row->runs_by_root_cause) {
      causes += fmt::format("{}{} ({})", causes.empty() ? "" : "<br>", esc(cause), runs);
    }
    html += fmt::format(
        R"(<tr><th>{}</th><td><code>{}</code></td><td class="num">{} / {}</td><td>{}</td><td>{}</td></tr>)",
        option != nullptr ? esc(std::string(option->name) + ": " + std::string(option->description))
                          : "nothing shipped",
        esc(row->fixes), row->violating_runs, row->runs, left.empty() ? "nothing" : left,
        causes.empty() ? "none" : causes);
  }
  return html + "</table>";
}

std::string ladder_section(const ReportData& data) {
  std::string html = R"(<section id="fixes"><h2>The plan's fixes one by one</h2>)";
  if (data.ladder.empty()) {
    return html +
           R"(<p class="lead">No <code>--fix</code> sweeps among the inputs: <code>make run</code> sweeps them; by hand, <code>dispatchsim sweep -v plan --fix 1,2 ...</code> then pass each file to <code>report --db</code>.</p></section>)";
  }
  html +=
      R"(<p class="lead">The plan with only these fixes deployed (every request in the flag's rollout): violating runs / runs checking the property. A hole that stays open down to "1,2,3,4,5" is one the plan does not close.</p><table><tr><th>fixes deployed</th><th class="num">runs</th><th class="num">violating</th>)";
  for (const std::string& property : data.properties)
    html += "<th><code>" + esc(property) + "</code></th>";
  html += "</tr>";
  for (const LadderRow& row : data.ladder) {
    html += fmt::format(R"(<tr><th>{}</th><td class="num">{}</td><td class="num">{}</td>)",
                        esc(row.fixes), row.runs, row.violating_runs);
    for (const std::string& property : data.properties) {
      const auto checked = row.runs_by_property.find(property);
      const auto violated = row.by_property.find(property);
      if (checked == row.runs_by_property.end()) {
        html += R"(<td class="unchecked">—</td>)";
      } else if (violated == row.by_property.end()) {
        html += fmt::format(R"(<td class="held num">0 / {}</td>)", checked->second);
      } else {
        const RunReference& run = row.minimal.at(property);
        html += fmt::format(
            R"(<td class="found num">{} / {}<br><small title="{}">seed {} · {}</small></td>)",
            violated->second, checked->second, esc(run.replay), run.seed, esc(run.scenario));
      }
    }
    html += "</tr>";
  }
  return html + "</table>" + release_options_table(data) + "</section>";
}

// The verdict and, beside it, why: each reason with its seeds and the command that replays one.
std::string rollout_verdict_cells(const explore::RolloutPhase& phase, const std::string& verdict) {
  std::string why;
  for (std::size_t i = 0; i < phase.reasons.size(); ++i) {
    why += "<div>" + esc(phase.reasons[i]);
    if (i < phase.findings.size() && !phase.findings[i].replay.empty()) {
      const explore::PhaseFinding& found = phase.findings[i];
      why += fmt::format(
          R"(<br><code>{}</code>{})", esc(found.replay),
          found.example.empty() ? "" : R"(<br><small>)" + esc(found.example) + "</small>");
    }
    why += "</div>";
  }
  for (const auto& note : phase.notes) why += R"(<div class="muted">note: )" + esc(note) + "</div>";
  return fmt::format(R"(<td class="{}">{}</td><td class="why">{}</td>)", verdict, verdict,
                     why.empty() ? "—" : why);
}

std::string rollout_table_html(const explore::RolloutResult& rollout) {
  const TextTable table = rollout_table(rollout);
  std::string html = R"(<table class="rollout"><tr>)";
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    html += fmt::format(R"(<th{}>{}</th>)", table.right_aligned[c] ? R"( class="num")" : "",
                        esc(table.header[c]));
  }
  html += "<th>why (seeds, replay)</th></tr>";
  std::vector<const explore::RolloutPhase*> phases;
  if (rollout.baseline) phases.push_back(&*rollout.baseline);
  for (const auto& phase : rollout.phases) phases.push_back(&phase);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    html += "<tr>";
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const bool verdict = c + 1 == table.rows[r].size();
      std::string cell = esc(table.rows[r][c]);
      if (verdict) {
        html += rollout_verdict_cells(*phases[r], cell);
      } else {
        html +=
            fmt::format(R"(<td{}>{}</td>)", table.right_aligned[c] ? R"( class="num")" : "", cell);
      }
    }
    html += "</tr>";
  }
  html += "</table>";
  const std::string note = checked_note(rollout);
  return note.empty() ? html : html + R"(<p class="muted">)" + esc(note) + "</p>";
}

std::string rollout_reasons(const explore::RolloutResult& rollout) {
  std::string html = R"(<ul class="reasons">)";
  std::vector<std::pair<std::string, const explore::RolloutPhase*>> phases;
  if (rollout.baseline) phases.emplace_back("before (legacy)", &*rollout.baseline);
  for (const auto& phase : rollout.phases)
    phases.emplace_back(fmt::format("{} %", phase.percent), &phase);
  for (const auto& [name, phase] : phases) {
    if (!phase->first_failing_seed) continue;
    html += fmt::format(
        R"(<li><b>{}</b>: {} of {} runs violate a checked property; first seed {}: {}<br><code>{}</code></li>)",
        esc(name), phase->violating_runs, phase->runs, *phase->first_failing_seed,
        esc(phase->first_violation), esc(phase->replay));
  }
  return html + "</ul>";
}

// One chart per SLO, the phases as categories, one series per rollout; bars show how far each
// phase is from perfect, the dashed line the plan's allowance.
std::string slo_plots(const ReportData& data) {
  struct Measure {
    const char* title;
    double target;
    std::string target_label;
    double (*value)(const explore::RolloutPhase&);
  };
  const std::vector<Measure> measures = {
      {"Declined requests re-dispatched (% of declined)", 0.1, "SLO ≤ 0.1 %",
       [](const explore::RolloutPhase& p) { return 100 * (1 - p.declined_without_redispatch()); }},
      {"Dispatch events not processed exactly once (%)", 0.5, "SLO ≤ 0.5 %",
       [](const explore::RolloutPhase& p) { return 100 * (1 - p.exactly_once()); }},
      {"Error rate (%)", 1.0, "rollback > 1 %",
       [](const explore::RolloutPhase& p) { return 100 * p.error_rate(); }}};
  std::vector<std::string> categories;
  for (const auto& rollout : data.rollouts) {
    if (rollout.baseline &&
        std::find(categories.begin(), categories.end(), "before (legacy)") == categories.end()) {
      categories.insert(categories.begin(), "before (legacy)");
    }
    for (const auto& phase : rollout.phases) {
      const std::string name = fmt::format("{} %", phase.percent);
      if (std::find(categories.begin(), categories.end(), name) == categories.end())
        categories.push_back(name);
    }
  }
  std::string html = R"(<div class="plots">)";
  for (const Measure& measure : measures) {
    BarChart chart{measure.title,  categories,           {},  std::nullopt,
                   measure.target, measure.target_label, " %"};
    for (std::size_t r = 0; r < data.rollouts.size(); ++r) {
      const auto& rollout = data.rollouts[r];
      BarSeries series{fmt::format("{} · {}", rollout.request.variant, rollout.scenario_name),
                       palette()[(r + 1) % palette().size()],
                       {},
                       {}};
      for (const std::string& category : categories) {
        const explore::RolloutPhase* phase = nullptr;
        if (category == "before (legacy)" && rollout.baseline) phase = &*rollout.baseline;
        for (const auto& p : rollout.phases) {
          if (fmt::format("{} %", p.percent) == category) phase = &p;
        }
        series.values.push_back(phase ? std::optional<double>(measure.value(*phase))
                                      : std::nullopt);
        series.labels.push_back(phase ? fmt::format("{:.2f} %", measure.value(*phase)) : "");
      }
      chart.series.push_back(series);
    }
    html += R"(<div class="plot">)" + bar_chart_svg(chart) + "</div>";
  }
  return html + "</div>";
}

std::string rollout_section(const ReportData& data) {
  std::string html =
      R"(<section id="rollout"><h2>Rollout of ENABLE_IDEMPOTENT_DISPATCH: SLO go / no-go per phase</h2>)";
  if (data.rollouts.empty()) {
    return html +
           R"(<p class="lead">No rollout file among the inputs: <code>dispatchsim rollout -s SCENARIO --json rollout.json</code>, then <code>report --rollout rollout.json</code>.</p></section>)";
  }
  html +=
      R"(<p class="lead">Each phase's runs start at the previous phase's percentage and switch mid-run, with messages in flight; "before" is <code>legacy</code> on the same seeds. Go needs: ≥ 99.90 % of declined requests without a later dispatch, ≥ 99.50 % of dispatch events processed exactly once, no Metric 1 / Metric 2 page, an empty DLQ; an error rate above 1 % means rollback (definitions: docs/rollout.md). Beside each verdict: why, with the seeds behind each reason (those legacy misses too, on the same seed, are told apart from what the plan's change causes) and the command that replays one of them.</p>)";
  for (const auto& rollout : data.rollouts) {
    const std::string kind = rollout.rollback_phase ? "rollback" : (rollout.halt_phase ? "" : "go");
    html += "<h3>" + esc(rollout_title(rollout)) + "</h3>" + rollout_table_html(rollout);
    html += fmt::format(R"(<div class="decision {}"><b>Decision:</b> {}</div>)", kind,
                        esc(rollout.decision));
    if (rollout_reasons(rollout) != R"(<ul class="reasons"></ul>)") {
      html += "<details><summary>violating runs per phase</summary>" + rollout_reasons(rollout) +
              "</details>";
    }
  }
  return html + "<h3>SLOs per phase</h3>" + slo_plots(data) + "</section>";
}

std::string monitoring_section(const ReportData& data) {
  std::string html =
      R"(<section id="monitoring"><h2>Monitoring efficacy: would the plan's alerts have fired?</h2>
<p class="lead">The plan's Step 1–6 queries and Metric 1–2 alerts, ported to SQLite and run on each run's final database, set against the ground truth. <b>Caught</b>: an alert meant for the property fired about it; <b>missed</b>: it stayed silent; <b>no alert</b>: the plan has no query meant for it.</p>)";
  if (data.monitoring.empty()) {
    html += "<p>No violation to catch.</p>";
  } else {
    html +=
        R"(<table><tr><th>variant</th><th>property</th><th class="num">violations</th><th class="num">caught</th><th class="num">missed</th><th class="num">no alert</th><th class="num">caught %</th></tr>)";
    for (const MonitoringRow& row : data.monitoring) {
      html += fmt::format(
          R"(<tr><td>{}</td><td><code>{}</code></td><td class="num">{}</td><td class="num">{}</td><td class="num{}">{}</td><td class="num{}">{}</td><td class="num">{:.0f} %</td></tr>)",
          esc(row.variant), esc(row.property), row.violations, row.caught,
          row.missed > 0 ? " bug" : "", row.missed, row.uncovered > 0 ? " found" : "",
          row.uncovered,
          100.0 * static_cast<double>(row.caught) / static_cast<double>(row.violations));
    }
    html += "</table>";
  }
  html +=
      R"(<table><tr><th>query</th><th class="num">fired in runs</th><th class="num">false alarms (runs)</th></tr>)";
  for (const OracleRow& row : data.oracles) {
    html += fmt::format(
        R"(<tr><td>{} <small class="muted">{}</small></td><td class="num">{}</td><td class="num{}">{}</td></tr>)",
        esc(row.title), esc(row.oracle), row.fired_runs, row.false_alarm_runs > 0 ? " found" : "",
        row.false_alarm_runs);
  }
  return html + "</table></section>";
}

std::string strategy_plot(const ReportData& data, const std::vector<std::string>& strategies) {
  BarChart chart;
  chart.title = "Runs until the first failure (lower is better)";
  std::vector<std::pair<std::string, std::string>> combos;  // scenario, variant with a failure
  for (const StrategyRow& row : data.strategies) {
    const auto combo = std::make_pair(row.scenario, row.variant);
    if (row.first_failing_seed && std::find(combos.begin(), combos.end(), combo) == combos.end())
      combos.push_back(combo);
  }
  for (const auto& [scenario, variant] : combos)
    chart.categories.push_back(scenario + " / " + variant);
  for (std::size_t s = 0; s < strategies.size(); ++s) {
    BarSeries series{strategies[s], palette()[(s + 1) % palette().size()], {}, {}};
    for (const auto& [scenario, variant] : combos) {
      const auto row =
          std::find_if(data.strategies.begin(), data.strategies.end(), [&](const StrategyRow& r) {
            return r.strategy == strategies[s] && r.scenario == scenario && r.variant == variant;
          });
      if (row == data.strategies.end()) {
        series.values.push_back(std::nullopt);
        series.labels.push_back("not run");
      } else if (!row->first_failing_seed) {
        series.values.push_back(std::nullopt);
        series.labels.push_back(fmt::format("none in {} runs", row->runs));
      } else {
        series.values.push_back(static_cast<double>(row->runs_to_first_failure));
        series.labels.push_back(
            fmt::format("{} ({:.2f} s)", row->runs_to_first_failure,
                        static_cast<double>(row->wall_us_to_first_failure) / 1e6));
      }
    }
    chart.series.push_back(series);
  }
  return combos.empty() ? "<p>No failure found by any strategy.</p>"
                        : R"(<div class="plot">)" + bar_chart_svg(chart) + "</div>";
}

std::string strategies_section(const ReportData& data) {
  std::vector<std::string> strategies;
  for (const StrategyRow& row : data.strategies) {
    if (std::find(strategies.begin(), strategies.end(), row.strategy) == strategies.end())
      strategies.push_back(row.strategy);
  }
  std::string html =
      R"(<section id="strategies"><h2>Time to first failure per schedule strategy</h2>
<p class="lead">Runs (in seed order) until the first failing one, and their summed wall time, per scenario × variant. Strategies come from the results files given (<code>sweep --strategy pct</code> adds PCT).</p>)";
  html += strategy_plot(data, strategies);
  if (strategies.size() < 2) {
    html +=
        R"(<p class="muted">Only one strategy among the inputs; sweep another into its own file (<code>dispatchsim sweep ... --strategy pct --db pct.db</code>) and pass both to <code>report --db</code> to compare.</p>)";
  }
  return html + "</section>";
}

std::string coverage_section(const ReportData& data) {
  std::string html = R"(<section id="coverage"><h2>Coverage probes</h2>
<p class="lead">Named markers on rare paths. A probe never hit is a path the exploration never reached.</p><table><tr><th>probe</th><th class="num">hits</th><th class="num">runs</th><th>path</th></tr>)";
  for (const ProbeRow& row : data.probes) {
    html += fmt::format(
        R"(<tr><td><code>{}</code></td><td class="num{}">{}</td><td class="num">{}</td><td>{}</td></tr>)",
        esc(row.probe), row.hits == 0 ? " bug" : "",
        row.hits == 0 ? "never hit" : std::to_string(row.hits), row.runs, esc(row.description));
  }
  return html + "</table></section>";
}

std::string swimlane_legend() {
  Svg svg(760, 22);
  double x = 4;
  const auto item = [&](const std::string& label, auto draw) {
    draw(x + 6, 11.0);
    svg.text(x + 16, 15, label, "font-size:11px");
    x += 22 + 6.2 * static_cast<double>(label.size());
  };
  item("commit / statement", [&](double cx, double cy) { svg.circle(cx, cy, 5, "fill:#5d6d7e"); });
  item("broker", [&](double cx, double cy) { svg.rect(cx - 4, cy - 4, 8, 8, "fill:#8e44ad"); });
  item("lock", [&](double cx, double cy) {
    svg.polygon({{cx, cy - 5}, {cx + 5, cy}, {cx, cy + 5}, {cx - 5, cy}}, "fill:#b8860b");
  });
  item("push / shown", [&](double cx, double cy) { svg.circle(cx, cy, 5, "fill:#2ca02c"); });
  item("decline", [&](double cx, double cy) {
    svg.circle(cx, cy, 4, "fill:#fff;stroke:#e67e22;stroke-width:2");
  });
  item("fault / crash", [&](double cx, double cy) {
    svg.polygon({{cx, cy - 7}, {cx - 6, cy + 5}, {cx + 6, cy + 5}}, "fill:#d62728");
  });
  item("violation", [&](double cx, double cy) {
    svg.circle(cx, cy, 7, "fill:none;stroke:#d62728;stroke-width:2.5");
  });
  item("message", [&](double cx, double cy) { svg.arrow(cx - 6, cy, cx + 8, cy, "#8e44ad"); });
  return svg.str();
}

std::string timelines_section(const ReportData& data) {
  std::string html = R"(<section id="timelines"><h2>Timelines of the minimal failing runs</h2>
<p class="lead">One per lowest failing seed of the verdict table: the violating request's events, one lane per process, in run order (virtual time on top). Arrows are messages: broker send → delivery, push → shown on the driver's screen, decline call → commit → answer. Hover any mark for its full text.</p>)";
  html += R"(<div class="legend">)" + swimlane_legend() + "</div>";
  if (data.timelines.empty()) return html + "<p>No failing run.</p></section>";
  for (std::size_t i = 0; i < data.timelines.size(); ++i) {
    const Timeline& t = data.timelines[i];
    std::string properties;
    for (const auto& property : t.properties)
      properties += (properties.empty() ? "" : ", ") + property;
    html += fmt::format(R"(<h3 id="timeline-{}">{} · {} · {} · seed {}</h3>)", i + 1,
                        esc(t.run.variant), esc(properties), esc(t.run.scenario), t.run.seed);
    html +=
        fmt::format("<p>{}{}</p>", esc(t.run.violation),
                    t.run.request != 0
                        ? fmt::format(" <span class=\"muted\">(request {}, {} events drawn)</span>",
                                      t.run.request, t.events)
                        : "");
    if (!t.note.empty()) html += fmt::format(R"(<p class="muted">{}</p>)", esc(t.note));
    if (!t.svg.empty()) html += R"(<div class="lane-box">)" + t.svg + "</div>";
    if (!t.alerts.empty()) {
      html += fmt::format(
          R"(<p><b>On-call</b> (the plan's alerts every 5 virtual minutes and at the end): log pattern {}; {}</p>)",
          t.log_pattern_fired ? "fired" : "never fired", esc(t.alerts));
    }
    if (!t.likelihood.empty()) {
      html += fmt::format(
          R"(<p><b>Point of no return</b> (<code>explain --likelihood</code>: the run replayed up to an event, the rest reseeded): {}</p>)",
          esc(t.likelihood));
    }
    if (!t.likelihood_svg.empty())
      html += R"(<div class="lane-box">)" + t.likelihood_svg + "</div>";
    if (!t.broker_svg.empty()) {
      html +=
          R"(<p class="muted">Broker (Step 3): the dispatch queue's gauges sampled every virtual second.</p><div class="lane-box">)" +
          t.broker_svg + "</div>";
    }
    html += fmt::format("<pre>replay:  {}\nstored:  {}\nexplain: {}\nshrink:  {}</pre>",
                        esc(t.run.replay), esc(t.run.replay_row), esc(t.run.explain),
                        esc(t.run.shrink));
  }
  return html + "</section>";
}

std::string inputs_footer(const ReportData& data) {
  std::string html = R"(<section id="inputs"><h2>Inputs</h2><ul>)";
  for (const InputFile& input : data.inputs) {
    html += fmt::format("<li><code>{}</code> ({}): {}{}</li>", esc(input.path), esc(input.role),
                        esc(input.description),
                        input.role == "rollout" ? "" : fmt::format(", {} runs", input.runs));
  }
  return html + "</ul></section>";
}

// Every table in a box that scrolls sideways, so a narrow screen scrolls the table, not the page.
std::string in_scroll_boxes(std::string html) {
  for (std::size_t at = html.find("<table"); at != std::string::npos;
       at = html.find("<table", at + 30)) {
    html.insert(at, R"(<div class="table-box">)");
  }
  for (std::size_t at = html.find("</table>"); at != std::string::npos;
       at = html.find("</table>", at + 14)) {
    html.insert(at + 8, "</div>");
  }
  return html;
}

}  // namespace
}  // namespace html

std::string report_html(const ReportData& data) {
  using namespace html;
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>dispatchsim report</title><style>";
  html += style_sheet;
  html += "</style></head><body><main>";
  html += "<h1>dispatchsim report</h1>" + decision_section(data);
  html += fmt::format(
      R"(<h2>Evidence</h2><p class="lead">{} runs of the remediation plan's system under faults, from {} input file(s). Does the fix hold, and what is the smallest seed that shows it does not?</p>)",
      data.runs(), data.inputs.size());
  html += badges(data);
  html +=
      R"(<nav><a href="#decision">Decision</a><a href="#verdict">Verdict</a><a href="#confidence">Confidence</a><a href="#root-causes">Root causes</a><a href="#shrunk">Minimal cases</a><a href="#faults">Faults</a><a href="#fixes">Fixes one by one</a><a href="#rollout">Rollout</a><a href="#monitoring">Monitoring</a><a href="#strategies">Strategies</a><a href="#coverage">Coverage</a><a href="#timelines">Timelines</a><a href="#inputs">Inputs</a></nav>)";
  for (const std::string& section :
       {verdict_section(data), confidence_html(data), root_causes_section(data),
        shrunk_section(data), faults_section(data), ladder_section(data), rollout_section(data),
        monitoring_section(data), strategies_section(data), coverage_section(data),
        timelines_section(data), inputs_footer(data)}) {
    html += in_scroll_boxes(section);
  }
  return html + "</main></body></html>\n";
}

}  // namespace dispatchsim::reports
