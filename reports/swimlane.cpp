#include "reports/swimlane.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "reports/svg.hpp"

namespace dispatchsim::reports {

namespace {

using explore::TimelineEntry;
using model::HistoryEvent;
using model::HistoryKind;

constexpr double step_width = 20;
constexpr double lane_height = 32;
constexpr double time_axis_height = 20;  // virtual times, on top
constexpr double label_row_height = 13;  // event labels stand in rows under it, never overlapping
constexpr std::size_t label_max_chars =
    24;  // longer labels are cut (the tooltip has the full text)

// Text width estimates (sans-serif, generous so that real glyphs stay inside them).
double text_width(const std::string& text, double px_per_char) {
  std::size_t code_points = 0;
  for (unsigned char c : text) code_points += (c & 0xC0) != 0x80 ? 1 : 0;
  return px_per_char * static_cast<double>(code_points);
}

std::string shortened(const std::string& text) {
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++code_points > label_max_chars) return text.substr(0, i) + "…";
  }
  return text;
}

// What an entry looks like: a short label, a colour and a shape.
struct Mark {
  std::string label;
  std::string color;
  char shape = 'o';  // o circle, s square, d diamond, t triangle (fault), r ring (hollow circle)
};

// Short SQL verb of a statement: "SELECT", "UPDATE ride_requests", ...
std::string statement_label(const std::string& detail) {
  const std::size_t space = detail.find(' ');
  std::string verb = detail.substr(0, space);
  if (verb == "INSERT" || verb == "DELETE") {
    const std::size_t table = detail.find(' ', detail.find(' ', space + 1) + 1);
    const std::size_t from = detail.find(' ', space + 1) + 1;
    return verb + " " + detail.substr(from, table - from);
  }
  if (verb == "UPDATE") {
    const std::size_t table_end = detail.find(' ', space + 1);
    return verb + " " + detail.substr(space + 1, table_end - space - 1);
  }
  return verb;
}

Mark mark_of(const TimelineEntry& entry, const HistoryEvent* history) {
  const std::string& kind = entry.kind;
  if (kind.starts_with("FAULT")) {
    const bool crash = history != nullptr && history->kind == HistoryKind::process_crashed;
    return {crash ? "CRASH" : "fault: " + entry.detail, "#d62728", 't'};
  }
  if (history != nullptr) {
    switch (history->kind) {
      case HistoryKind::request_created:
        return {"created", "#7f7f7f", 'o'};
      case HistoryKind::status_committed:
        return {"→" + std::string(model::to_sql(history->new_status())), "#e67e22", 'o'};
      case HistoryKind::dispatch_logged:
        return {"dispatch_log", "#1f77b4", 'o'};
      case HistoryKind::queue_row_added:
        return {fmt::format("offer d{}", history->driver), "#17becf", 'o'};
      case HistoryKind::dispatch_intended:
        return {fmt::format("intend d{}", history->driver), "#17becf", 'r'};
      case HistoryKind::decline_submitted:
        return {"decline?", "#e67e22", 'r'};
      case HistoryKind::decline_answered:
        return {history->decline_succeeded() ? "declined" : "error", "#e67e22", 'r'};
      case HistoryKind::push_sent:
        return {fmt::format("push d{}", history->driver), "#2ca02c", 'r'};
      case HistoryKind::shown:
        return {"SHOWN", "#2ca02c", 'o'};
      case HistoryKind::location_committed:
        return {fmt::format("pickup #{}", history->location_sequence()), "#9467bd", 'o'};
      case HistoryKind::location_issued:
        return {fmt::format("move #{}", history->location_sequence()), "#9467bd", 'r'};
      case HistoryKind::location_read:
        return {fmt::format("read #{}", history->location_sequence()), "#9467bd", 'r'};
      case HistoryKind::message_dead_lettered:
        return {"DLQ", "#d62728", 's'};
      case HistoryKind::log_error_redispatch:
        return {"ERROR log", "#d62728", 'r'};
      case HistoryKind::queue_row_published:
        return {fmt::format("publish d{}", history->driver), "#17becf", 's'};
      case HistoryKind::fault_fired:
      case HistoryKind::process_crashed:
        return {"fault", "#d62728", 't'};
    }
  }
  if (kind.starts_with("broker.")) return {kind.substr(7), "#8e44ad", 's'};
  if (kind.starts_with("lock.")) return {kind.substr(5), "#b8860b", 'd'};
  if (kind.starts_with("db."))
    return {statement_label(entry.detail), "#5d6d7e", kind == "db.select" ? 'r' : 'o'};
  if (kind.starts_with("log "))
    return {kind.substr(4), kind == "log error" ? "#d62728" : "#b9770e", 'r'};
  return {kind, "#7f7f7f", 'r'};
}

