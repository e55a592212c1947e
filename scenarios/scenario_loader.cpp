// The scenario loader: a table of every accepted field (section, key, type, range, where it
// goes) drives parsing, so an unknown key, a wrong type or an out-of-range value is reported the
// same way everywhere: "<file>:<line>:<column>: [<section>] <key>: <what is wrong>".

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "model/base/plan_fixes.hpp"
#include "model/observe/properties/property.hpp"
#include "scenarios/nearest_name.hpp"
#include "scenarios/scenario.hpp"

namespace dispatchsim::scenarios {

namespace {

using model::DurationRange;

struct Place {
  const std::string& file;
  std::string section;
  std::string key;
  toml::source_position position;
};

[[noreturn]] void fail(const Place& where, const std::string& problem) {
  throw ScenarioError(fmt::format("{}:{}:{}: [{}]{}{}: {}", where.file, where.position.line,
                                  where.position.column, where.section,
                                  where.key.empty() ? "" : " ", where.key, problem));
}

// The text of one line (1-based), trimmed, for messages about a line the parser rejected.
std::string source_line(const std::string& text, std::size_t line) {
  std::istringstream lines(text);
  std::string current;
  for (std::size_t index = 1; std::getline(lines, current); ++index) {
    if (index != line) continue;
    const auto first = current.find_first_not_of(" \t");
    const auto last = current.find_last_not_of(" \t\r");
    return first == std::string::npos ? "" : current.substr(first, last - first + 1);
  }
  return "";
}

std::string type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number with a fraction";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "a date or time";
  }
}

// TOML allows nan and inf; no field of a scenario means either.
double read_number(const toml::node& node, const Place& where) {
  if (auto integer = node.value_exact<std::int64_t>()) return static_cast<double>(*integer);
  const auto real = node.value_exact<double>();
  if (!real) fail(where, "expected a number, got " + type_name(node));
  if (!std::isfinite(*real)) fail(where, fmt::format("{} is not a finite number", *real));
  return *real;
}

std::int64_t read_integer(const toml::node& node, const Place& where, std::int64_t min,
                          std::int64_t max);

// [plan] fixes: whole fixes as numbers 1-5, parts ("4q", "5s", ...) and release options
// ("hotfix") as strings, as --fix takes them (model/base/plan_fixes.hpp).
std::set<int> read_fixes(const toml::node& node, const Place& where) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail(where, "expected an array of fix numbers 1-5, got " + type_name(node));
  std::set<int> fixes;
  for (const toml::node& element : *array) {
    if (const auto* part = element.as_string()) {
      const auto parts = model::fix_item(part->get());
      if (!parts) {
        fail(where, "'" + part->get() +
                        "' is not a fix part (4q, 4c, 5s, 5c) or a release option "
                        "(hotfix, p0, p0-p1, full)");
      }
      fixes.insert(parts->begin(), parts->end());
      continue;
    }
    fixes.insert(static_cast<int>(read_integer(element, where, 1, 5)));
  }
  return model::canonical_fixes(fixes);
}

std::int64_t read_integer(const toml::node& node, const Place& where, std::int64_t min,
                          std::int64_t max) {
  const auto value = node.value_exact<std::int64_t>();
  if (!value) fail(where, "expected an integer, got " + type_name(node));
  if (*value < min || *value > max) {
    fail(where, fmt::format("{} is out of range (expected {} to {})", *value, min, max));
  }
  return *value;
}

// A field is applied to the scenario given its node; it reports its own errors.
using Apply = std::function<void(const toml::node&, const Place&, Scenario&)>;

struct Field {
  std::string section;
  std::string key;
  Apply apply;
};

[[noreturn]] void fail_unknown_property(const Place& where, const toml::node& element) {
  const auto id = element.value_exact<std::string>();
  std::vector<std::string> known;
  for (const auto& info : model::property_catalogue()) known.emplace_back(info.id);
  fail(where,
       fmt::format("unknown property {}{} (known: {})", id ? "'" + *id + "'" : type_name(element),
                   id ? did_you_mean(*id, known) : "", fmt::join(known, " ")));
}

template <typename Accessor>
Field integer_field(std::string section, std::string key, std::int64_t min, std::int64_t max,
                    Accessor target) {
  return {std::move(section), std::move(key),
          [=](const toml::node& node, const Place& where, Scenario& scenario) {
            target(scenario) = static_cast<int>(read_integer(node, where, min, max));
          }};
}

