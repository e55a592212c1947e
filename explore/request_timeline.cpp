#include "explore/request_timeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <map>
#include <regex>
#include <set>

#include "explore/causal_chain.hpp"
#include "explore/input_error.hpp"
#include "faults/fault_catalogue.hpp"
#include "model/base/dispatch_event.hpp"
#include "sim/stable_hash.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::explore {

namespace {

using model::HistoryEvent;
using model::HistoryKind;
using model::RequestId;

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The table a statement is about: the one after INSERT INTO, UPDATE, DELETE FROM or FROM.
std::string main_table(const std::string& sql) {
  static const std::regex pattern(R"((?:insert\s+into|update|delete\s+from|from)\s+([a-z_]+))");
  std::smatch match;
  return std::regex_search(sql, match, pattern) ? match[1].str() : "";
}

// Splits "a, 'b, c', d" on the commas outside quotes and parentheses.
std::vector<std::string> split_top_level(const std::string& text) {
  std::vector<std::string> items(1);
  int depth = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '\'') quoted = !quoted;
    if (!quoted && c == '(') ++depth;
    if (!quoted && c == ')') --depth;
    if (!quoted && depth == 0 && c == ',') {
      items.emplace_back();
      continue;
    }
    items.back() += c;
  }
  for (auto& item : items) {
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
  }
  return items;
}

// The text from start up to the parenthesis that closes the one just before start (quotes and
// nested parentheses skipped): "7, 3, sim_now(), 'k'" of "VALUES (7, 3, sim_now(), 'k') ON ...".
std::string values_list(const std::string& sql, std::size_t start) {
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = start; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) return sql.substr(start, i - start);
  }
  return sql.substr(start);
}

// An INSERT's (column, value) pairs, parameters in place; empty for other statements. The VALUES
// list ends at its own closing parenthesis: an ON CONFLICT ... clause may follow.
std::vector<std::pair<std::string, std::string>> inserted_values(const std::string& sql) {
  static const std::regex insert(R"(insert\s+into\s+[a-z_]+\s*\(([^)]*)\)\s*values\s*\()");
  std::smatch match;
  if (!std::regex_search(sql, match, insert)) return {};
  const auto columns = split_top_level(match[1].str());
  const auto values = split_top_level(
      values_list(sql, static_cast<std::size_t>(match.position(0) + match.length(0))));
  std::vector<std::pair<std::string, std::string>> pairs;
  for (std::size_t i = 0; i < columns.size() && i < values.size(); ++i)
    pairs.emplace_back(columns[i], values[i]);
  return pairs;
}

void add_numbers(const std::string& list, std::set<RequestId>& requests) {
  for (const std::string& item : split_top_level(list)) {
    if (!item.empty() && std::all_of(item.begin(), item.end(), ::isdigit))
      requests.insert(std::stoll(item));
  }
}

// The requests a statement (with its parameters in place) names: request_id = N or IN (...),
// ride_requests.id = N, or the request_id / id column of an INSERT.
std::set<RequestId> requests_in_statement(const std::string& text) {
  const std::string sql = lowercase(text);
  const std::string table = main_table(sql);
  const std::string id_column = table == "ride_requests" ? "id" : "request_id";
  std::set<RequestId> requests;
  static const std::regex request_column(R"((?:^|[^a-z0-9_])(?:[a-z_]+\.)?request_id\s*=\s*(\d+))");
  static const std::regex request_list(
      R"((?:^|[^a-z0-9_])(?:[a-z_]+\.)?request_id\s+in\s*\(([0-9, ]+)\))");
  static const std::regex id_equals(R"((?:^|[^a-z0-9_.])id\s*=\s*(\d+))");
  static const std::regex id_list(R"((?:^|[^a-z0-9_.])id\s+in\s*\(([0-9, ]+)\))");
  const auto collect = [&](const std::regex& pattern, bool list) {
    for (auto it = std::sregex_iterator(sql.begin(), sql.end(), pattern);
         it != std::sregex_iterator(); ++it) {
      if (list) {
        add_numbers((*it)[1].str(), requests);
      } else {
        requests.insert(std::stoll((*it)[1].str()));
      }
    }
  };
  collect(request_column, false);
  collect(request_list, true);
  if (table == "ride_requests") {
    collect(id_equals, false);
    collect(id_list, true);
  }
  for (const auto& [column, value] : inserted_values(sql)) {
    if (column == id_column) add_numbers(value, requests);
  }
  return requests;
}