// Cache traffic, replication and info logs make the picture unreadable and tell little.
bool worth_drawing(const TimelineEntry& entry) {
  if (entry.process == "kernel" && entry.violated.empty()) return false;
  if (entry.kind.starts_with("cache.") || entry.kind == "log info") return false;
  return true;
}

// The lanes, grouped by role in the order a request travels through them.
std::vector<std::string> lane_order(const std::vector<const TimelineEntry*>& entries) {
  static const std::vector<std::string> prefixes = {"rider",  "matcher", "relay",
                                                    "worker", "api",     "driver-app"};
  std::vector<std::string> lanes;
  for (const TimelineEntry* entry : entries) {
    if (std::find(lanes.begin(), lanes.end(), entry->process) == lanes.end())
      lanes.push_back(entry->process);
  }
  const auto rank = [&](const std::string& lane) {
    for (std::size_t i = 0; i < prefixes.size(); ++i) {
      if (lane.starts_with(prefixes[i])) return i;
    }
    return prefixes.size();
  };
  std::stable_sort(lanes.begin(), lanes.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  return lanes;
}

// At most max entries: all when they fit, else a window around the first violation.
std::vector<const TimelineEntry*> select_entries(const explore::RequestTimeline& timeline,
                                                 std::size_t max, std::size_t& omitted) {
  std::vector<const TimelineEntry*> drawable;
  for (const TimelineEntry& entry : timeline.entries) {
    if (worth_drawing(entry)) drawable.push_back(&entry);
  }
  omitted = timeline.entries.size() - drawable.size();
  if (drawable.size() <= max) return drawable;
  std::size_t violation = 0;
  while (violation < drawable.size() && drawable[violation]->violated.empty()) ++violation;
  if (violation == drawable.size()) violation = 0;
  const std::size_t before = max * 2 / 3;
  const std::size_t first =
      std::min(violation > before ? violation - before : 0, drawable.size() - max);
  omitted += drawable.size() - max;
  return std::vector<const TimelineEntry*>(
      drawable.begin() + static_cast<std::ptrdiff_t>(first),
      drawable.begin() + static_cast<std::ptrdiff_t>(first + max));
}

// Where each event's label goes: horizontal, in the first row above the lanes where it does not
// touch the label before it (greedy interval packing), so labels never overlap and the picture
// is as tall as the densest stretch needs.
struct LabelLayout {
  std::vector<std::size_t> row;  // per entry
  std::size_t rows = 0;
  double right = 0;  // the rightmost label's end
};

class SwimlaneDrawer {
 public:
  SwimlaneDrawer(const scenarios::RunResult& result, std::vector<const TimelineEntry*> entries)
      : result_(result),
        entries_(std::move(entries)),
        lanes_(lane_order(entries_)),
        lane_label_width_(lane_label_width(lanes_)),
        history_at_(history_index(result)),
        labels_(layout_labels()),
        top_margin_(time_axis_height + label_row_height * static_cast<double>(labels_.rows) + 10),
        svg_(std::max(x_of(entries_.size()) + 20, labels_.right + 10),
             top_margin_ + lane_height * static_cast<double>(lanes_.size()) + 12, "swimlane") {}

  std::string draw() {
    draw_lanes();
    draw_time_axis();
    draw_arrows();
    for (std::size_t i = 0; i < entries_.size(); ++i) draw_entry(i);
    return svg_.str();
  }

  std::size_t lanes() const { return lanes_.size(); }

 private:
  static double lane_label_width(const std::vector<std::string>& lanes) {
    double widest = 60;
    for (const std::string& lane : lanes) widest = std::max(widest, text_width(lane, 7.8));
    return widest + 20;
  }
  static std::vector<const HistoryEvent*> history_index(const scenarios::RunResult& result) {
    std::vector<const HistoryEvent*> at(result.trace.size(), nullptr);
    std::size_t next = 0;
    for (std::size_t i = 0; i < result.trace.size() && next < result.history.size(); ++i) {
      if (result.trace[i].kind == "history") at[i] = &result.history[next++];
    }
    return at;
  }
  std::string label_of(std::size_t position) const {
    const TimelineEntry& entry = *entries_[position];
    const std::string label = shortened(mark_of(entry, history(entry)).label);
    return entry.violated.empty() ? label : "✗ " + label;
  }
  double label_width(std::size_t position) const {
    return text_width(label_of(position), entries_[position]->violated.empty() ? 6.4 : 7.2) + 4;
  }
  LabelLayout layout_labels() const {
    LabelLayout layout;
    std::vector<double> row_end;  // where the last label of each row ends
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const double left = x_of(i) - 3;
      std::size_t row = 0;
      while (row < row_end.size() && row_end[row] + 4 > left) ++row;
      if (row == row_end.size()) row_end.push_back(0);
      row_end[row] = left + label_width(i);
      layout.row.push_back(row);
      layout.right = std::max(layout.right, row_end[row]);
    }
    layout.rows = std::max<std::size_t>(row_end.size(), 1);
    return layout;
  }
  double x_of(std::size_t position) const {
    return lane_label_width_ + step_width * (static_cast<double>(position) + 0.5);
  }
  double y_of(const std::string& lane) const {
    const auto found = std::find(lanes_.begin(), lanes_.end(), lane);
    return top_margin_ + lane_height * (static_cast<double>(found - lanes_.begin()) + 0.5);
  }
  const HistoryEvent* history(const TimelineEntry& entry) const {
    if (entry.kind.starts_with("log ") || entry.trace_index >= history_at_.size()) return nullptr;
    return history_at_[entry.trace_index];
  }
  std::optional<std::int64_t> trace_field(const TimelineEntry& entry, std::size_t field) const {
    if (entry.kind.starts_with("log ") || entry.trace_index >= result_.trace.size())
      return std::nullopt;
    return result_.trace[entry.trace_index].fields[field];
  }

  void draw_lanes() {
    const double right = lane_label_width_ + step_width * static_cast<double>(entries_.size()) + 10;
    for (std::size_t i = 0; i < lanes_.size(); ++i) {
      const double y = y_of(lanes_[i]);
      if (i % 2 == 0) svg_.rect(0, y - lane_height / 2, right, lane_height, "fill:#f6f8fa");
      svg_.line(lane_label_width_ - 4, y, right, y, "stroke:#d0d7de;stroke-width:1");
      svg_.text(lane_label_width_ - 10, y + 4, lanes_[i],
                "font-size:12px;font-weight:600;fill:#24292f", "end", "lane-label");
    }
  }

  void draw_time_axis() {
    std::string previous;
    for (std::size_t i = 0; i < entries_.size(); i += 6) {
      const std::string label =
          fmt::format("{:.3f}s", static_cast<double>(entries_[i]->time) / 1e6);
      if (label == previous) continue;
      previous = label;
      svg_.line(x_of(i), 16, x_of(i),
                top_margin_ + lane_height * static_cast<double>(lanes_.size()),
                "stroke:#eaeef2;stroke-width:1");
      svg_.text(x_of(i), 12, label, "font-size:9px;fill:#57606a", i == 0 ? "start" : "middle");
    }
  }

  void link(std::size_t from, std::size_t to, const std::string& color, const std::string& what) {
    const TimelineEntry& a = *entries_[from];
    const TimelineEntry& b = *entries_[to];
    const double y1 = y_of(a.process);
    const double y2 = y_of(b.process);
    const double shrink = y2 > y1 ? 6 : (y2 < y1 ? -6 : 0);
    svg_.arrow(x_of(from), y1 + shrink, x_of(to), y2 - shrink, color,
               fmt::format("{}: {} → {}", what, a.process, b.process));
  }

  // Messages between processes: broker, push, and the decline API round trip.
  void draw_arrows() {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const TimelineEntry& from = *entries_[i];
      const HistoryEvent* sent = history(from);
      for (std::size_t j = i + 1; j < entries_.size(); ++j) {
        const TimelineEntry& to = *entries_[j];
        const HistoryEvent* received = history(to);
        if (from.kind == "broker.send" && to.kind == "broker.deliver" &&
            trace_field(from, 0) == trace_field(to, 0)) {
          link(i, j, "#8e44ad", fmt::format("message {}", *trace_field(from, 0)));
        }
        if (sent == nullptr || received == nullptr) continue;
        if (sent->kind == HistoryKind::push_sent && received->kind == HistoryKind::shown &&
            sent->delivery_id() == received->delivery_id()) {
          link(i, j, "#2ca02c", fmt::format("push delivery {}", sent->delivery_id()));
        }
        if (sent->kind == HistoryKind::decline_submitted &&
            received->kind == HistoryKind::decline_answered && sent->driver == received->driver) {
          link_decline(i, j, sent->driver);
          break;
        }
      }
    }
  }

  // The decline call goes to the handler whose commit declined it (if drawn) and back.
  void link_decline(std::size_t call, std::size_t answer, model::DriverId driver) {
    for (std::size_t k = call + 1; k < answer; ++k) {
      const HistoryEvent* commit = history(*entries_[k]);
      if (commit != nullptr && commit->kind == HistoryKind::status_committed &&
          commit->driver == driver && commit->new_status() == model::RequestStatus::declined) {
        link(call, k, "#e67e22", fmt::format("decline call of driver {}", driver));
        link(k, answer, "#e67e22", fmt::format("decline answer to driver {}", driver));
        return;
      }
    }
    link(call, answer, "#e67e22", fmt::format("decline call of driver {} (answered)", driver));
  }

  void draw_entry(std::size_t position) {
    const TimelineEntry& entry = *entries_[position];
    const Mark mark = mark_of(entry, history(entry));
    const double x = x_of(position);
    const double y = y_of(entry.process);
    std::string tooltip = fmt::format("t={:.6f}s {} {}: {}", static_cast<double>(entry.time) / 1e6,
                                      entry.process, entry.kind, entry.detail);
    for (const auto& property : entry.violated) tooltip += "\nVIOLATION " + property;
    switch (mark.shape) {
      case 't':
        svg_.polygon({{x, y - 8}, {x - 7, y + 5}, {x + 7, y + 5}}, "fill:" + mark.color, tooltip);
        break;
      case 's':
        svg_.rect(x - 4, y - 4, 8, 8, "fill:" + mark.color, tooltip);
        break;
      case 'd':
        svg_.polygon({{x, y - 5}, {x + 5, y}, {x, y + 5}, {x - 5, y}}, "fill:" + mark.color,
                     tooltip);
        break;
      case 'r':
        svg_.circle(x, y, 4, "fill:#fff;stroke-width:2;stroke:" + mark.color, tooltip);
        break;
      default:
        svg_.circle(x, y, 5, "fill:" + mark.color, tooltip);
    }
    const bool violated = !entry.violated.empty();
    if (violated) svg_.circle(x, y, 9, "fill:none;stroke:#d62728;stroke-width:2.5", tooltip);
    // The label in its row above the lanes (layout_labels), a dotted leader down to the mark.
    const double label_y =
        time_axis_height + label_row_height * static_cast<double>(labels_.row[position] + 1) - 2;
    const std::string style = violated ? "font-size:10px;font-weight:700;fill:#d62728"
                                       : "font-size:10px;fill:" + mark.color;
    svg_.text(x - 3, label_y, label_of(position), style, "start", "event-label");
    svg_.line(x, label_y + 3, x, y - 6, "stroke:#eaeef2;stroke-width:1;stroke-dasharray:2,2");
  }

  const scenarios::RunResult& result_;
  std::vector<const TimelineEntry*> entries_;
  std::vector<std::string> lanes_;
  double lane_label_width_;
  std::vector<const HistoryEvent*> history_at_;
  LabelLayout labels_;
  double top_margin_;
  Svg svg_;
};

}  // namespace

Swimlane draw_swimlane(const scenarios::RunResult& result, const explore::RequestTimeline& timeline,
                       std::size_t max_events) {
  Swimlane swimlane;
  std::vector<const TimelineEntry*> entries =
      select_entries(timeline, max_events, swimlane.omitted);
  swimlane.events = entries.size();
  SwimlaneDrawer drawer(result, std::move(entries));
  swimlane.lanes = drawer.lanes();
  swimlane.svg = drawer.draw();
  return swimlane;
}

}  // namespace dispatchsim::reports