template <typename Accessor>
Field real_field(std::string section, std::string key, double min, double max, Accessor target) {
  return {std::move(section), std::move(key),
          [=](const toml::node& node, const Place& where, Scenario& scenario) {
            const double value = read_number(node, where);
            if (!(value >= min && value <= max)) {
              fail(where, fmt::format("{} is out of range (expected {} to {})", value, min, max));
            }
            target(scenario) = value;
          }};
}

template <typename Accessor>
Field bool_field(std::string section, std::string key, Accessor target) {
  return {std::move(section), std::move(key),
          [=](const toml::node& node, const Place& where, Scenario& scenario) {
            const auto value = node.value_exact<bool>();
            if (!value) fail(where, "expected true or false, got " + type_name(node));
            target(scenario) = *value;
          }};
}

// The longest duration any field accepts (115 days): long enough for every real setting, short
// enough that sums of virtual times never overflow.
constexpr double max_duration_seconds = 1e7;

std::string_view unit_name(sim::Micros unit) {
  return unit == 1 ? "us" : unit == sim::micros_per_millisecond ? "ms" : "s";
}

// value (in unit) as microseconds: refused when above max_duration_seconds, or when a non-zero
// value is below the clock's resolution (it would silently become 0).
sim::Micros to_micros(double value, sim::Micros unit, const Place& where) {
  const double micros = value * static_cast<double>(unit);
  if (std::abs(micros) > max_duration_seconds * static_cast<double>(sim::micros_per_second)) {
    fail(where, fmt::format("{} {} is out of range (at most {} s)", value, unit_name(unit),
                            max_duration_seconds));
  }
  if (value != 0 && std::abs(micros) < 1) {
    fail(where,
         fmt::format("{} {} is below the simulation's resolution of 1 us", value, unit_name(unit)));
  }
  return static_cast<sim::Micros>(micros);  // truncated, as before: trace hashes depend on it
}

sim::Micros unit_of(const std::string& key) {
  if (key.ends_with("_us")) return 1;
  if (key.ends_with("_ms")) return sim::micros_per_millisecond;
  return sim::micros_per_second;  // "_s"
}

// A duration in the key's unit (..._us, ..._ms, ..._s); `positive` rejects zero.
template <typename Accessor>
Field duration_field(std::string section, std::string key, bool positive, Accessor target) {
  const sim::Micros unit = unit_of(key);
  return {std::move(section), std::move(key),
          [=](const toml::node& node, const Place& where, Scenario& scenario) {
            const double value = read_number(node, where);
            if (value < 0 || (positive && value == 0)) {
              fail(where, fmt::format("{} must be {}", value, positive ? "> 0" : ">= 0"));
            }
            target(scenario) = to_micros(value, unit, where);
          }};
}

// [min, max] in the key's unit.
template <typename Accessor>
Field range_field(std::string section, std::string key, Accessor target) {
  const sim::Micros unit = unit_of(key);
  return {
      std::move(section), std::move(key),
      [=](const toml::node& node, const Place& where, Scenario& scenario) {
        const toml::array* array = node.as_array();
        if (array == nullptr || array->size() != 2) {
          fail(where, "expected [min, max], got " + type_name(node));
        }
        const double low = read_number(*array->get(0), where);
        const double high = read_number(*array->get(1), where);
        if (low < 0 || high < low) {
          fail(where, fmt::format("[{}, {}] is not a range (need 0 <= min <= max)", low, high));
        }
        target(scenario) = DurationRange{to_micros(low, unit, where), to_micros(high, unit, where)};
      }};
}

