#include "explore/failure_likelihood.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>

#include "explore/input_error.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::explore {

namespace {

struct FailingRun {
  std::vector<std::uint64_t> tape;
  std::vector<sim::TraceEvent> events;
  std::vector<std::string> process_names;
};

FailingRun trace_failing_run(const scenarios::Scenario& scenario, scenarios::RunOptions options,
                             std::string& property) {
  FailingRun run;
  options.keep_trace = true;
  options.record_tape = &run.tape;
  const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  if (property.empty() && result.violated()) property = result.violations.front().property;
  if (property.empty() || result.violated_properties().count(property) == 0) {
    throw InputError(
        fmt::format("explain --likelihood: {} / {} / seed {} does not violate {}; choose a "
                    "failing run",
                    result.scenario, result.variant, result.seed,
                    property.empty() ? "any property" : property));
  }
  run.events = result.trace;
  run.process_names = result.process_names;
  return run;
}

class Sampler {
 public:
  Sampler(const scenarios::Scenario& scenario, const scenarios::RunOptions& options,
          const FailingRun& run, const std::string& property, int samples)
      : scenario_(scenario), options_(options), run_(run), property_(property), samples_(samples) {}

  LikelihoodPoint at_event(std::uint64_t index) {
    const sim::TraceEvent& event = run_.events.at(index);
    LikelihoodPoint point;
    point.event_index = index;
    point.time_us = event.time;
    point.prefix_choices = event.draws;
    const std::string& process =
        event.process < run_.process_names.size() ? run_.process_names[event.process] : "?";
    point.event =
        fmt::format("{}: {}{}{}", process, event.kind, event.text.empty() ? "" : " ", event.text);
    const auto cached = shares_.find(event.draws);
    if (cached == shares_.end()) {
      shares_[event.draws] = sample(event.draws);
    }
    point.runs = shares_[event.draws].first;
    point.failing = shares_[event.draws].second;
    return point;
  }

 private:
  // The prefix of `choices` choices, then `samples` fresh seeds for the rest.
  std::pair<int, int> sample(std::uint64_t choices) {
    const std::vector<std::uint64_t> prefix(
        run_.tape.begin(), run_.tape.begin() + static_cast<std::ptrdiff_t>(std::min<std::uint64_t>(
                                                   choices, run_.tape.size())));
    int failing = 0;
    for (int i = 0; i < samples_; ++i) {
      scenarios::RunOptions options = options_;
      options.tape = &prefix;
      options.reseed_after_tape = true;
      std::uint64_t state = choices * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(i);
      options.seed = sim::splitmix64(state);
      options.keep_trace = false;
      options.alert_interval = 0;
      options.broker_sample_interval = 0;
      options.judge_monitoring = false;
      if (scenarios::run_scenario(scenario_, options).violated_properties().count(property_) == 1)
        ++failing;
    }
    return {samples_, failing};
  }

  const scenarios::Scenario& scenario_;
  const scenarios::RunOptions& options_;
  const FailingRun& run_;
  const std::string& property_;
  int samples_;
  std::map<std::uint64_t, std::pair<int, int>> shares_;  // by prefix length
};

// Neighbours whose shares differ by more than `above` are split at the event whose prefix
// length lies nearest the middle of theirs (the widest difference first). When no event lies
// between their prefix lengths, the jump is pinned to one choice: the points move to the last
// event before it and the first event after it. Returns false when nothing was left to split.
bool refine_once(std::vector<LikelihoodPoint>& points, Sampler& sampler, const FailingRun& run,
                 const LikelihoodSettings& settings) {
  std::vector<std::pair<double, std::size_t>> candidates;
  for (std::size_t i = 1; i < points.size(); ++i) {
    const double difference = std::abs(points[i].share() - points[i - 1].share());
    const bool crosses =
        (points[i].share() >= settings.no_return) != (points[i - 1].share() >= settings.no_return);
    if (difference > settings.refine_above || crosses) candidates.emplace_back(-difference, i);
  }
  std::sort(candidates.begin(), candidates.end());
  for (const auto& [unused, i] : candidates) {
    const LikelihoodPoint low = points[i - 1];
    const LikelihoodPoint high = points[i];
    const std::uint64_t middle = (low.prefix_choices + high.prefix_choices) / 2;
    std::optional<std::uint64_t> split;
    const auto distance = [&](std::uint64_t index) {
      const std::uint64_t draws = run.events[index].draws;
      return draws > middle ? draws - middle : middle - draws;
    };
    for (std::uint64_t index = low.event_index + 1; index < high.event_index; ++index) {
      const std::uint64_t draws = run.events[index].draws;
      if (draws <= low.prefix_choices || draws >= high.prefix_choices) continue;
      if (!split || distance(index) < distance(*split)) split = index;
    }
    if (split) {
      points.insert(points.begin() + static_cast<std::ptrdiff_t>(i), sampler.at_event(*split));
      return true;
    }
    std::uint64_t first_high = high.event_index;
    while (first_high > low.event_index + 1 &&
           run.events[first_high - 1].draws == high.prefix_choices)
      --first_high;
    std::uint64_t last_low = low.event_index;
    while (last_low + 1 < first_high && run.events[last_low + 1].draws == low.prefix_choices)
      ++last_low;
    points[i] = sampler.at_event(first_high);
    points[i - 1] = sampler.at_event(last_low);
  }
  return false;
}

}  // namespace