// The driver a statement (with its parameters in place) names: driver_id = N, declined_by = N or
// the driver_id column of an INSERT; 0 when it names none.
model::DriverId driver_in_statement(const std::string& sql) {
  static const std::regex driver_column(R"((?:^|[^a-z0-9_])(?:driver_id|declined_by)\s*=\s*(\d+))");
  std::smatch match;
  if (std::regex_search(sql, match, driver_column)) return std::stoll(match[1].str());
  for (const auto& [column, value] : inserted_values(sql)) {
    if (column == "driver_id" && !value.empty() &&
        std::all_of(value.begin(), value.end(), ::isdigit)) {
      return std::stoll(value);
    }
  }
  return 0;
}

// Where a broker event carries its message id (field index), by kind.
std::optional<std::size_t> message_field(std::string_view kind) {
  static const std::map<std::string_view, std::size_t> fields = {{"broker.send", 0},
                                                                 {"broker.deliver", 0},
                                                                 {"broker.dead_letter", 0},
                                                                 {"broker.expire", 0},
                                                                 {"broker.duplicate_delivery", 0},
                                                                 {"broker.delete", 1},
                                                                 {"broker.change_visibility", 1}};
  const auto found = fields.find(kind);
  if (found == fields.end()) return std::nullopt;
  return found->second;
}

std::string status_name(model::RequestStatus status) {
  return std::string(model::to_sql(status));
}

std::string describe_history(const HistoryEvent& e) {
  switch (e.kind) {
    case HistoryKind::request_created:
      return fmt::format("request created (version {})", e.version());
    case HistoryKind::status_committed:
      return fmt::format("status {} -> {} committed{}", status_name(e.old_status()),
                         status_name(e.new_status()),
                         e.driver != 0 ? fmt::format(" (driver {})", e.driver) : "");
    case HistoryKind::dispatch_logged:
      return fmt::format("dispatch_log row {} committed for driver {}", e.dispatch_log_id(),
                         e.driver);
    case HistoryKind::queue_row_added:
      return fmt::format("dispatch_queue row for driver {} committed (sequence {})", e.driver,
                         e.queue_sequence());
    case HistoryKind::location_committed:
      return fmt::format("pickup sequence {} committed", e.location_sequence());
    case HistoryKind::dispatch_intended:
      return fmt::format("the matcher offers it to driver {} (sequence {})", e.driver,
                         e.queue_sequence());
    case HistoryKind::decline_submitted:
      return fmt::format("driver {}'s app asks to decline", e.driver);
    case HistoryKind::decline_answered:
      return fmt::format("the decline API answers driver {}: {}", e.driver,
                         e.decline_succeeded() ? "declined" : "error");
    case HistoryKind::push_sent:
      return fmt::format("push to driver {} sent (delivery {})", e.driver, e.delivery_id());
    case HistoryKind::shown:
      return fmt::format("driver {}'s app SHOWS it (delivery {})", e.driver, e.delivery_id());
    case HistoryKind::location_issued:
      return fmt::format("the rider moves the pickup (sequence {})", e.location_sequence());
    case HistoryKind::location_read:
      return fmt::format("a reader sees pickup sequence {}", e.location_sequence());
    case HistoryKind::message_dead_lettered:
      return "its message went to the dead-letter queue";
    case HistoryKind::log_error_redispatch:
      return "the worker logs \"ERROR: Dispatch sent for DECLINED request\"";
    case HistoryKind::fault_fired:
      return "fault fired: " + std::string(faults::fault_catalogue().at(e.fault_index()).id);
    case HistoryKind::process_crashed:
      return "the process crashed (memory lost, transaction rolled back)";
    case HistoryKind::queue_row_published:
      return fmt::format("dispatch_queue row {} for driver {} published", e.details().first,
                         e.driver);
  }
  return std::string(model::to_string(e.kind));
}

