#include "explore/causal_chain.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <set>

namespace dispatchsim::explore {

namespace {

bool same_driver(const TimelineEntry& a, const TimelineEntry& b) {
  return a.driver == 0 || b.driver == 0 || a.driver == b.driver;
}

// The entries entries[at] directly depends on (indices of earlier entries).
std::vector<std::size_t> causes_of(const std::vector<TimelineEntry>& entries, std::size_t at) {
  const TimelineEntry& entry = entries[at];
  std::vector<std::size_t> causes;
  // The kernel records events on behalf of no one process (push deliveries, replication).
  bool program_order_found = entry.process == "kernel";
  // An INSERT reads no earlier row; a SELECT, UPDATE or DELETE reads what the last write left.
  bool table_write_found = entry.table.empty() || entry.kind == "db.insert";
  // A decline commits because that driver's app asked for it.
  bool request_found = !(entry.kind == "status-committed" && entry.driver != 0);
  for (std::size_t i = at; i-- > 0;) {
    const TimelineEntry& earlier = entries[i];
    if (earlier.is_log) continue;
    if (!program_order_found && earlier.process == entry.process && same_driver(earlier, entry)) {
      causes.push_back(i);
      program_order_found = true;
    }
    if (!request_found && earlier.kind == "decline-submitted" && earlier.driver == entry.driver) {
      causes.push_back(i);
      request_found = true;
    }
    if (entry.message != 0 && earlier.message == entry.message && earlier.kind == "broker.send")
      causes.push_back(i);
    if (entry.delivery != 0 && earlier.delivery == entry.delivery &&
        earlier.driver == entry.driver) {
      causes.push_back(i);
    }
    if (!table_write_found && earlier.writes_table && earlier.table == entry.table &&
        earlier.process != entry.process) {
      causes.push_back(i);
      table_write_found = true;
    }
  }
  return causes;
}

// A worker handles one message at a time: its events that name no driver (the lock, the status
// check) belong to the driver of the message it is handling.
std::vector<TimelineEntry> with_workers_drivers(std::vector<TimelineEntry> entries) {
  std::map<std::string, model::DriverId> handling;  // worker -> the driver of its current message
  for (TimelineEntry& entry : entries) {
    if (!entry.process.starts_with("worker-") || entry.is_log) continue;
    if (entry.kind == "broker.deliver" || entry.driver != 0) {
      handling[entry.process] = entry.driver;
    } else {
      entry.driver = handling[entry.process];
    }
  }
  return entries;
}

}  // namespace

std::vector<bool> leads_to_violation(const RequestTimeline& timeline) {
  const std::vector<TimelineEntry> entries = with_workers_drivers(timeline.entries);
  std::vector<bool> kept(entries.size(), false);
  std::vector<std::size_t> work;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].violated.empty()) work.push_back(i);
  }
  if (work.empty()) return std::vector<bool>(entries.size(), true);
  while (!work.empty()) {
    const std::size_t at = work.back();
    work.pop_back();
    if (kept[at]) continue;
    kept[at] = true;
    for (const std::size_t cause : causes_of(entries, at)) {
      if (!kept[cause]) work.push_back(cause);
    }
  }
  // A log line belongs to the chain when its process has a kept event at the same instant.
  std::set<std::pair<std::string, sim::Micros>> kept_instants;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (kept[i]) kept_instants.emplace(entries[i].process, entries[i].time);
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].is_log && kept_instants.count({entries[i].process, entries[i].time}) > 0)
      kept[i] = true;
  }
  return kept;
}

std::string timeline_participants(const RequestTimeline& timeline) {
  std::set<std::string> processes;
  std::set<std::int64_t> messages;
  std::set<std::string> tables;
  for (const TimelineEntry& entry : timeline.entries) {
    processes.insert(entry.process);
    if (entry.message != 0) messages.insert(entry.message);
    if (!entry.table.empty()) tables.insert(entry.table);
  }
  std::string text = fmt::format("processes: {}", fmt::join(processes, ", "));
  if (!messages.empty()) text += fmt::format("; broker messages: {}", fmt::join(messages, ", "));
  if (!tables.empty()) text += fmt::format("; tables: {}", fmt::join(tables, ", "));
  return text;
}

}  // namespace dispatchsim::explore