std::optional<std::size_t> LikelihoodReport::point_of_no_return() const {
  std::optional<std::size_t> first;
  for (std::size_t i = points.size(); i-- > 0;) {
    if (points[i].share() < no_return) break;
    first = i;
  }
  return first;
}

LikelihoodReport failure_likelihood(const scenarios::Scenario& scenario,
                                    const scenarios::RunOptions& options,
                                    const std::string& property,
                                    const LikelihoodSettings& settings) {
  assert(settings.initial_points >= 2 && settings.samples >= 1);
  LikelihoodReport report;
  report.property = property;
  report.no_return = settings.no_return;
  const FailingRun run = trace_failing_run(scenario, options, report.property);
  report.tape_choices = run.tape.size();
  report.events = run.events.size();
  if (run.events.empty()) return report;
  Sampler sampler(scenario, options, run, report.property, settings.samples);
  const std::uint64_t last = run.events.size() - 1;
  for (int i = 0; i < settings.initial_points; ++i) {
    const std::uint64_t index = last * static_cast<std::uint64_t>(i) /
                                static_cast<std::uint64_t>(settings.initial_points - 1);
    if (!report.points.empty() && report.points.back().event_index == index) continue;
    report.points.push_back(sampler.at_event(index));
  }
  while (static_cast<int>(report.points.size()) < settings.max_points &&
         refine_once(report.points, sampler, run, settings)) {
  }
  return report;
}

std::string likelihood_text(const LikelihoodReport& report) {
  std::string text = fmt::format(
      "likelihood of {}: the run's tape replayed up to an event, every later choice reseeded; the "
      "share of\n"
      "reseeded runs that still violate it ({} choices, {} events in the run)\n\n",
      report.property, report.tape_choices, report.events);
  text += fmt::format("{:>12} {:>7} {:>6}  {:<20}  {}\n", "virtual s", "event", "share", "",
                      "last event replayed");
  const auto rise = report.point_of_no_return();
  for (std::size_t i = 0; i < report.points.size(); ++i) {
    const LikelihoodPoint& point = report.points[i];
    const auto filled = static_cast<std::size_t>(std::lround(point.share() * 20));
    std::string event = point.event.size() > 110 ? point.event.substr(0, 107) + "..." : point.event;
    text += fmt::format("{:>12.6f} {:>7} {:>5.0f}%  {:<20}  {}{}\n",
                        static_cast<double>(point.time_us) / 1e6, point.event_index,
                        point.share() * 100, std::string(filled, '#'), event,
                        rise && *rise == i ? "   <- point of no return" : "");
  }
  if (rise && *rise > 0) {
    const LikelihoodPoint& before = report.points[*rise - 1];
    const LikelihoodPoint& after = report.points[*rise];
    text += fmt::format(
        "\npoint of no return (from here on at least {:.0f}% of reseeded runs fail): between\n"
        "  event {} (t={:.6f}s, {:.0f}%): {}\n  event {} (t={:.6f}s, {:.0f}%): {}\n",
        report.no_return * 100, before.event_index, static_cast<double>(before.time_us) / 1e6,
        before.share() * 100, before.event, after.event_index,
        static_cast<double>(after.time_us) / 1e6, after.share() * 100, after.event);
  } else if (!rise) {
    text += fmt::format(
        "\nno point of no return: even the last point fails in fewer than {:.0f}% of reseeded "
        "runs\n",
        report.no_return * 100);
  }
  return text;
}

}  // namespace dispatchsim::explore