// Everything known about one run's trace, indexed once for all requests.
class TraceIndex {
 public:
  explicit TraceIndex(const scenarios::RunResult& result) : result_(result) {
    std::size_t next_history = 0;
    history_at_.assign(result.trace.size(), nullptr);
    for (std::size_t i = 0; i < result.trace.size(); ++i) {
      const sim::TraceEvent& event = result.trace[i];
      // Every history record is also a trace event "history", in the same order.
      if (event.kind == "history" && next_history < result.history.size()) {
        const HistoryEvent& history = result.history[next_history++];
        // The trace names the kind by its stable id (model/infra/history.cpp).
        assert(event.fields[0] ==
               static_cast<std::int64_t>(sim::stable_hash(model::to_string(history.kind))));
        history_at_[i] = &history;
        trace_index_of_history_[history.sequence] = i;
      }
      if (event.kind == "broker.send") {
        const auto colon = event.text.find(": ");
        const auto decoded = model::decode_dispatch_event(
            colon == std::string::npos ? event.text : event.text.substr(colon + 2));
        if (decoded) {
          request_of_message_[event.fields[0]] = decoded->request_id;
          driver_of_message_[event.fields[0]] = decoded->driver_id;
          offers_[decoded->request_id].emplace(decoded->driver_id, decoded->sequence);
        }
      }
    }
    for (const HistoryEvent& e : result.history) drivers_ = std::max(drivers_, e.driver);
  }

  // The request an event touches (0: none or not known), and why in words.
  std::set<RequestId> requests_of(std::size_t index) const {
    const sim::TraceEvent& event = result_.trace[index];
    if (const HistoryEvent* history = history_at_[index]) {
      if (history->request != 0) return {history->request};
      return {};
    }
    if (event.kind.starts_with("db.")) return requests_in_statement(event.text);
    if (event.kind == "push.deliver") return {event.fields[0]};
    if (const auto field = message_field(event.kind)) {
      const auto found = request_of_message_.find(event.fields[*field]);
      if (found != request_of_message_.end()) return {found->second};
    }
    return {};
  }

  bool touches_key(std::size_t index, RequestId request) const {
    const sim::TraceEvent& event = result_.trace[index];
    if (!event.kind.starts_with("cache.") && !event.kind.starts_with("lock.")) return false;
    return key_name(event.fields[0], request).has_value();
  }

  // The name of a cache key or lock the request owns, by its hash.
  std::optional<std::string> key_name(std::int64_t hash, RequestId request) const {
    std::vector<std::string> names = {fmt::format("request:{}", request),
                                      fmt::format("pickup:{}", request),
                                      fmt::format("lock:request:{}", request)};
    for (std::int64_t driver = 1; driver <= drivers_; ++driver) {
      names.push_back(fmt::format("dispatch:{}:{}", request, driver));
    }
    // The plan's idempotency key names the event's sequence too.
    if (const auto offers = offers_.find(request); offers != offers_.end()) {
      for (const auto& [driver, sequence] : offers->second) {
        names.push_back(fmt::format("dispatch:{}:{}:{}", request, driver, sequence));
      }
    }
    for (const auto& name : names) {
      if (static_cast<std::int64_t>(sim::stable_hash(name)) == hash) return name;
    }
    return std::nullopt;
  }

  model::DriverId driver_of_message(std::int64_t message) const {
    const auto found = driver_of_message_.find(message);
    return found == driver_of_message_.end() ? 0 : found->second;
  }

  const HistoryEvent* history_at(std::size_t index) const { return history_at_[index]; }
  std::optional<std::size_t> trace_index_of_history(std::uint64_t sequence) const {
    const auto found = trace_index_of_history_.find(sequence);
    if (found == trace_index_of_history_.end()) return std::nullopt;
    return found->second;
  }

 private:
  const scenarios::RunResult& result_;
  std::vector<const HistoryEvent*> history_at_;
  std::map<std::uint64_t, std::size_t> trace_index_of_history_;
  std::map<std::int64_t, RequestId> request_of_message_;
  std::map<std::int64_t, model::DriverId> driver_of_message_;
  std::map<RequestId, std::set<std::pair<model::DriverId, std::int64_t>>>
      offers_;  // (driver, sequence)
  std::int64_t drivers_ = 0;
};

std::string process_name(const scenarios::RunResult& result, std::uint32_t process) {
  return process < result.process_names.size() ? result.process_names[process]
                                               : std::to_string(process);
}