// [workload]: what riders and drivers do.
void add_workload_fields(std::vector<Field>& f) {
  using S = Scenario;
  // [workload]
  f.push_back(integer_field("workload", "requests", 1, 100000,
                            [](S& s) -> int& { return s.world.workload.requests; }));
  f.push_back(integer_field("workload", "drivers", 1, 100000,
                            [](S& s) -> int& { return s.world.workload.drivers; }));
  f.push_back(integer_field("workload", "candidates_per_request", 1, 100,
                            [](S& s) -> int& { return s.world.workload.candidates_per_request; }));
  f.push_back(range_field("workload", "request_arrival_ms",
                          [](S& s) -> DurationRange& { return s.world.workload.request_arrival; }));
  f.push_back(range_field("workload", "driver_think_ms",
                          [](S& s) -> DurationRange& { return s.world.workload.driver_think; }));
  f.push_back(real_field("workload", "decline_probability", 0, 1,
                         [](S& s) -> double& { return s.world.workload.decline_probability; }));
  f.push_back(real_field("workload", "cancel_probability", 0, 1,
                         [](S& s) -> double& { return s.world.workload.cancel_probability; }));
  f.push_back(integer_field("workload", "location_updates_per_request", 0, 1000, [](S& s) -> int& {
    return s.world.workload.location_updates_per_request;
  }));
  f.push_back(range_field("workload", "location_update_interval_ms", [](S& s) -> DurationRange& {
    return s.world.workload.location_update_interval;
  }));
  f.push_back(integer_field("workload", "location_readers", 0, 1000,
                            [](S& s) -> int& { return s.world.workload.location_readers; }));
  f.push_back(range_field("workload", "location_read_interval_ms", [](S& s) -> DurationRange& {
    return s.world.workload.location_read_interval;
  }));
}

// [processes] and [timing]: how many of each process, and how long things take.
void add_process_and_timing_fields(std::vector<Field>& f) {
  using S = Scenario;
  // [processes]
  f.push_back(integer_field("processes", "dispatch_workers", 1, 1000,
                            [](S& s) -> int& { return s.world.processes.dispatch_workers; }));
  f.push_back(integer_field("processes", "api_handlers", 1, 1000,
                            [](S& s) -> int& { return s.world.processes.api_handlers; }));
  f.push_back(duration_field("processes", "restart_after_ms", false,
                             [](S& s) -> sim::Micros& { return s.world.processes.restart_after; }));
  f.push_back(duration_field("processes", "app_restart_after_ms", false, [](S& s) -> sim::Micros& {
    return s.world.processes.app_restart_after;
  }));
  // [timing]
  f.push_back(range_field("timing", "db_statement_latency_us", [](S& s) -> DurationRange& {
    return s.world.timing.db_statement_latency;
  }));
  f.push_back(range_field("timing", "api_latency_ms",
                          [](S& s) -> DurationRange& { return s.world.timing.api_latency; }));
  f.push_back(range_field("timing", "push_latency_ms",
                          [](S& s) -> DurationRange& { return s.world.timing.push_latency; }));
  f.push_back(duration_field("timing", "api_client_timeout_ms", true, [](S& s) -> sim::Micros& {
    return s.world.timing.api_client_timeout;
  }));
  f.push_back(integer_field("timing", "api_client_retries", 0, 100,
                            [](S& s) -> int& { return s.world.timing.api_client_retries; }));
  f.push_back(duration_field("timing", "matcher_poll_interval_ms", true, [](S& s) -> sim::Micros& {
    return s.world.timing.matcher_poll_interval;
  }));
  f.push_back(duration_field("timing", "relay_poll_interval_ms", true, [](S& s) -> sim::Micros& {
    return s.world.timing.relay_poll_interval;
  }));
  f.push_back(duration_field("timing", "offer_timeout_ms", true,
                             [](S& s) -> sim::Micros& { return s.world.timing.offer_timeout; }));
  f.push_back(integer_field("timing", "offer_retries_max", 0, 100,
                            [](S& s) -> int& { return s.world.timing.offer_retries_max; }));
}

