// add_timelines (report_data.hpp): the minimal failing runs (shrunk when they were), re-run with
// their traces and drawn.

#include <fmt/format.h>

#include <set>

#include "explore/request_timeline.hpp"
#include "explore/run_spec.hpp"
#include "explore/failure_likelihood.hpp"
#include "reports/broker_plot.hpp"
#include "reports/likelihood_plot.hpp"
#include "reports/report_data.hpp"
#include "reports/swimlane.hpp"

namespace dispatchsim::reports {

namespace {

// What on-call saw of the run: when the alerts paged relative to the first violation, and the
// broker's gauges with both instants marked.
void add_on_call_view(Timeline& timeline, const scenarios::RunResult& result) {
  timeline.alerts =
      model::summarize_detection(result.violations, result.detections, result.alert_evaluations);
  for (const auto& evaluation : result.alert_evaluations) {
    timeline.log_pattern_fired |= evaluation.alert == model::log_pattern_alert && evaluation.fired;
  }
  std::optional<sim::Micros> first_violation, first_page;
  for (const model::Detection& detection : result.detections) {
    if (!first_violation || detection.violated_at < *first_violation)
      first_violation = detection.violated_at;
    if (!detection.paged_at) {
      ++timeline.never_paged;
    } else if (!first_page || *detection.paged_at < *first_page) {
      first_page = detection.paged_at;
      timeline.paged_by = detection.paged_by;
    }
  }
  if (first_violation && first_page) timeline.detection_latency_us = *first_page - *first_violation;
  timeline.broker_svg = broker_plot_svg(result.broker_samples, first_violation, first_page);
}

// A report's point-of-no-return plot: fewer samples than `explain --likelihood` (32), enough to
// see the jump; 6 points refined up to 10, of 8 reseeded runs each (at most 80 runs a plot).
explore::LikelihoodSettings report_likelihood_settings() {
  explore::LikelihoodSettings settings;
  settings.initial_points = 6;
  settings.samples = 8;
  settings.max_points = 10;
  return settings;
}

void add_likelihood(Timeline& timeline, const scenarios::Scenario& scenario,
                    const scenarios::RunOptions& options) {
  const explore::LikelihoodSettings settings = report_likelihood_settings();
  try {
    scenarios::RunOptions quiet = options;
    quiet.keep_trace = false;
    const explore::LikelihoodReport report =
        explore::failure_likelihood(scenario, quiet, timeline.properties.front(), settings);
    timeline.likelihood_svg = likelihood_plot_svg(report);
    timeline.likelihood = likelihood_summary(report, settings.samples);
  } catch (const std::exception& error) {
    timeline.likelihood = fmt::format("no likelihood plot: {}", error.what());
  }
}

// Re-runs one stored run with its trace and draws the violating request's lanes.
// scenario_file: where to load the scenario from, when not from run.scenario_argument (a shrunk
// case is still in the report's staging directory while the report is written).
Timeline draw_timeline(const RunReference& run, std::vector<std::string> properties,
                       bool with_likelihood, const std::string& scenario_file = "") {
  Timeline timeline;
  timeline.run = run;
  timeline.properties = std::move(properties);
  try {
    const scenarios::Scenario scenario = scenarios::load_scenario(
        scenario_file.empty() ? scenarios::resolve_scenario(run.scenario_argument) : scenario_file);
    scenarios::RunOptions options = spec_of(run).run_options();
    options.keep_trace = true;
    const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
    timeline.reproduced = result.trace_hash == run.trace_hash;
    if (!timeline.reproduced) {
      timeline.note = fmt::format(
          "this build does not reproduce the stored run (trace hash {:016x}, stored "
          "{:016x}): the model or scenario changed since the sweep; the picture "
          "shows this build's run",
          result.trace_hash, run.trace_hash);
    }
    std::optional<model::RequestId> request;
    if (run.request != 0) request = run.request;
    const auto timelines = explore::build_timelines(result, request);
    const Swimlane swimlane = draw_swimlane(result, timelines.front());
    timeline.svg = swimlane.svg;
    timeline.events = swimlane.events;
    add_on_call_view(timeline, result);
    if (with_likelihood) add_likelihood(timeline, scenario, options);
  } catch (const std::exception& error) {
    timeline.note = fmt::format("no timeline: {}", error.what());
  }
  return timeline;
}

}  // namespace

void add_timelines(ReportData& data, std::size_t max_timelines, std::size_t max_likelihood_plots) {
  std::map<std::pair<std::string, std::int64_t>, std::size_t> drawn;  // (file, row) -> timeline
  for (const VerdictCell& cell : data.verdict) {
    if (!cell.minimal) continue;
    const auto key = std::make_pair(cell.minimal->results_file, cell.minimal->row);
    const auto found = drawn.find(key);
    if (found != drawn.end()) {
      data.timelines[found->second].properties.push_back(cell.property);
      continue;
    }
    if (data.timelines.size() >= max_timelines) continue;
    drawn[key] = data.timelines.size();
    // The shrunk case when there is one: the same failure, in a picture a person can read.
    const ShrunkCase* shrunk = data.shrunk_case(cell.variant, cell.property);
    const bool use_shrunk = shrunk != nullptr && shrunk->shrunk;
    const bool with_likelihood = data.timelines.size() < max_likelihood_plots;
    data.timelines.push_back(draw_timeline(use_shrunk ? shrunk->run : *cell.minimal,
                                           {cell.property}, with_likelihood,
                                           use_shrunk ? shrunk->written_file : ""));
  }
}

}  // namespace dispatchsim::reports