std::string describe_trace_event(const TraceIndex& index, const sim::TraceEvent& event,
                                 RequestId request, std::size_t position) {
  if (const HistoryEvent* history = index.history_at(position)) return describe_history(*history);
  if (event.kind.starts_with("cache.") || event.kind.starts_with("lock.")) {
    const std::string key = index.key_name(event.fields[0], request).value_or("?");
    if (!event.text.empty()) return event.text;
    if (event.kind == "cache.get" || event.kind == "cache.replica_get" ||
        event.kind == "cache.exists") {
      return key + (event.fields[1] != 0 ? " -> hit" : " -> miss");
    }
    return fmt::format("{} ({}, {})", key, event.fields[1], event.fields[2]);
  }
  if (event.kind == "push.deliver") {
    return fmt::format("push reaches driver {}'s app (delivery {})", event.fields[1],
                       event.fields[2]);
  }
  if (event.kind == "fault.fired") {  // the trace names the fault by its stable id's hash
    for (const faults::FaultInfo& info : faults::fault_catalogue()) {
      if (static_cast<std::int64_t>(sim::stable_hash(info.id)) == event.fields[0])
        return std::string(info.id);
    }
    return "an unknown fault";
  }
  std::string detail = event.text;
  if (event.kind == "db.select") {
    detail += fmt::format("  -- {} row(s)", event.fields[2]);
  } else if (event.kind.starts_with("db.") && event.fields[1] > 0) {
    detail += fmt::format("  -- {} row(s) changed", event.fields[1]);
  }
  if (event.kind.starts_with("broker.") && detail.empty()) {
    detail = fmt::format("message {}", event.fields[*message_field(event.kind)]);
  }
  return detail;
}

// The driver, message, push delivery and table an event is about (see TimelineEntry).
void add_facts(const TraceIndex& index, const sim::TraceEvent& event, std::size_t position,
               RequestId request, TimelineEntry& entry) {
  if (const HistoryEvent* history = index.history_at(position)) {
    entry.driver = history->driver;
    if (history->kind == HistoryKind::push_sent || history->kind == HistoryKind::shown)
      entry.delivery = history->delivery_id();
    return;
  }
  if (event.kind == "push.deliver") {
    entry.driver = event.fields[1];
    entry.delivery = event.fields[2];
  } else if (const auto field = message_field(event.kind)) {
    entry.message = event.fields[*field];
    entry.driver = index.driver_of_message(entry.message);
  } else if (event.kind.starts_with("db.")) {
    const std::string sql = lowercase(event.text);
    entry.table = main_table(sql);
    entry.driver = driver_in_statement(sql);
    entry.writes_table =
        event.kind == "db.insert" || event.kind == "db.update" || event.kind == "db.delete";
  } else if (event.kind.starts_with("cache.") || event.kind.starts_with("lock.")) {
    // dispatch:{request}:{driver}[:{sequence}] names its driver.
    static const std::regex driver_key(R"(^dispatch:\d+:(\d+))");
    std::smatch match;
    const std::string key = index.key_name(event.fields[0], request).value_or("");
    if (std::regex_search(key, match, driver_key)) entry.driver = std::stoll(match[1].str());
  }
}

bool is_process_event(const sim::TraceEvent& event, const HistoryEvent* history) {
  if (event.kind == "fault.fired" || event.kind == "flag.flip") return true;
  return history != nullptr && history->kind == HistoryKind::process_crashed;
}

// The BEGIN and the COMMIT or ROLLBACK around each statement in events: whether a check and the
// write after it share a transaction is often the whole story (the plan's Fix 2).
void add_transaction_boundaries(const scenarios::RunResult& result,
                                std::vector<std::size_t>& events) {
  const auto is_end = [](const sim::TraceEvent& e) {
    return e.kind == "db.commit" || e.kind == "db.rollback";
  };
  const std::size_t count = events.size();
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t at = events[k];
    const sim::TraceEvent& statement = result.trace[at];
    if (!statement.kind.starts_with("db.") || statement.kind == "db.begin" || is_end(statement))
      continue;
    std::optional<std::size_t> begin;
    for (std::size_t i = at; i-- > 0;) {
      const sim::TraceEvent& e = result.trace[i];
      if (e.process != statement.process || !e.kind.starts_with("db.")) continue;
      if (e.kind == "db.begin") begin = i;
      if (e.kind == "db.begin" || is_end(e)) break;
    }
    if (!begin) continue;  // autocommit
    events.push_back(*begin);
    for (std::size_t i = at + 1; i < result.trace.size(); ++i) {
      const sim::TraceEvent& e = result.trace[i];
      if (e.process != statement.process || !(is_end(e) || e.kind == "db.begin")) continue;
      if (is_end(e)) events.push_back(i);
      break;
    }
  }
}