// [broker], [cache] and [database]: the infrastructure's settings.
void add_infrastructure_fields(std::vector<Field>& f) {
  using S = Scenario;
  // [broker]
  f.push_back(duration_field("broker", "visibility_timeout_s", true, [](S& s) -> sim::Micros& {
    return s.world.broker.visibility_timeout;
  }));
  f.push_back(duration_field("broker", "retention_period_s", true,
                             [](S& s) -> sim::Micros& { return s.world.broker.retention_period; }));
  f.push_back(duration_field("broker", "receive_wait_time_s", false, [](S& s) -> sim::Micros& {
    return s.world.broker.receive_wait_time;
  }));
  f.push_back(integer_field("broker", "max_receive_count", 1, 1000,
                            [](S& s) -> int& { return s.world.broker.max_receive_count; }));
  f.push_back(integer_field("broker", "batch_size", 1, 10,
                            [](S& s) -> int& { return s.world.broker.batch_size; }));
  f.push_back(duration_field("broker", "legacy_poll_interval_ms", true, [](S& s) -> sim::Micros& {
    return s.world.broker.legacy_poll_interval;
  }));
  // [cache]
  f.push_back(duration_field("cache", "request_ttl_s", true,
                             [](S& s) -> sim::Micros& { return s.world.cache.request_ttl; }));
  f.push_back(duration_field("cache", "replication_lag_ms", false,
                             [](S& s) -> sim::Micros& { return s.world.cache.replication_lag; }));
  f.push_back(duration_field("cache", "pubsub_latency_ms", false,
                             [](S& s) -> sim::Micros& { return s.world.cache.pubsub_latency; }));
  f.push_back(duration_field("cache", "stale_replica_lag_ms", false,
                             [](S& s) -> sim::Micros& { return s.world.cache.stale_replica_lag; }));
  // [database]
  f.push_back(duration_field("database", "lock_wait_timeout_s", true, [](S& s) -> sim::Micros& {
    return s.world.database.lock_wait_timeout;
  }));
}

// [migration], [rollback], [plan], [phases] and [properties]: what is released and checked.
void add_release_and_check_fields(std::vector<Field>& f) {
  using S = Scenario;
  // [migration]
  f.push_back(bool_field("migration", "backfill_pending",
                         [](S& s) -> bool& { return s.world.migration.backfill_pending; }));
  f.push_back(integer_field("migration", "backfill_batch", 1, 1000000,
                            [](S& s) -> int& { return s.world.migration.backfill_batch; }));
  f.push_back(duration_field("migration", "backfill_interval_ms", true, [](S& s) -> sim::Micros& {
    return s.world.migration.backfill_interval;
  }));
  // [rollback]: the plan's flag-off and database rollback at this time
  // (model/actors/database_rollback.hpp)
  f.push_back(duration_field("rollback", "at_ms", false,
                             [](S& s) -> sim::Micros& { return s.world.rollback.at.emplace(); }));
  // [plan]
  f.push_back({"plan", "fixes", [](const toml::node& node, const Place& where, S& s) {
                 s.world.variant.fixes = read_fixes(node, where);
               }});
  f.push_back(integer_field("plan", "flag_percent", 0, 100,
                            [](S& s) -> int& { return s.world.variant.flag_percent; }));
  // [phases]
  f.push_back(duration_field("phases", "fault_window_s", false,
                             [](S& s) -> sim::Micros& { return s.world.phases.fault_window; }));
  f.push_back(duration_field("phases", "heal_window_s", true,
                             [](S& s) -> sim::Micros& { return s.world.phases.heal_window; }));
  // [properties]
  f.push_back({"properties", "check", [](const toml::node& node, const Place& where, S& s) {
                 const toml::array* array = node.as_array();
                 if (array == nullptr)
                   fail(where, "expected an array of property ids, got " + type_name(node));
                 s.properties.clear();
                 for (const toml::node& element : *array) {
                   const auto id = element.value_exact<std::string>();
                   if (!id || !model::is_property_id(*id)) fail_unknown_property(where, element);
                   s.properties.push_back(*id);
                 }
               }});
}

std::vector<Field> scenario_fields() {
  using S = Scenario;
  std::vector<Field> f;
  f.push_back({"scenario", "description", [](const toml::node& node, const Place& where, S& s) {
                 const auto text = node.value_exact<std::string>();
                 if (!text || text->empty()) fail(where, "expected a non-empty string");
                 s.description = *text;
               }});
  add_workload_fields(f);
  add_process_and_timing_fields(f);
  add_infrastructure_fields(f);
  add_release_and_check_fields(f);
  return f;
}

toml::source_position position_of(const toml::node& node) {
  return node.source().begin;
}

