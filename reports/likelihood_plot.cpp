#include "reports/likelihood_plot.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "reports/svg.hpp"

namespace dispatchsim::reports {

namespace {

std::string short_event(const std::string& event) {
  return event.size() > 60 ? event.substr(0, 57) + "..." : event;
}

}  // namespace

std::string likelihood_plot_svg(const explore::LikelihoodReport& report) {
  const auto& points = report.points;
  if (points.size() < 2) return "";
  constexpr double width = 640, height = 180, left = 44, right = 16, top = 24, bottom = 30;
  // Along the run's events, not its virtual time: a run's events crowd into its first second
  // while its heal window idles for minutes, and the jump is among the crowded ones.
  const double first = static_cast<double>(points.front().event_index);
  const double last = std::max(static_cast<double>(points.back().event_index), first + 1);
  const double plot_width = width - left - right, plot_height = height - top - bottom;
  auto x_of = [&](const explore::LikelihoodPoint& point) {
    return left + plot_width * (static_cast<double>(point.event_index) - first) / (last - first);
  };
  auto y_of = [&](double share) { return top + plot_height * (1.0 - share); };
  Svg svg(width, height, "likelihood-plot");
  svg.line(left, top + plot_height, left + plot_width, top + plot_height, "stroke:#888");
  svg.line(left, top, left, top + plot_height, "stroke:#888");
  svg.text(left - 4, top + 4, "100%", "font-size:10px", "end");
  svg.text(left - 4, top + plot_height, "0%", "font-size:10px", "end");
  svg.line(left, y_of(report.no_return), left + plot_width, y_of(report.no_return),
           "stroke:#999;stroke-dasharray:4 3");
  svg.text(left, height - 8,
           fmt::format("event {} ({:.3f} s)", points.front().event_index,
                       static_cast<double>(points.front().time_us) / 1e6),
           "font-size:10px");
  svg.text(left + plot_width, height - 8,
           fmt::format("event {} ({:.3f} s virtual time)", points.back().event_index,
                       static_cast<double>(points.back().time_us) / 1e6),
           "font-size:10px", "end");
  const auto no_return = report.point_of_no_return();
  if (no_return) {
    const double x = x_of(points[*no_return]);
    svg.line(x, top, x, top + plot_height, "stroke:#d62728;stroke-width:1.5");
    const bool right_half = x > left + plot_width / 2;
    svg.text(right_half ? x - 3 : x + 3, top - 8,
             fmt::format("point of no return: event {} ({:.6f} s)", points[*no_return].event_index,
                         static_cast<double>(points[*no_return].time_us) / 1e6),
             "font-size:10px", right_half ? "end" : "start");
  }
  const std::string style = "stroke:#1f77b4;stroke-width:1.5";
  for (std::size_t i = 1; i < points.size(); ++i) {
    // A step line: the share holds from one cut point to the next.
    const double x0 = x_of(points[i - 1]), x1 = x_of(points[i]);
    const double y0 = y_of(points[i - 1].share()), y1 = y_of(points[i].share());
    svg.line(x0, y0, x1, y0, style);
    if (y1 != y0) svg.line(x1, y0, x1, y1, style);
  }
  for (const auto& point : points) {
    svg.circle(x_of(point), y_of(point.share()), 3, "fill:#1f77b4",
               fmt::format("{:.0f}% of {} reseeded runs fail after event {} (t={:.6f} s): {}",
                           point.share() * 100, point.runs, point.event_index,
                           static_cast<double>(point.time_us) / 1e6, short_event(point.event)));
  }
  return svg.str();
}

std::string likelihood_summary(const explore::LikelihoodReport& report, int samples) {
  const auto no_return = report.point_of_no_return();
  if (!no_return) {
    return fmt::format(
        "no point of no return: even the last point fails in fewer than {:.0f}% of {} reseeded "
        "runs",
        report.no_return * 100, samples);
  }
  const auto& after = report.points[*no_return];
  if (*no_return == 0) {
    return fmt::format("certain from the first point: {:.0f}% of {} reseeded runs fail",
                       after.share() * 100, samples);
  }
  const auto& before = report.points[*no_return - 1];
  return fmt::format(
      "point of no return between event {} ({:.0f}% fail, t={:.6f} s: {}) and event {} ({:.0f}%, "
      "t={:.6f} s: {}), {} reseeded runs per point",
      before.event_index, before.share() * 100, static_cast<double>(before.time_us) / 1e6,
      short_event(before.event), after.event_index, after.share() * 100,
      static_cast<double>(after.time_us) / 1e6, short_event(after.event), samples);
}

}  // namespace dispatchsim::reports