RequestTimeline build_one(const scenarios::RunResult& result, const TraceIndex& index,
                          RequestId request) {
  RequestTimeline timeline;
  timeline.request = request;
  for (std::size_t i = 0; i < result.violations.size(); ++i) {
    if (result.violations[i].request != request) continue;
    timeline.violations.push_back(result.violations[i]);
    timeline.root_causes.push_back(
        i < result.root_causes.size() ? result.root_causes[i] : scenarios::RootCause::unexplained);
  }
  std::set<std::uint32_t> processes;
  std::vector<std::size_t> touching;
  for (std::size_t i = 0; i < result.trace.size(); ++i) {
    if (index.requests_of(i).count(request) > 0 || index.touches_key(i, request)) {
      touching.push_back(i);
      processes.insert(result.trace[i].process);
    }
  }
  if (touching.empty()) return timeline;
  const sim::Micros first = result.trace[touching.front()].time;
  const sim::Micros last = result.trace[touching.back()].time;
  // Faults and crashes in the involved processes while the request was live belong to its story.
  for (std::size_t i = 0; i < result.trace.size(); ++i) {
    const sim::TraceEvent& event = result.trace[i];
    if (event.time < first || event.time > last || !is_process_event(event, index.history_at(i)))
      continue;
    if (event.process == 0 || processes.count(event.process) > 0) touching.push_back(i);
  }
  add_transaction_boundaries(result, touching);
  std::sort(touching.begin(), touching.end());
  touching.erase(std::unique(touching.begin(), touching.end()), touching.end());
  std::map<std::size_t, std::vector<std::string>> marks;
  for (const auto& violation : timeline.violations) {
    for (std::uint64_t sequence : violation.events) {
      const auto position = index.trace_index_of_history(sequence);
      if (!position) continue;
      auto& properties = marks[*position];
      if (std::find(properties.begin(), properties.end(), violation.property) == properties.end()) {
        properties.push_back(violation.property);
      }
    }
  }
  for (std::size_t i : touching) {
    const sim::TraceEvent& event = result.trace[i];
    const HistoryEvent* history = index.history_at(i);
    std::string kind =
        history != nullptr ? std::string(model::to_string(history->kind)) : std::string(event.kind);
    if (is_process_event(event, history)) kind = "FAULT " + kind;
    TimelineEntry entry;
    entry.trace_index = i;
    entry.time = event.time;
    entry.process = process_name(result, event.process);
    entry.kind = kind;
    entry.detail = describe_trace_event(index, event, request, i);
    entry.violated = marks[i];
    add_facts(index, event, i, request, entry);
    timeline.entries.push_back(std::move(entry));
  }
  return timeline;
}

