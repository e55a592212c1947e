#include "reports/broker_plot.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "reports/svg.hpp"

namespace dispatchsim::reports {

namespace {

struct Gauge {
  const char* name;
  const char* color;
  std::function<std::int64_t(const model::BrokerSample&)> value;
};

}  // namespace

std::string broker_plot_svg(const std::vector<model::BrokerSample>& samples,
                            std::optional<sim::Micros> first_violation,
                            std::optional<sim::Micros> paged_at) {
  if (samples.size() < 2) return "";
  constexpr double width = 640, height = 200, left = 44, right = 130, top = 14, bottom = 30;
  const std::vector<Gauge> gauges = {
      {"visible", "#1f77b4", [](const auto& s) { return s.visible; }},
      {"not visible (in flight)", "#ff7f0e", [](const auto& s) { return s.not_visible; }},
      {"DLQ depth", "#d62728", [](const auto& s) { return s.dlq_depth; }}};
  const double end = static_cast<double>(std::max<sim::Micros>(samples.back().time, 1));
  std::int64_t highest = 1;
  for (const auto& sample : samples) {
    for (const Gauge& gauge : gauges) highest = std::max(highest, gauge.value(sample));
  }
  const double plot_width = width - left - right, plot_height = height - top - bottom;
  auto x_of = [&](sim::Micros time) { return left + plot_width * static_cast<double>(time) / end; };
  auto y_of = [&](std::int64_t value) {
    return top + plot_height * (1.0 - static_cast<double>(value) / static_cast<double>(highest));
  };
  Svg svg(width, height, "broker-plot");
  svg.line(left, top + plot_height, left + plot_width, top + plot_height, "stroke:#888");
  svg.line(left, top, left, top + plot_height, "stroke:#888");
  svg.text(left - 4, top + 4, std::to_string(highest), "font-size:10px", "end");
  svg.text(left - 4, top + plot_height, "0", "font-size:10px", "end");
  svg.text(left, height - 8, "0 s", "font-size:10px");
  svg.text(left + plot_width, height - 8, fmt::format("{:.1f} s virtual time", end / 1e6),
           "font-size:10px", "end");
  auto marker = [&](std::optional<sim::Micros> time, const std::string& style,
                    const std::string& label) {
    if (!time || *time > samples.back().time) return;
    const double x = x_of(*time);
    svg.line(x, top, x, top + plot_height, style);
    // Labels in the right half go left of their line, clear of the legend beside the plot.
    const bool right_half = x > left + plot_width / 2;
    svg.text(right_half ? x - 3 : x + 3, top + 10, label, "font-size:10px",
             right_half ? "end" : "start");
  };
  marker(first_violation, "stroke:#d62728;stroke-width:1.5", "first violation");
  marker(paged_at, "stroke:#2ca02c;stroke-width:1.5;stroke-dasharray:4 3", "paged");
  for (std::size_t index = 0; index < gauges.size(); ++index) {
    const Gauge& gauge = gauges[index];
    const std::string style = fmt::format("stroke:{};stroke-width:1.5", gauge.color);
    for (std::size_t i = 1; i < samples.size(); ++i) {
      // A step line: a gauge holds its value until the next sample.
      const double x0 = x_of(samples[i - 1].time), x1 = x_of(samples[i].time);
      const double y0 = y_of(gauge.value(samples[i - 1])), y1 = y_of(gauge.value(samples[i]));
      svg.line(x0, y0, x1, y0, style);
      if (y1 != y0) svg.line(x1, y0, x1, y1, style);
    }
    const double legend_y = top + 12 + 16 * static_cast<double>(index);
    svg.line(width - right + 8, legend_y - 4, width - right + 24, legend_y - 4, style);
    svg.text(width - right + 28, legend_y, gauge.name, "font-size:10px");
  }
  return svg.str();
}

}  // namespace dispatchsim::reports
