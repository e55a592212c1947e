#pragma once
// A small SVG writer for the HTML report's inline pictures (no plotting library): a canvas of
// shapes and text, and one grouped horizontal bar chart that the report's three plots share.
// Output is plain SVG text, escaped, with <title> tooltips; no script, no external reference.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dispatchsim::reports {

// Escapes & < > " ' for XML and HTML text and attribute values.
std::string escape_xml(std::string_view text);

class Svg {
 public:
  Svg(double width, double height, std::string css_class = "");
  Svg& rect(double x, double y, double width, double height, const std::string& style,
            const std::string& tooltip = "");
  Svg& line(double x1, double y1, double x2, double y2, const std::string& style);
  // An arrow from (x1, y1) to (x2, y2), its head drawn as a small triangle.
  Svg& arrow(double x1, double y1, double x2, double y2, const std::string& color,
             const std::string& tooltip = "");
  Svg& circle(double x, double y, double radius, const std::string& style,
              const std::string& tooltip = "");
  Svg& polygon(const std::vector<std::pair<double, double>>& points, const std::string& style,
               const std::string& tooltip = "");
  // anchor: start | middle | end. text is escaped here. css_class: for tests and style sheets.
  Svg& text(double x, double y, const std::string& text, const std::string& style = "",
            const std::string& anchor = "start", const std::string& css_class = "");
  std::string str() const;

 private:
  double width_;
  double height_;
  std::string css_class_;
  std::string body_;
};

struct BarSeries {
  std::string name;
  std::string color;
  std::vector<std::optional<double>> values;  // one per category; nullopt: no data (drawn as "—")
  std::vector<std::string> labels;            // optional text after each bar; default: the value
};

struct BarChart {
  std::string title;
  std::vector<std::string> categories;  // one row each
  std::vector<BarSeries> series;        // one bar per category each, in a legend
  std::optional<double> maximum;        // the axis end; default: the largest value
  std::optional<double> target;         // a dashed vertical line (an SLO target)
  std::string target_label;
  std::string unit;  // after axis numbers: " %", ""
};

// Grouped horizontal bars: one row per category, one bar per series, an axis, a legend.
std::string bar_chart_svg(const BarChart& chart);

}  // namespace dispatchsim::reports