// Why entry's process acted only now, given that it was idle since the timeline's previous event.
std::string wait_reason(const scenarios::RunResult& result, const RequestTimeline& timeline,
                        std::size_t at) {
  const TimelineEntry& entry = timeline.entries[at];
  const std::string& process = entry.process;
  const std::string& kind = entry.kind;
  if (kind == "push.deliver" || kind == "shown")
    return "the push in transit to the driver's app (push latency)";
  if (kind == "decline-submitted")
    return fmt::format("driver {} deciding (the driver's think time)", entry.driver);
  if (kind == "broker.deliver" || kind == "broker.duplicate_delivery") {
    for (std::size_t i = entry.trace_index; i-- > 0;) {
      const sim::TraceEvent& earlier = result.trace[i];
      if (earlier.kind == "broker.deliver" && earlier.fields[0] == entry.message) {
        return fmt::format(
            "message {} invisible until its visibility timeout expired (this is a redelivery)",
            entry.message);
      }
    }
    return fmt::format("{} long-polling the queue; message {} waiting to be received", process,
                       entry.message);
  }
  if (kind == "dispatch-intended") {
    for (std::size_t i = 0; i < at; ++i) {
      const TimelineEntry& earlier = timeline.entries[i];
      if (earlier.kind == "dispatch-intended" && earlier.driver == entry.driver) {
        return "the matcher waiting out the offer timeout before re-offering";
      }
    }
    return "the matcher reaching this request";
  }
  for (std::size_t i = at; i-- > 0;) {
    const TimelineEntry& earlier = timeline.entries[i];
    if (earlier.process != process || earlier.is_log) continue;
    if (earlier.kind == "cache.set" && earlier.detail.starts_with("SET lock:") &&
        earlier.detail.ends_with("-> nil")) {
      return fmt::format("{} waiting to retry a Redis lock another process holds ({})", process,
                         earlier.detail.substr(4, earlier.detail.find(' ', 4) - 4));
    }
    break;
  }
  if (process == "relay") return "the relay polling dispatch_queue (its poll interval)";
  if (kind.starts_with("FAULT")) return "the fault schedule";
  if (kind.starts_with("db.")) {
    return fmt::format(
        "{} waiting for the database (statement latency, or a lock another connection held)",
        process);
  }
  if (process.starts_with("driver-app-"))
    return "the driver's app idle (the driver's think time, or a call in flight)";
  if (process.starts_with("api-")) return fmt::format("{} waiting for a call from an app", process);
  return fmt::format("{} idle", process);
}

// Labels every pause of at least timeline_gap before an event: what its process was doing.
void label_gaps(const scenarios::RunResult& result, RequestTimeline& timeline) {
  for (std::size_t at = 1; at < timeline.entries.size(); ++at) {
    TimelineEntry& entry = timeline.entries[at];
    const sim::Micros previous = timeline.entries[at - 1].time;
    if (entry.is_log || entry.time - previous < timeline_gap) continue;
    // The process's own last event before this one: inside the pause, it was busy elsewhere.
    const std::uint32_t process = result.trace[entry.trace_index].process;
    for (std::size_t i = entry.trace_index; i-- > 0;) {
      const sim::TraceEvent& earlier = result.trace[i];
      if (earlier.time < previous) break;
      if (earlier.process == process && earlier.time > previous && earlier.time < entry.time) {
        entry.waited =
            fmt::format("{} busy with other work (its last event before this: {} at {:.6f} s)",
                        entry.process, earlier.kind, static_cast<double>(earlier.time) / 1e6);
        break;
      }
    }
    if (entry.waited.empty()) entry.waited = wait_reason(result, timeline, at);
  }
}

// Log lines about the request, each placed after the last trace event of its instant.
void add_log_lines(const scenarios::RunResult& result, RequestTimeline& timeline) {
  for (const model::LogLine& line : result.log) {
    if (line.request != timeline.request) continue;
    const auto after =
        std::upper_bound(result.trace.begin(), result.trace.end(), line.time,
                         [](sim::Micros time, const sim::TraceEvent& e) { return time < e.time; });
    const std::size_t position = after == result.trace.begin()
                                     ? 0
                                     : static_cast<std::size_t>(after - result.trace.begin()) - 1;
    TimelineEntry entry;
    entry.trace_index = position;
    entry.time = line.time;
    entry.process = process_name(result, line.process);
    entry.kind = "log " + std::string(model::to_string(line.level));
    entry.detail = fmt::format("{}: {}", line.event_type, line.message);
    entry.is_log = true;
    timeline.entries.push_back(std::move(entry));
  }
  std::stable_sort(
      timeline.entries.begin(), timeline.entries.end(),
      [](const TimelineEntry& a, const TimelineEntry& b) { return a.trace_index < b.trace_index; });
}

}  // namespace