void apply_fault_table(const toml::table& table, const std::string& fault_id,
                       const std::string& file, Scenario& scenario) {
  const auto fault = faults::fault_from_id(fault_id);
  if (!fault) {
    std::vector<std::string> known;
    for (const auto& info : faults::fault_catalogue()) known.emplace_back(info.id);
    fail(Place{file, "faults", fault_id, position_of(table)},
         fmt::format("unknown fault{} (known: {})", did_you_mean(fault_id, known),
                     fmt::join(known, " ")));
  }
  scenario.faults.enable(*fault);
  faults::FaultSetting& setting = scenario.faults[*fault];
  for (const auto& [key, node] : table) {
    const Place where{file, "faults." + fault_id, std::string(key.str()), position_of(node)};
    if (key == "rate") {
      const double rate = read_number(node, where);
      if (!(rate >= 0 && rate <= 1))
        fail(where, fmt::format("{} is out of range (expected 0 to 1)", rate));
      setting.rate = rate;
    } else if (key == "enabled") {
      const auto value = node.value_exact<bool>();
      if (!value) fail(where, "expected true or false, got " + type_name(node));
      setting.enabled = *value;
    } else if (key == "magnitude_ms") {
      const toml::array* array = node.as_array();
      if (array == nullptr || array->size() != 2)
        fail(where, "expected [min, max], got " + type_name(node));
      const double low = read_number(*array->get(0), where),
                   high = read_number(*array->get(1), where);
      const bool signed_allowed = *fault == faults::Fault::clock_skew;
      if (high < low || (!signed_allowed && low < 0)) {
        fail(where, fmt::format("[{}, {}] is not a range (need {}min <= max)", low, high,
                                signed_allowed ? "" : "0 <= "));
      }
      setting.magnitude_min = to_micros(low, sim::micros_per_millisecond, where);
      setting.magnitude_max = to_micros(high, sim::micros_per_millisecond, where);
    } else {
      fail(where, "unknown key" + did_you_mean(key.str(), {"rate", "enabled", "magnitude_ms"}) +
                      " (expected rate, enabled or magnitude_ms)");
    }
  }
}

void apply_faults_section(const toml::table& table, const std::string& file, Scenario& scenario) {
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    const Place where{file, "faults", name, position_of(node)};
    if (name == "swarm") {
      const auto value = node.value_exact<bool>();
      if (!value) fail(where, "expected true or false, got " + type_name(node));
      scenario.faults.swarm = *value;
    } else if (const toml::table* fault_table = node.as_table()) {
      apply_fault_table(*fault_table, name, file, scenario);
    } else {
      fail(where, "expected swarm = true|false or a [faults." + name + "] table");
    }
  }
  if (scenario.faults.swarm) {
    // Swarm mode draws from every fault the file enables, or from the whole catalogue.
    scenario.faults.swarm_candidates = scenario.faults.enabled();
    if (scenario.faults.swarm_candidates.empty()) {
      for (const auto& info : faults::fault_catalogue()) {
        if (!faults::in_whole_catalogue_swarm(info.fault)) continue;
        scenario.faults.enable(info.fault);
        scenario.faults.swarm_candidates.push_back(info.fault);
      }
    }
  }
}

// [swarm.knobs]: knob = [low, high] in the knob's unit, integers within what the world accepts.
void apply_swarm_knobs(const toml::table& table, const std::string& file, Scenario& scenario) {
  for (const auto& [key, node] : table) {
    const Place where{file, "swarm.knobs", std::string(key.str()), position_of(node)};
    const faults::KnobInfo* knob = faults::knob_from_id(key.str());
    if (knob == nullptr) {
      std::vector<std::string> known;
      for (const auto& info : faults::knob_catalogue()) known.emplace_back(info.id);
      fail(where, fmt::format("unknown knob{} (known: {})", did_you_mean(key.str(), known),
                              fmt::join(known, " ")));
    }
    const toml::array* array = node.as_array();
    if (array == nullptr || array->size() != 2)
      fail(where, "expected [low, high], got " + type_name(node));
    const std::int64_t low = read_integer(*array->get(0), where, knob->lowest, knob->highest);
    const std::int64_t high = read_integer(*array->get(1), where, knob->lowest, knob->highest);
    if (high < low)
      fail(where, fmt::format("[{}, {}] is not a range (need low <= high)", low, high));
    scenario.swarm_knobs.push_back(faults::KnobRange{knob, low, high});
  }
}

void apply_swarm_section(const toml::table& table, const std::string& file, Scenario& scenario) {
  for (const auto& [key, node] : table) {
    const Place where{file, "swarm", std::string(key.str()), position_of(node)};
    const toml::table* knobs = node.as_table();
    if (key != "knobs") fail(where, "unknown key (expected a [swarm.knobs] table)");
    if (knobs == nullptr) fail(where, "expected a [swarm.knobs] table, got " + type_name(node));
    apply_swarm_knobs(*knobs, file, scenario);
  }
}

