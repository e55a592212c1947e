#include "reports/svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>

namespace dispatchsim::reports {

namespace {

std::string title_element(const std::string& tooltip) {
  return tooltip.empty() ? "" : "<title>" + escape_xml(tooltip) + "</title>";
}

// A shape with an optional tooltip: <tag attrs/> or <tag attrs><title>..</title></tag>.
std::string element(std::string_view tag, const std::string& attributes,
                    const std::string& tooltip) {
  if (tooltip.empty()) return fmt::format("<{} {}/>", tag, attributes);
  return fmt::format("<{} {}>{}</{}>", tag, attributes, title_element(tooltip), tag);
}

// A round axis step giving about five ticks up to maximum.
double axis_step(double maximum) {
  const double raw = maximum / 5;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (raw <= factor * magnitude) return factor * magnitude;
  }
  return 10 * magnitude;
}

std::string number(double value) {
  if (std::abs(value - std::round(value)) < 1e-9)
    return fmt::format("{}", static_cast<long long>(std::round(value)));
  return fmt::format("{:.3g}", value);
}

}  // namespace

std::string escape_xml(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

Svg::Svg(double width, double height, std::string css_class)
    : width_(width), height_(height), css_class_(std::move(css_class)) {
  assert(width > 0 && height > 0);
}

Svg& Svg::rect(double x, double y, double width, double height, const std::string& style,
               const std::string& tooltip) {
  body_ += element("rect",
                   fmt::format(R"(x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" style="{}")",
                               x, y, std::max(0.0, width), std::max(0.0, height), style),
                   tooltip);
  return *this;
}

Svg& Svg::line(double x1, double y1, double x2, double y2, const std::string& style) {
  body_ += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" style="{}"/>)", x1,
                       y1, x2, y2, style);
  return *this;
}

Svg& Svg::arrow(double x1, double y1, double x2, double y2, const std::string& color,
                const std::string& tooltip) {
  const double length = std::hypot(x2 - x1, y2 - y1);
  if (length < 1) return *this;
  const double ux = (x2 - x1) / length;
  const double uy = (y2 - y1) / length;
  const double head = std::min(7.0, length / 2);
  const double bx = x2 - ux * head;
  const double by = y2 - uy * head;
  body_ += "<g>" + title_element(tooltip);
  body_ += fmt::format(
      R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" style="stroke:{};stroke-width:1.3"/>)",
      x1, y1, bx, by, color);
  body_ += fmt::format(
      R"(<polygon points="{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" style="fill:{}"/>)", x2, y2,
      bx - uy * head / 2, by + ux * head / 2, bx + uy * head / 2, by - ux * head / 2, color);
  body_ += "</g>";
  return *this;
}

Svg& Svg::circle(double x, double y, double radius, const std::string& style,
                 const std::string& tooltip) {
  body_ +=
      element("circle",
              fmt::format(R"(cx="{:.1f}" cy="{:.1f}" r="{:.1f}" style="{}")", x, y, radius, style),
              tooltip);
  return *this;
}

Svg& Svg::polygon(const std::vector<std::pair<double, double>>& points, const std::string& style,
                  const std::string& tooltip) {
  std::string list;
  for (const auto& [x, y] : points)
    list += fmt::format("{}{:.1f},{:.1f}", list.empty() ? "" : " ", x, y);
  body_ += element("polygon", fmt::format(R"(points="{}" style="{}")", list, style), tooltip);
  return *this;
}

Svg& Svg::text(double x, double y, const std::string& content, const std::string& style,
               const std::string& anchor, const std::string& css_class) {
  body_ +=
      fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="{}"{}{}>{}</text>)", x, y, anchor,
                  css_class.empty() ? "" : fmt::format(R"( class="{}")", css_class),
                  style.empty() ? "" : fmt::format(R"( style="{}")", style), escape_xml(content));
  return *this;
}

std::string Svg::str() const {
  return fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{:.0f}" height="{:.0f}" viewBox="0 0 {:.0f} {:.0f}"{} role="img">{}</svg>)",
      width_, height_, width_, height_,
      css_class_.empty() ? "" : fmt::format(R"( class="{}")", css_class_), body_);
}

std::string bar_chart_svg(const BarChart& chart) {
  constexpr double label_width = 230, plot_width = 460, right_margin = 90, bar_height = 13, gap = 8;
  const double group_height = static_cast<double>(chart.series.size()) * bar_height + gap;
  const double top = 48, legend_height = 22;
  const double height =
      top + static_cast<double>(chart.categories.size()) * group_height + 28 + legend_height;
  double maximum = chart.maximum.value_or(0);
  for (const BarSeries& series : chart.series) {
    for (const auto& value : series.values) maximum = std::max(maximum, value.value_or(0));
  }
  if (chart.target) maximum = std::max(maximum, *chart.target);
  if (maximum <= 0) maximum = 1;
  const double step = axis_step(maximum);
  maximum = std::ceil(maximum / step - 1e-9) * step;
  const auto x_of = [&](double value) { return label_width + plot_width * value / maximum; };

  Svg svg(label_width + plot_width + right_margin, height, "chart");
  svg.text(4, 15, chart.title, "font-weight:600;font-size:13px");
  const double axis_y = top + static_cast<double>(chart.categories.size()) * group_height;
  for (double tick = 0; tick <= maximum + 1e-9; tick += step) {
    svg.line(x_of(tick), top - 4, x_of(tick), axis_y, "stroke:#e3e6ea;stroke-width:1");
    svg.text(x_of(tick), axis_y + 14, number(tick) + chart.unit, "font-size:10px;fill:#555",
             "middle");
  }
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    const double y0 = top + static_cast<double>(c) * group_height;
    svg.text(label_width - 8, y0 + group_height / 2 + 1, chart.categories[c], "font-size:11px",
             "end");
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const BarSeries& series = chart.series[s];
      const double y = y0 + static_cast<double>(s) * bar_height;
      const bool known = c < series.values.size() && series.values[c].has_value();
      const double value = known ? series.values[c].value_or(0) : 0;
      const std::string label = c < series.labels.size() && !series.labels[c].empty()
                                    ? series.labels[c]
                                    : (known ? number(value) + chart.unit : "—");
      const double width = known ? x_of(value) - label_width : 0;
      svg.rect(label_width, y, width, bar_height - 2, "fill:" + series.color,
               fmt::format("{} / {}: {}", chart.categories[c], series.name, label));
      svg.text(label_width + width + 4, y + bar_height - 4, label, "font-size:10px;fill:#333");
    }
  }
  svg.line(label_width, top - 4, label_width, axis_y, "stroke:#888;stroke-width:1");
  if (chart.target) {
    svg.line(x_of(*chart.target), top - 8, x_of(*chart.target), axis_y,
             "stroke:#c0392b;stroke-width:1.5;stroke-dasharray:5,3");
    svg.text(x_of(*chart.target) + 4, top - 12, chart.target_label, "font-size:10px;fill:#c0392b",
             "start");
  }
  double legend_x = label_width;
  const double legend_y = height - 8;
  for (const BarSeries& series : chart.series) {
    svg.rect(legend_x, legend_y - 9, 10, 10, "fill:" + series.color);
    svg.text(legend_x + 14, legend_y, series.name, "font-size:11px");
    legend_x += 24 + 7 * static_cast<double>(series.name.size());
  }
  return svg.str();
}

}  // namespace dispatchsim::reports