std::vector<RequestTimeline> build_timelines(const scenarios::RunResult& result,
                                             std::optional<model::RequestId> request, bool causal) {
  if (result.trace.empty()) throw InputError("explain needs a run made with keep_trace");
  std::vector<RequestId> requests;
  if (request) {
    if (*request < 1 || *request > result.metrics.requests) {
      throw InputError(
          fmt::format("--request: this run has requests 1 to {}; {} is not one of them",
                      result.metrics.requests, *request));
    }
    requests.push_back(*request);
  } else {
    std::set<RequestId> involved;
    for (const auto& violation : result.violations) {
      if (violation.request != 0) involved.insert(violation.request);
    }
    if (involved.empty()) {
      throw InputError(fmt::format(
          "this run violated {}; name the request to explain with --request ID (1 to {})",
          result.violations.empty() ? "nothing" : "properties of no single request",
          result.metrics.requests));
    }
    requests.assign(involved.begin(), involved.end());
  }
  const TraceIndex index(result);
  std::vector<RequestTimeline> timelines;
  for (RequestId id : requests) {
    timelines.push_back(build_one(result, index, id));
    RequestTimeline& timeline = timelines.back();
    add_log_lines(result, timeline);
    if (causal) {
      const std::vector<bool> kept = leads_to_violation(timeline);
      std::vector<TimelineEntry> chain;
      for (std::size_t i = 0; i < kept.size(); ++i) {
        if (kept[i]) chain.push_back(std::move(timeline.entries[i]));
      }
      timeline.entries = std::move(chain);
    }
    label_gaps(result, timeline);
  }
  return timelines;
}

std::string timelines_text(const scenarios::RunResult& result,
                           const std::vector<RequestTimeline>& timelines) {
  std::string text;
  for (const RequestTimeline& timeline : timelines) {
    text += fmt::format("request {} of {} / {} / seed {}: {} events{}\n", timeline.request,
                        result.scenario, result.variant, result.seed, timeline.entries.size(),
                        timeline.violations.empty()
                            ? ", no violation"
                            : fmt::format(", {} violation(s)", timeline.violations.size()));
    text += fmt::format("  {:>12}  {:<16} {:<26} {}\n", "time (s)", "process", "event", "detail");
    sim::Micros previous_time = timeline.entries.empty() ? 0 : timeline.entries.front().time;
    for (const TimelineEntry& entry : timeline.entries) {
      if (!entry.waited.empty()) {
        text += fmt::format("  {:>12}  ... {:.3f} s: {}\n", "",
                            static_cast<double>(entry.time - previous_time) / 1e6, entry.waited);
      }
      previous_time = entry.time;
      std::string marks;
      for (const auto& property : entry.violated) marks += "  <== VIOLATION " + property;
      text += fmt::format("{} {:>12.6f}  {:<16} {:<26} {}{}\n", entry.violated.empty() ? ' ' : '*',
                          static_cast<double>(entry.time) / 1e6, entry.process, entry.kind,
                          entry.detail, marks);
    }
    for (std::size_t i = 0; i < timeline.violations.size(); ++i) {
      const model::Violation& violation = timeline.violations[i];
      text +=
          fmt::format("  VIOLATION {}: {}\n    root cause: {}\n", violation.property,
                      violation.description, scenarios::root_cause_text(timeline.root_causes[i]));
    }
    text += "\n";
  }
  return text;
}

nlohmann::ordered_json timelines_json(const scenarios::RunResult& result,
                                      const std::vector<RequestTimeline>& timelines) {
  using json = nlohmann::ordered_json;
  json requests = json::array();
  for (const RequestTimeline& timeline : timelines) {
    json violations = json::array();
    for (std::size_t i = 0; i < timeline.violations.size(); ++i) {
      const model::Violation& v = timeline.violations[i];
      violations.push_back(
          {{"property", v.property},
           {"driver", v.driver},
           {"time_us", v.time},
           {"description", v.description},
           {"root_cause", scenarios::root_cause_info(timeline.root_causes[i]).id},
           {"root_cause_text", scenarios::root_cause_text(timeline.root_causes[i])}});
    }
    json events = json::array();
    for (const TimelineEntry& e : timeline.entries) {
      json event{{"trace_index", e.trace_index}, {"time_us", e.time},
                 {"process", e.process},         {"kind", e.kind},
                 {"detail", e.detail},           {"violated", e.violated}};
      if (!e.waited.empty()) event["waited"] = e.waited;
      events.push_back(std::move(event));
    }
    requests.push_back(
        {{"request", timeline.request}, {"violations", violations}, {"events", events}});
  }
  return {{"scenario", result.scenario},
          {"variant", result.variant},
          {"seed", result.seed},
          {"strategy", result.strategy},
          {"trace_hash", fmt::format("{:016x}", result.trace_hash)},
          {"requests", requests}};
}

}  // namespace dispatchsim::explore