void validate_whole(const Scenario& scenario, const toml::table& root, const std::string& file) {
  const auto& workload = scenario.world.workload;
  if (workload.candidates_per_request > workload.drivers) {
    const toml::node* node = root.at_path("workload.candidates_per_request").node();
    fail(Place{file, "workload", "candidates_per_request",
               node ? position_of(*node) : toml::source_position{1, 1}},
         fmt::format("{} candidates but only {} drivers", workload.candidates_per_request,
                     workload.drivers));
  }
}

}  // namespace

Scenario parse_scenario(const std::string& text, const std::string& path) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& error) {
    const std::string line = source_line(text, error.source().begin.line);
    throw ScenarioError(fmt::format("{}:{}:{}: TOML syntax error{}: {}", path,
                                    error.source().begin.line, error.source().begin.column,
                                    line.empty() ? "" : " in `" + line + "`", error.description()));
  }
  Scenario scenario;
  scenario.path = path;
  scenario.name = std::filesystem::path(path).stem().string();
  static const std::vector<Field> fields = scenario_fields();
  const toml::node* scenario_section = root.get("scenario");
  if (scenario_section == nullptr || !scenario_section->is_table() ||
      !scenario_section->as_table()->contains("description")) {
    const auto position =
        scenario_section != nullptr ? position_of(*scenario_section) : toml::source_position{1, 1};
    fail(Place{path, "scenario", "description", position},
         "missing (every scenario says what it is for)");
  }
  for (const auto& [section_key, section_node] : root) {
    const std::string section(section_key.str());
    const toml::table* table = section_node.as_table();
    if (table == nullptr) {
      fail(Place{path, section, "", position_of(section_node)},
           "expected a [" + section + "] table, got " + type_name(section_node));
    }
    if (section == "faults") {
      apply_faults_section(*table, path, scenario);
      continue;
    }
    if (section == "swarm") {
      apply_swarm_section(*table, path, scenario);
      continue;
    }
    const bool known_section = std::any_of(fields.begin(), fields.end(),
                                           [&](const Field& f) { return f.section == section; });
    if (!known_section) {
      std::vector<std::string> sections = {"faults", "swarm"};
      for (const Field& f : fields) sections.push_back(f.section);
      fail(Place{path, section, "", position_of(section_node)},
           "unknown section [" + section + "]" + did_you_mean(section, sections));
    }
    for (const auto& [key, node] : *table) {
      const Place where{path, section, std::string(key.str()), position_of(node)};
      const auto field = std::find_if(fields.begin(), fields.end(), [&](const Field& candidate) {
        return candidate.section == section && candidate.key == key.str();
      });
      if (field == fields.end()) {
        std::vector<std::string> keys;
        for (const Field& f : fields) {
          if (f.section == section) keys.push_back(f.key);
        }
        fail(where, "unknown key" + did_you_mean(key.str(), keys));
      }
      field->apply(node, where, scenario);
    }
  }
  validate_whole(scenario, root, path);
  if (scenario.properties.empty()) {
    for (const auto& info : model::property_catalogue()) scenario.properties.emplace_back(info.id);
  }
  return scenario;
}

Scenario load_scenario(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw ScenarioError(fmt::format("{}: cannot open the scenario file", path));
  std::stringstream text;
  text << file.rdbuf();
  return parse_scenario(text.str(), path);
}

std::string scenario_directory() {
  if (const char* override_dir = std::getenv("DISPATCHSIM_SCENARIOS")) return override_dir;
  return DISPATCHSIM_SCENARIO_DIR;
}

std::vector<std::string> bundled_scenarios() {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(scenario_directory(), error)) {
    if (entry.path().extension() == ".toml") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string resolve_scenario(const std::string& name_or_path) {
  if (std::filesystem::exists(name_or_path) && !std::filesystem::is_directory(name_or_path)) {
    return name_or_path;
  }
  const auto bundled = std::filesystem::path(scenario_directory()) / (name_or_path + ".toml");
  if (std::filesystem::exists(bundled)) return bundled.string();
  const std::vector<std::string> known = bundled_scenarios();
  throw ScenarioError(fmt::format("{}: no such scenario file or bundled scenario{} (bundled: {})",
                                  name_or_path, did_you_mean(name_or_path, known),
                                  fmt::join(known, " ")));
}

}  // namespace dispatchsim::scenarios
