#include "explore/results_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>

#include "explore/count_text.hpp"
#include "explore/guided_corpus.hpp"
#include "explore/input_error.hpp"
#include "scenarios/shell_quote.hpp"

namespace dispatchsim::explore {

namespace {

std::string runs_table_sql() {
  std::string metrics;
  for (const MetricField& field : metric_fields()) {
    metrics += fmt::format("  {} INTEGER NOT NULL,\n", field.name);
  }
  return fmt::format(R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  scenario TEXT NOT NULL,
  variant TEXT NOT NULL,
  seed INTEGER NOT NULL,
  strategy TEXT NOT NULL,
  pct_depth INTEGER,
  fixes TEXT,
  flag_percent INTEGER,
  outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'violation', 'error')),
  violated_properties TEXT NOT NULL,
  violation_count INTEGER NOT NULL,
  faults_fired TEXT NOT NULL,
  error TEXT,
  trace_hash TEXT NOT NULL,
  events INTEGER NOT NULL,
  scheduling_steps INTEGER NOT NULL,
  processes INTEGER NOT NULL,
  virtual_end_us INTEGER NOT NULL,
  wall_time_us INTEGER NOT NULL,
  pct_bound REAL NOT NULL,
{}  UNIQUE (scenario, variant, seed)
);
)sql",
                     metrics);
}

constexpr const char* other_tables_sql = R"sql(
CREATE TABLE sweeps (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  definition_id TEXT NOT NULL,
  definition TEXT NOT NULL,
  scenarios TEXT NOT NULL,
  variants TEXT NOT NULL,
  seed_first INTEGER NOT NULL,
  seed_last INTEGER NOT NULL,
  strategy TEXT NOT NULL,
  pct_depth INTEGER,
  fixes TEXT,
  flag_percent INTEGER,
  shards TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE sweep_scenarios (
  ordinal INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  argument TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE TABLE run_violations (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  property TEXT NOT NULL,
  count INTEGER NOT NULL,
  caught INTEGER NOT NULL,
  missed INTEGER NOT NULL,
  uncovered INTEGER NOT NULL,
  PRIMARY KEY (run_id, property)
) WITHOUT ROWID;
CREATE TABLE run_oracles (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  oracle TEXT NOT NULL,
  rows INTEGER NOT NULL,
  false_positive INTEGER NOT NULL,
  PRIMARY KEY (run_id, oracle)
) WITHOUT ROWID;
CREATE TABLE run_probes (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  probe TEXT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (run_id, probe)
) WITHOUT ROWID;
CREATE TABLE run_violation_examples (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  property TEXT NOT NULL,
  request_id INTEGER NOT NULL,
  driver_id INTEGER NOT NULL,
  time_us INTEGER NOT NULL,
  description TEXT NOT NULL,
  PRIMARY KEY (run_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE run_faults (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  fault TEXT NOT NULL,
  fired INTEGER NOT NULL,
  PRIMARY KEY (run_id, fault)
) WITHOUT ROWID;
CREATE TABLE run_fault_plan (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  fault TEXT NOT NULL,
  rate REAL NOT NULL,
  magnitude_min_us INTEGER NOT NULL,
  magnitude_max_us INTEGER NOT NULL,
  PRIMARY KEY (run_id, fault)
) WITHOUT ROWID;
CREATE INDEX runs_by_outcome ON runs (outcome, scenario, variant, seed);
)sql";

// Added in schema version 2: one row per run and distinct violation signature; root_cause in 3.
constexpr const char* signatures_table_sql = R"sql(
CREATE TABLE run_signatures (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  signature TEXT NOT NULL,
  root_cause TEXT NOT NULL,
  property TEXT NOT NULL,
  faults TEXT NOT NULL,
  event_kinds TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (run_id, signature)
) WITHOUT ROWID;
CREATE INDEX run_signatures_by_signature ON run_signatures (signature, run_id);
)sql";

// Added in schema version 3: a row per shard a sweep finished, written after its last run.
constexpr const char* completions_table_sql = R"sql(
CREATE TABLE sweep_completions (
  shard TEXT PRIMARY KEY,
  expected_runs INTEGER NOT NULL,
  completed_at TEXT NOT NULL
);
)sql";

// A guided run's input and feedback (varint blobs); added to version 3 after sweep_completions.
constexpr const char* tapes_table_sql = R"sql(
CREATE TABLE IF NOT EXISTS run_tapes (
  run_id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  mutation TEXT NOT NULL,
  tape BLOB NOT NULL,
  options BLOB NOT NULL,
  features BLOB NOT NULL,
  positions BLOB NOT NULL,
  keys BLOB NOT NULL
);
)sql";

// Added in schema version 4: the report's cache of shrunk minimal cases (not copied by merge).
constexpr const char* shrunk_cases_table_sql = R"sql(
CREATE TABLE IF NOT EXISTS shrunk_cases (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  property TEXT NOT NULL,
  budget INTEGER NOT NULL,
  source_trace_hash TEXT NOT NULL,
  scenario_toml TEXT NOT NULL,
  variant TEXT NOT NULL,
  seed INTEGER NOT NULL,
  size_before TEXT NOT NULL,
  size_after TEXT NOT NULL,
  runs_spent INTEGER NOT NULL,
  budget_exhausted INTEGER NOT NULL,
  PRIMARY KEY (run_id, property, budget)
) WITHOUT ROWID;
)sql";

// Added in schema version 7: a run confirmed on the real services (sweep --backend real).
constexpr const char* confirmations_table_sql = R"sql(
CREATE TABLE IF NOT EXISTS run_confirmations (
  run_id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  services TEXT NOT NULL,
  reproduced TEXT NOT NULL,
  not_reproduced TEXT NOT NULL,
  real_only TEXT NOT NULL,
  real_error TEXT NOT NULL,
  real_violations INTEGER NOT NULL,
  statements INTEGER NOT NULL,
  lock_waits INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  wall_time_us INTEGER NOT NULL,
  first_difference TEXT NOT NULL
);
)sql";

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
  return text;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const std::size_t end = std::min(text.find(separator, start), text.size());
    items.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

std::string utc_now() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", parts.tm_year + 1900, parts.tm_mon + 1,
                     parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
}

int user_version(SqliteConnection& connection) {
  SqliteStatement statement(connection.handle(), "PRAGMA user_version");
  statement.step();
  return static_cast<int>(statement.integer(0));
}

std::int64_t table_count(SqliteConnection& connection) {
  SqliteStatement any(connection.handle(), "SELECT COUNT(*) FROM sqlite_master");
  any.step();
  return any.integer(0);
}

// Whether schema ("main", or an attached "source") has the table: run_tapes is missing from
// version-3 files written before guided runs existed, when they are opened read-only.
bool has_table(SqliteConnection& connection, const std::string& schema, const std::string& table) {
  SqliteStatement select(
      connection.handle(),
      fmt::format("SELECT COUNT(*) FROM {}.sqlite_master WHERE type = 'table' AND name = ?",
                  schema));
  select.bind(1, std::string_view(table));
  select.step();
  return select.integer(0) > 0;
}

void check_version(SqliteConnection& connection, int version) {
  if (version > results_schema_version) {
    throw InputError(
        fmt::format("{}: results schema version {} is newer than this dispatchsim "
                    "({}); use a newer dispatchsim to read it",
                    connection.path(), version, results_schema_version));
  }
  if (version > 0) {
    throw InputError(fmt::format(
        "{}: results schema version {} was written by an older dispatchsim; this one "
        "reads version {} only (which records completeness, scenario hashes, root causes and "
        "confirmations on the real services and the keys guided sweeps resume from, naming the "
        "choice streams of a fault catalogue with process-kill, and whose "
        "trace hashes come from the model with pooled connections and stable fault ids). "
        "Sweep again into a new --db",
        connection.path(), version, results_schema_version));
  }
  throw InputError(fmt::format("{}: {}, not a dispatchsim results file; choose another --db",
                               connection.path(),
                               table_count(connection) > 0 ? "a SQLite file" : "an empty file"));
}

void create_or_check_schema(SqliteConnection& connection, ResultsFile::Mode mode) {
  if (mode == ResultsFile::Mode::read_only) {
    const int version = user_version(connection);
    if (version != results_schema_version) check_version(connection, version);
    return;
  }
  in_transaction(connection, [&] {
    const int version = user_version(connection);
    if (version == results_schema_version) {
      connection.execute(tapes_table_sql);  // a version-3 file from before guided runs
      return;
    }
    if (version != 0 || table_count(connection) > 0) check_version(connection, version);
    connection.execute(runs_table_sql());
    connection.execute(other_tables_sql);
    connection.execute(signatures_table_sql);
    connection.execute(completions_table_sql);
    connection.execute(tapes_table_sql);
    connection.execute(shrunk_cases_table_sql);
    connection.execute(confirmations_table_sql);
    connection.execute(fmt::format("PRAGMA user_version = {}", results_schema_version));
  });
}

std::unique_ptr<SqliteConnection> open_connection(const std::string& path, ResultsFile::Mode mode) {
  if (mode == ResultsFile::Mode::read_only) {
    return std::make_unique<SqliteConnection>(path, SqliteConnection::ReadOnly{});
  }
  return std::make_unique<SqliteConnection>(path, mode == ResultsFile::Mode::create_if_missing);
}

// Every column of `runs` but the id, in table order.
std::vector<std::string> run_columns() {
  std::vector<std::string> columns = {"scenario",        "variant",        "seed",
                                      "strategy",        "pct_depth",      "fixes",
                                      "flag_percent",    "outcome",        "violated_properties",
                                      "violation_count", "faults_fired",   "error",
                                      "trace_hash",      "events",         "scheduling_steps",
                                      "processes",       "virtual_end_us", "wall_time_us",
                                      "pct_bound"};
  for (const MetricField& field : metric_fields()) columns.emplace_back(field.name);
  return columns;
}

std::string insert_run_sql() {
  const std::vector<std::string> columns = run_columns();
  std::vector<std::string> values(columns.size(), "?");
  return fmt::format("INSERT INTO runs ({}) VALUES ({})", join(columns, ", "), join(values, ", "));
}

std::string violated_properties_text(const RunRecord& record) {
  std::vector<std::string> ids;
  for (const auto& count : record.violations) ids.push_back(count.property);
  std::sort(ids.begin(), ids.end());
  return join(ids, ",");
}

std::string faults_fired_text(const RunRecord& record) {
  std::vector<std::string> items;
  for (const auto& fault : record.faults_fired)
    items.push_back(fmt::format("{}:{}", fault.fault, fault.fired));
  return join(items, ",");
}

// A guided run's input and feedback (table run_tapes).
void insert_guided_trail(SqliteConnection& connection, std::int64_t run, const GuidedTrail& trail) {
  SqliteStatement tape(
      connection.handle(),
      "INSERT INTO run_tapes (run_id, mutation, tape, options, features, positions, keys) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  tape.bind(1, run).bind(2, std::string_view(trail.mutation));
  tape.bind_blob(3, encode_values(trail.tape)).bind_blob(4, encode_values(trail.options));
  tape.bind_blob(5, encode_values(trail.features)).bind_blob(6, encode_values(trail.positions));
  tape.bind_blob(7, encode_values(trail.keys)).run();
}

void insert_children(SqliteConnection& connection, std::int64_t run, const RunRecord& record) {
  SqliteStatement violation(connection.handle(),
                            "INSERT INTO run_violations (run_id, property, count, caught, missed, "
                            "uncovered) VALUES (?, ?, ?, ?, ?, ?)");
  for (const auto& count : record.violations) {
    violation.bind(1, run).bind(2, count.property).bind(3, count.count);
    violation.bind(4, count.caught).bind(5, count.missed).bind(6, count.uncovered).run();
  }
  SqliteStatement oracle(
      connection.handle(),
      "INSERT INTO run_oracles (run_id, oracle, rows, false_positive) VALUES (?, ?, ?, ?)");
  for (const auto& firing : record.oracles) {
    oracle.bind(1, run).bind(2, firing.oracle).bind(3, firing.rows);
    oracle.bind(4, std::int64_t{firing.false_positive ? 1 : 0}).run();
  }
  SqliteStatement probe(connection.handle(),
                        "INSERT INTO run_probes (run_id, probe, hits) VALUES (?, ?, ?)");
  for (const auto& hit : record.probes)
    probe.bind(1, run).bind(2, hit.probe).bind(3, hit.hits).run();
  SqliteStatement example(
      connection.handle(),
      "INSERT INTO run_violation_examples (run_id, ordinal, property, request_id, "
      "driver_id, time_us, description) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < record.examples.size(); ++i) {
    const ViolationExample& e = record.examples[i];
    example.bind(1, run)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, std::string_view(e.property));
    example.bind(4, e.request)
        .bind(5, e.driver)
        .bind(6, e.time_us)
        .bind(7, std::string_view(e.description));
    example.run();
  }
  SqliteStatement fault(connection.handle(),
                        "INSERT INTO run_faults (run_id, fault, fired) VALUES (?, ?, ?)");
  for (const auto& fired : record.faults_fired) {
    fault.bind(1, run).bind(2, std::string_view(fired.fault)).bind(3, fired.fired).run();
  }
  SqliteStatement signature(
      connection.handle(),
      "INSERT INTO run_signatures (run_id, signature, root_cause, property, faults, "
      "event_kinds, count) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const SignatureCount& count : record.signatures) {
    signature.bind(1, run)
        .bind(2, std::string_view(count.signature))
        .bind(3, std::string_view(count.root_cause));
    signature.bind(4, std::string_view(count.property)).bind(5, std::string_view(count.faults));
    signature.bind(6, std::string_view(count.event_kinds)).bind(7, count.count).run();
  }
  SqliteStatement plan(connection.handle(),
                       "INSERT INTO run_fault_plan (run_id, fault, rate, magnitude_min_us, "
                       "magnitude_max_us) VALUES (?, ?, ?, ?, ?)");
  for (const auto& entry : record.fault_plan) {
    plan.bind(1, run).bind(2, std::string_view(entry.fault)).bind(3, entry.rate);
    plan.bind(4, entry.magnitude_min_us).bind(5, entry.magnitude_max_us).run();
  }
  if (record.guided) insert_guided_trail(connection, run, *record.guided);
}

GuidedTrail trail_from_row(const SqliteStatement& row, int first_column) {
  GuidedTrail trail;
  trail.mutation = row.text(first_column);
  trail.tape = decode_values(row.blob(first_column + 1));
  trail.options = decode_values(row.blob(first_column + 2));
  trail.features = decode_values(row.blob(first_column + 3));
  trail.positions = decode_values(row.blob(first_column + 4));
  trail.keys = decode_values(row.blob(first_column + 5));
  return trail;
}

std::uint64_t parse_hash(const std::string& text) {
  std::uint64_t hash = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), hash, 16);
  if (!text.empty() && (error != std::errc() || end != text.data() + text.size())) {
    throw InputError(fmt::format("damaged results file: '{}' is not a trace hash", text));
  }
  return hash;
}

// Runs sql (its first column a run id, its one parameter, when only_run is set, that id) and
// hands each row to add with the run it belongs to.
template <typename Add>
void for_each_child(SqliteConnection& connection, const std::map<std::int64_t, RunRecord*>& by_id,
                    std::optional<std::int64_t> only_run, const std::string& sql, Add add) {
  SqliteStatement select(connection.handle(), sql);
  if (only_run) select.bind(1, *only_run);
  while (select.step()) {
    const auto found = by_id.find(select.integer(0));
    if (found != by_id.end()) add(*found->second, select);
  }
}

// Fills the child rows (violations, oracles, probes, examples, faults, signatures, fault plan) of
// the runs in by_id: of only_run, or of every run in one query per table.
void read_children(SqliteConnection& connection, const std::map<std::int64_t, RunRecord*>& by_id,
                   std::optional<std::int64_t> only_run) {
  const std::string where = only_run ? " WHERE run_id = ?" : "";
  auto children = [&](const char* columns, const char* table, const char* order, auto add) {
    for_each_child(connection, by_id, only_run,
                   fmt::format("SELECT run_id, {} FROM {}{} ORDER BY run_id, {}", columns, table,
                               where, order),
                   add);
  };
  children("property, count, caught, missed, uncovered", "run_violations", "property",
           [](RunRecord& run, const SqliteStatement& row) {
             run.violations.push_back(
                 {row.text(1), row.integer(2), row.integer(3), row.integer(4), row.integer(5)});
           });
  children("oracle, rows, false_positive", "run_oracles", "oracle",
           [](RunRecord& run, const SqliteStatement& row) {
             run.oracles.push_back({row.text(1), row.integer(2), row.integer(3) != 0});
           });
  children("probe, hits", "run_probes", "probe", [](RunRecord& run, const SqliteStatement& row) {
    run.probes.push_back({row.text(1), row.integer(2)});
  });
  children("property, request_id, driver_id, time_us, description", "run_violation_examples",
           "ordinal", [](RunRecord& run, const SqliteStatement& row) {
             run.examples.push_back(ViolationExample{row.text(1), row.integer(2), row.integer(3),
                                                     row.integer(4), row.text(5)});
           });
  children("fault, fired", "run_faults", "fault", [](RunRecord& run, const SqliteStatement& row) {
    run.faults_fired.push_back({row.text(1), row.integer(2)});
  });
  children("signature, root_cause, property, faults, event_kinds, count", "run_signatures",
           "signature", [](RunRecord& run, const SqliteStatement& row) {
             run.signatures.push_back(
                 {row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.integer(6)});
           });
  children("fault, rate, magnitude_min_us, magnitude_max_us", "run_fault_plan", "fault",
           [](RunRecord& run, const SqliteStatement& row) {
             run.fault_plan.push_back({row.text(1), row.real(2), row.integer(3), row.integer(4)});
           });
}

// The columns of a runs row that run_from_row reads, in its order (id first).
std::string read_run_columns() {
  std::string columns =
      "id, scenario, variant, seed, strategy, pct_depth, fixes, flag_percent, outcome, error, "
      "trace_hash, "
      "events, scheduling_steps, processes, virtual_end_us, wall_time_us, pct_bound";
  for (const MetricField& field : metric_fields()) columns += fmt::format(", {}", field.name);
  return columns;
}

RunRecord run_from_row(const SqliteStatement& select) {
  RunRecord record;
  int column = 0;
  record.id = select.integer(column++);
  record.scenario = select.text(column++);
  record.variant = select.text(column++);
  record.seed = static_cast<std::uint64_t>(select.integer(column++));
  record.strategy = select.text(column++);
  record.pct_depth = select.optional_integer(column++);
  record.fixes = select.optional_text(column++);
  record.flag_percent = select.optional_integer(column++);
  record.outcome = outcome_from_string(select.text(column++)).value_or(RunOutcome::error);
  record.error = select.optional_text(column++).value_or("");
  record.trace_hash = parse_hash(select.text(column++));
  record.events = static_cast<std::uint64_t>(select.integer(column++));
  record.scheduling_steps = static_cast<std::uint64_t>(select.integer(column++));
  record.processes = static_cast<std::uint64_t>(select.integer(column++));
  record.virtual_end_us = select.integer(column++);
  record.wall_time_us = select.integer(column++);
  record.pct_bound = select.real(column++);
  for (const MetricField& field : metric_fields())
    record.metrics.*field.member = select.integer(column++);
  return record;
}

const std::string& existing_file(const std::string& path, ResultsFile::Mode mode) {
  if (mode != ResultsFile::Mode::create_if_missing && !std::filesystem::exists(path)) {
    throw InputError(
        fmt::format("{}: no such results file (a sweep writes one: dispatchsim sweep ... --db {})",
                    path, path));
  }
  return path;
}

// Why two definitions differ, in the user's terms.
std::string difference(const SweepDefinition& stored, const SweepDefinition& wanted) {
  const std::string stored_text = describe_definition(stored);
  const std::string wanted_text = describe_definition(wanted);
  if (stored_text != wanted_text)
    return fmt::format("it holds {}; this is {}", stored_text, wanted_text);
  for (std::size_t i = 0; i < stored.scenarios.size(); ++i) {
    if (stored.scenarios[i].content_hash != wanted.scenarios[i].content_hash) {
      return fmt::format("the scenario file {} changed since (content {} then, {} now)",
                         wanted.scenarios[i].argument, stored.scenarios[i].content_hash,
                         wanted.scenarios[i].content_hash);
    }
  }
  return "definition ids " + stored.id() + " and " + wanted.id();
}

}  // namespace

ResultsFile::ResultsFile(const std::string& path, Mode mode)
    : connection_(open_connection(existing_file(path, mode), mode)) {
  create_or_check_schema(*connection_, mode);
}

std::optional<StoredSweep> ResultsFile::sweep() {
  SqliteStatement row(
      connection_->handle(),
      "SELECT variants, seed_first, seed_last, strategy, pct_depth, fixes, flag_percent, "
      "shards, created_at FROM sweeps WHERE id = 1");
  if (!row.step()) return std::nullopt;
  StoredSweep stored;
  SweepDefinition& definition = stored.definition;
  definition.variants = split(row.text(0), ',');
  definition.seeds = SeedRange{static_cast<std::uint64_t>(row.integer(1)),
                               static_cast<std::uint64_t>(row.integer(2))};
  definition.strategy = row.text(3);
  definition.pct_depth = static_cast<int>(row.optional_integer(4).value_or(3));
  if (auto fixes = row.optional_text(5)) definition.fixes = parse_fixes(*fixes);
  if (auto flag = row.optional_integer(6)) definition.flag_percent = static_cast<int>(*flag);
  stored.shards = split(row.text(7), ',');
  stored.created_at = row.text(8);
  SqliteStatement scenarios(
      connection_->handle(),
      "SELECT name, argument, content_hash FROM sweep_scenarios ORDER BY ordinal");
  while (scenarios.step()) {
    definition.scenarios.push_back({scenarios.text(0), scenarios.text(1), scenarios.text(2)});
  }
  return stored;
}

void ResultsFile::begin_sweep(const SweepDefinition& definition, const std::string& shard) {
  in_transaction(*connection_, [&] {
    if (const auto stored = sweep()) {
      if (stored->definition.id() != definition.id()) {
        throw InputError(fmt::format(
            "{} holds a different sweep: {}. Choose another --db FILE, or remove that file", path(),
            difference(stored->definition, definition)));
      }
      std::vector<std::string> shards = stored->shards;
      if (std::find(shards.begin(), shards.end(), shard) == shards.end()) {
        shards.push_back(shard);
        SqliteStatement update(connection_->handle(), "UPDATE sweeps SET shards = ? WHERE id = 1");
        update.bind(1, join(shards, ",")).run();
      }
      return;
    }
    std::vector<std::string> names;
    for (const auto& scenario : definition.scenarios) names.push_back(scenario.name);
    SqliteStatement insert(
        connection_->handle(),
        "INSERT INTO sweeps (id, definition_id, definition, scenarios, variants, "
        "seed_first, seed_last, strategy, pct_depth, fixes, flag_percent, shards, "
        "created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, definition.id()).bind(2, definition.canonical_json()).bind(3, join(names, ","));
    insert.bind(4, join(definition.variants, ","));
    insert.bind(5, static_cast<std::int64_t>(definition.seeds.first));
    insert.bind(6, static_cast<std::int64_t>(definition.seeds.last));
    insert.bind(7, std::string_view(definition.strategy));
    insert.bind(8, definition.strategy == "pct" ? std::optional<std::int64_t>(definition.pct_depth)
                                                : std::nullopt);
    insert.bind(9, definition.fixes ? std::optional<std::string>(fixes_text(*definition.fixes))
                                    : std::nullopt);
    insert.bind(10, definition.flag_percent ? std::optional<std::int64_t>(*definition.flag_percent)
                                            : std::nullopt);
    insert.bind(11, std::string_view(shard)).bind(12, utc_now()).run();
    SqliteStatement scenario(connection_->handle(),
                             "INSERT INTO sweep_scenarios (ordinal, name, argument, content_hash) "
                             "VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < definition.scenarios.size(); ++i) {
      const SweepScenario& s = definition.scenarios[i];
      scenario.bind(1, static_cast<std::int64_t>(i)).bind(2, std::string_view(s.name));
      scenario.bind(3, std::string_view(s.argument))
          .bind(4, std::string_view(s.content_hash))
          .run();
    }
  });
}

std::int64_t ResultsFile::add_run(const RunRecord& record) {
  std::int64_t id = 0;
  in_transaction(*connection_, [&] {
    if (auto existing = find_run({record.scenario, record.variant, record.seed})) {
      id = *existing;
      return;
    }
    static const std::string sql = insert_run_sql();
    SqliteStatement insert(connection_->handle(), sql);
    int column = 0;
    const auto next = [&](const auto& value) { insert.bind(++column, value); };
    std::int64_t violation_count = 0;
    for (const auto& count : record.violations) violation_count += count.count;
    next(record.scenario);
    next(record.variant);
    next(static_cast<std::int64_t>(record.seed));
    next(record.strategy);
    next(record.pct_depth);
    next(record.fixes);
    next(record.flag_percent);
    next(to_string(record.outcome));
    next(violated_properties_text(record));
    next(violation_count);
    next(faults_fired_text(record));
    next(record.error.empty() ? std::nullopt : std::optional<std::string>(record.error));
    next(fmt::format("{:016x}", record.trace_hash));
    next(static_cast<std::int64_t>(record.events));
    next(static_cast<std::int64_t>(record.scheduling_steps));
    next(static_cast<std::int64_t>(record.processes));
    next(record.virtual_end_us);
    next(record.wall_time_us);
    next(record.pct_bound);
    for (const MetricField& field : metric_fields()) next(record.metrics.*field.member);
    insert.run();
    id = connection_->last_insert_id();
    insert_children(*connection_, id, record);
  });
  return id;
}

std::set<RunKey> ResultsFile::finished_runs() {
  std::set<RunKey> keys;
  SqliteStatement select(connection_->handle(), "SELECT scenario, variant, seed FROM runs");
  while (select.step()) {
    keys.emplace(select.text(0), select.text(1), static_cast<std::uint64_t>(select.integer(2)));
  }
  return keys;
}

std::int64_t ResultsFile::run_count() {
  SqliteStatement count(connection_->handle(), "SELECT COUNT(*) FROM runs");
  count.step();
  return count.integer(0);
}

std::optional<std::int64_t> ResultsFile::find_run(const RunKey& key) {
  SqliteStatement select(connection_->handle(),
                         "SELECT id FROM runs WHERE scenario = ? AND variant = ? AND seed = ?");
  select.bind(1, std::string_view(std::get<0>(key))).bind(2, std::string_view(std::get<1>(key)));
  select.bind(3, static_cast<std::int64_t>(std::get<2>(key)));
  if (!select.step()) return std::nullopt;
  return select.integer(0);
}

RunRecord ResultsFile::run(std::int64_t id) {
  SqliteStatement select(connection_->handle(),
                         fmt::format("SELECT {} FROM runs WHERE id = ?", read_run_columns()));
  select.bind(1, id);
  if (!select.step()) {
    throw InputError(
        fmt::format("{}: no run with row id {} (the file has {} rows; row ids are "
                    "printed by sweep, or: sqlite3 {} 'SELECT id, scenario, variant, "
                    "seed, outcome FROM runs')",
                    path(), id, run_count(), path()));
  }
  RunRecord record = run_from_row(select);
  read_children(*connection_, {{id, &record}}, id);
  if (has_table(*connection_, "main", "run_tapes")) {
    SqliteStatement tape(
        connection_->handle(),
        "SELECT mutation, tape, options, features, positions, keys FROM run_tapes WHERE run_id = "
        "?");
    tape.bind(1, id);
    if (tape.step()) record.guided = trail_from_row(tape, 0);
  }
  return record;
}

std::vector<GuidedTrail> ResultsFile::guided_trails(const std::string& scenario,
                                                    const std::string& variant, std::uint64_t first,
                                                    std::uint64_t last) {
  if (!has_table(*connection_, "main", "run_tapes")) return {};
  SqliteStatement select(
      connection_->handle(),
      "SELECT t.mutation, t.tape, t.options, t.features, t.positions, t.keys FROM runs r JOIN "
      "run_tapes t "
      "ON t.run_id = r.id WHERE r.scenario = ? AND r.variant = ? AND r.seed BETWEEN ? AND ? "
      "ORDER BY r.seed");
  select.bind(1, std::string_view(scenario)).bind(2, std::string_view(variant));
  select.bind(3, static_cast<std::int64_t>(first)).bind(4, static_cast<std::int64_t>(last));
  std::vector<GuidedTrail> trails;
  while (select.step()) trails.push_back(trail_from_row(select, 0));
  return trails;
}

std::vector<RunRecord> ResultsFile::runs() {
  std::vector<RunRecord> records;
  SqliteStatement select(connection_->handle(),
                         fmt::format("SELECT {} FROM runs ORDER BY id", read_run_columns()));
  while (select.step()) records.push_back(run_from_row(select));
  std::map<std::int64_t, RunRecord*> by_id;
  for (RunRecord& record : records) by_id[record.id] = &record;
  read_children(*connection_, by_id, std::nullopt);
  return records;
}

namespace {

// The child rows of the runs new_runs selects ("JOIN source.runs s ... JOIN main.runs m ..."),
// from the attached source file into this one, and the source's shard completions.
void copy_child_rows(SqliteConnection& connection, const std::string& new_runs) {
  connection.execute(fmt::format(
      "INSERT INTO main.run_violations SELECT m.id, c.property, c.count, c.caught, c.missed, "
      "c.uncovered FROM source.run_violations c {};"
      "INSERT INTO main.run_oracles SELECT m.id, c.oracle, c.rows, c.false_positive "
      "FROM source.run_oracles c {};"
      "INSERT INTO main.run_probes SELECT m.id, c.probe, c.hits FROM source.run_probes c {};"
      "INSERT INTO main.run_violation_examples SELECT m.id, c.ordinal, c.property, "
      "c.request_id, "
      "c.driver_id, c.time_us, c.description FROM source.run_violation_examples c {};"
      "INSERT INTO main.run_faults SELECT m.id, c.fault, c.fired FROM source.run_faults c {};"
      "INSERT INTO main.run_fault_plan SELECT m.id, c.fault, c.rate, c.magnitude_min_us, "
      "c.magnitude_max_us FROM source.run_fault_plan c {};"
      "INSERT INTO main.run_signatures SELECT m.id, c.signature, c.root_cause, c.property, "
      "c.faults, "
      "c.event_kinds, c.count FROM source.run_signatures c {};",
      new_runs, new_runs, new_runs, new_runs, new_runs, new_runs, new_runs));
  connection.execute(
      "INSERT OR IGNORE INTO main.sweep_completions SELECT * FROM source.sweep_completions");
  connection.execute(
      fmt::format("INSERT INTO main.run_confirmations SELECT m.id, c.services, c.reproduced, "
                  "c.not_reproduced, c.real_only, c.real_error, c.real_violations, c.statements, "
                  "c.lock_waits, c.errors, c.wall_time_us, c.first_difference FROM "
                  "source.run_confirmations c {}",
                  new_runs));
  if (has_table(connection, "source", "run_tapes")) {
    connection.execute(
        fmt::format("INSERT INTO main.run_tapes SELECT m.id, c.mutation, c.tape, c.options, "
                    "c.features, c.positions, c.keys FROM source.run_tapes c {}",
                    new_runs));
  }
}

}  // namespace

ResultsFile::CopyCount ResultsFile::copy_runs_from(const std::string& other_path) {
  {
    SqliteStatement attach(connection_->handle(), "ATTACH DATABASE ? AS source");
    attach.bind(1, read_only_uri(other_path)).run();
  }
  CopyCount count;
  try {
    in_transaction(*connection_, [&] {
      constexpr const char* same_key =
          "m.scenario = s.scenario AND m.variant = s.variant AND m.seed = s.seed";
      SqliteStatement duplicates(
          connection_->handle(),
          fmt::format("SELECT s.scenario, s.variant, s.seed, m.trace_hash, "
                      "s.trace_hash FROM source.runs s JOIN main.runs m ON {}",
                      same_key));
      while (duplicates.step()) {
        ++count.duplicates;
        if (duplicates.text(3) != duplicates.text(4)) {
          count.conflicts.push_back(fmt::format("{} / {} / seed {}: trace hash {} here, {} in {}",
                                                duplicates.text(0), duplicates.text(1),
                                                duplicates.integer(2), duplicates.text(3),
                                                duplicates.text(4), other_path));
        }
      }
      SqliteStatement last(connection_->handle(), "SELECT COALESCE(MAX(id), 0) FROM main.runs");
      last.step();
      const std::int64_t last_id = last.integer(0);
      const std::string columns = join(run_columns(), ", ");
      connection_->execute(
          fmt::format("INSERT INTO main.runs ({}) SELECT {} FROM source.runs s WHERE NOT EXISTS "
                      "(SELECT 1 FROM main.runs m WHERE {}) ORDER BY s.id",
                      columns, columns, same_key));
      count.added = sqlite3_changes(connection_->handle());
      // Child rows follow their run: only the runs just added get them.
      const std::string new_runs = fmt::format(
          "JOIN source.runs s ON s.id = c.run_id JOIN main.runs m ON {} WHERE m.id > {}", same_key,
          last_id);
      copy_child_rows(*connection_, new_runs);
    });
  } catch (...) {
    connection_->execute("DETACH DATABASE source");
    throw;
  }
  connection_->execute("DETACH DATABASE source");
  return count;
}

namespace {

std::int64_t count_of(SqliteConnection& connection, const std::string& sql) {
  SqliteStatement count(connection.handle(), sql);
  count.step();
  return count.integer(0);
}

// Why the file's rows cannot be trusted, or "" when they can.
std::string damage(SqliteConnection& connection, const SweepDefinition& definition) {
  SqliteStatement check(connection.handle(), "PRAGMA quick_check");
  if (check.step() && check.text(0) != "ok")
    return "SQLite finds it damaged (" + check.text(0) + ")";
  const std::int64_t violations =
      count_of(connection,
               "SELECT COUNT(*) FROM runs r WHERE r.violation_count != "
               "COALESCE((SELECT SUM(count) FROM run_violations v WHERE v.run_id = r.id), 0) "
               "OR (r.outcome = 'violation') != (r.violation_count > 0)");
  if (violations > 0)
    return fmt::format("{} runs have missing or extra violation rows", violations);
  const std::int64_t signatures =
      count_of(connection,
               "SELECT COUNT(*) FROM runs r WHERE (r.violation_count > 0) != "
               "EXISTS (SELECT 1 FROM run_signatures s WHERE s.run_id = r.id)");
  if (signatures > 0)
    return fmt::format("{} runs have missing or extra signature rows", signatures);
  const std::int64_t faults =
      count_of(connection,
               "SELECT COUNT(*) FROM runs r WHERE (r.faults_fired != '') != "
               "EXISTS (SELECT 1 FROM run_faults f WHERE f.run_id = r.id)");
  if (faults > 0) return fmt::format("{} runs have missing or extra fault rows", faults);
  std::set<std::string> scenario_names;
  for (const auto& scenario : definition.scenarios) scenario_names.insert(scenario.name);
  const std::set<std::string> variants(definition.variants.begin(), definition.variants.end());
  SqliteStatement keys(connection.handle(), "SELECT DISTINCT scenario, variant FROM runs");
  while (keys.step()) {
    if (scenario_names.count(keys.text(0)) == 0 || variants.count(keys.text(1)) == 0) {
      return fmt::format("it holds runs of {} / {}, which its sweep does not run", keys.text(0),
                         keys.text(1));
    }
  }
  SqliteStatement seeds(connection.handle(), "SELECT MIN(seed), MAX(seed) FROM runs");
  if (seeds.step() && !seeds.is_null(0) &&
      (static_cast<std::uint64_t>(seeds.integer(0)) < definition.seeds.first ||
       static_cast<std::uint64_t>(seeds.integer(1)) > definition.seeds.last)) {
    return fmt::format("it holds seeds {}..{}, outside its sweep's {}..{}", seeds.integer(0),
                       seeds.integer(1), definition.seeds.first, definition.seeds.last);
  }
  return "";
}

// The finished shards cover the definition: "all", or every I/N of one N.
bool covers_definition(const std::vector<std::string>& complete_shards) {
  std::map<int, std::set<int>> by_count;
  for (const std::string& text : complete_shards) {
    if (text == "all") return true;
    const Shard shard = parse_shard(text);
    by_count[shard.count].insert(shard.index);
  }
  for (const auto& [count, indexes] : by_count) {
    if (static_cast<int>(indexes.size()) == count) return true;
  }
  return false;
}

}  // namespace

std::string Completeness::describe() const {
  if (complete) return "complete: " + count_of(stored_runs, "run");
  const std::string counts = fmt::format("PARTIAL: {} of {}", with_separators(stored_runs),
                                         count_of(definition_runs, "run"));
  // A sweep run without --shard speaks of no shard.
  if (shards.size() == 1 && shards.front() == "all") {
    return counts + " -- a sweep stopped early or killed; the results cover only these runs";
  }
  std::vector<std::string> unfinished;
  for (const auto& shard : shards) {
    if (std::find(complete_shards.begin(), complete_shards.end(), shard) == complete_shards.end()) {
      unfinished.push_back(shard);
    }
  }
  return fmt::format(
      "{} (shards finished: {}; begun but not finished: {}) -- a sweep stopped early or killed, "
      "or shards not merged yet; the results cover only these runs",
      counts, complete_shards.empty() ? "none" : join(complete_shards, ", "),
      unfinished.empty() ? "none" : join(unfinished, ", "));
}

Completeness ResultsFile::verify() {
  const auto stored = sweep();
  if (!stored) throw InputError(path() + ": holds no sweep yet");
  const std::string why = damage(*connection_, stored->definition);
  if (!why.empty()) {
    throw InputError(
        fmt::format("{}: damaged results file: {}. Do not use it: sweep again, or merge its shards "
                    "again into a new file",
                    path(), why));
  }
  Completeness completeness;
  completeness.stored_runs = run_count();
  completeness.definition_runs = static_cast<std::int64_t>(stored->definition.run_count());
  completeness.shards = stored->shards;
  SqliteStatement completions(connection_->handle(),
                              "SELECT shard FROM sweep_completions ORDER BY shard");
  while (completions.step()) completeness.complete_shards.push_back(completions.text(0));
  completeness.complete = covers_definition(completeness.complete_shards);
  if (completeness.complete && completeness.stored_runs != completeness.definition_runs) {
    throw InputError(fmt::format(
        "{}: damaged results file: it records its sweep as finished but holds {} of its "
        "{} runs. Do not use it: sweep again, or merge its shards again into a new file",
        path(), completeness.stored_runs, completeness.definition_runs));
  }
  return completeness;
}

bool ResultsFile::mark_shard_complete(const Shard& shard, std::size_t expected) {
  bool marked = false;
  in_transaction(*connection_, [&] {
    std::size_t held = 0;
    SqliteStatement keys(connection_->handle(), "SELECT scenario, variant, seed FROM runs");
    while (keys.step()) {
      held +=
          shard.contains(keys.text(0), keys.text(1), static_cast<std::uint64_t>(keys.integer(2)))
              ? 1
              : 0;
    }
    if (held != expected) return;
    SqliteStatement insert(
        connection_->handle(),
        "INSERT OR REPLACE INTO sweep_completions (shard, expected_runs, completed_at) "
        "VALUES (?, ?, ?)");
    insert.bind(1, shard.text())
        .bind(2, static_cast<std::int64_t>(expected))
        .bind(3, utc_now())
        .run();
    marked = true;
  });
  return marked;
}

std::string describe_definition(const SweepDefinition& definition) {
  std::vector<std::string> names;
  for (const auto& scenario : definition.scenarios) names.push_back(scenario.name);
  std::string text =
      fmt::format("-s {} -v {} --seeds {}..{}", join(names, " "), join(definition.variants, " "),
                  definition.seeds.first, definition.seeds.last);
  if (definition.strategy != "random") {
    text += fmt::format(" --strategy {} --depth {}", definition.strategy, definition.pct_depth);
  }
  if (definition.fixes) text += " --fix " + fixes_text(*definition.fixes);
  if (definition.flag_percent) text += fmt::format(" --flag-percent {}", *definition.flag_percent);
  return text;
}

std::optional<StoredShrunkCase> ResultsFile::shrunk_case(std::int64_t run_id,
                                                         const std::string& property,
                                                         std::int64_t budget) {
  SqliteStatement select(
      connection_->handle(),
      "SELECT source_trace_hash, scenario_toml, variant, seed, size_before, size_after, "
      "runs_spent, "
      "budget_exhausted FROM shrunk_cases WHERE run_id = ? AND property = ? AND budget = ?");
  select.bind(1, run_id).bind(2, property).bind(3, budget);
  if (!select.step()) return std::nullopt;
  StoredShrunkCase shrunk;
  shrunk.run_id = run_id;
  shrunk.property = property;
  shrunk.budget = budget;
  shrunk.source_trace_hash = parse_hash(select.text(0));
  shrunk.scenario_toml = select.text(1);
  shrunk.variant = select.text(2);
  shrunk.seed = static_cast<std::uint64_t>(select.integer(3));
  shrunk.size_before = select.text(4);
  shrunk.size_after = select.text(5);
  shrunk.runs_spent = select.integer(6);
  shrunk.budget_exhausted = select.integer(7) != 0;
  return shrunk;
}

void ResultsFile::add_shrunk_case(const StoredShrunkCase& shrunk) {
  SqliteStatement insert(
      connection_->handle(),
      "INSERT OR REPLACE INTO shrunk_cases (run_id, property, budget, source_trace_hash, "
      "scenario_toml, variant, seed, size_before, size_after, runs_spent, budget_exhausted) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, shrunk.run_id).bind(2, shrunk.property).bind(3, shrunk.budget);
  insert.bind(4, fmt::format("{:016x}", shrunk.source_trace_hash)).bind(5, shrunk.scenario_toml);
  insert.bind(6, shrunk.variant).bind(7, static_cast<std::int64_t>(shrunk.seed));
  insert.bind(8, shrunk.size_before).bind(9, shrunk.size_after).bind(10, shrunk.runs_spent);
  insert.bind(11, std::int64_t{shrunk.budget_exhausted ? 1 : 0}).run();
}

}  // namespace dispatchsim::explore

namespace dispatchsim::explore {

std::string RealConfirmation::verdict(const std::string& property) const {
  const auto holds = [&](const std::vector<std::string>& properties) {
    return std::find(properties.begin(), properties.end(), property) != properties.end();
  };
  if (!real_error.empty()) return "real run failed";
  if (holds(reproduced)) return "reproduced";
  if (holds(not_reproduced)) return "not reproduced";
  if (holds(real_only)) return "real only";
  return "clean on both";
}

void ResultsFile::add_confirmation(std::int64_t run_id, const RealConfirmation& confirmation) {
  SqliteStatement insert(
      connection_->handle(),
      "INSERT OR REPLACE INTO run_confirmations (run_id, services, reproduced, not_reproduced, "
      "real_only, real_error, real_violations, statements, lock_waits, errors, wall_time_us, "
      "first_difference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, run_id).bind(2, confirmation.services);
  insert.bind(3, join(confirmation.reproduced, ","));
  insert.bind(4, join(confirmation.not_reproduced, ","));
  insert.bind(5, join(confirmation.real_only, ",")).bind(6, confirmation.real_error);
  insert.bind(7, confirmation.real_violations).bind(8, confirmation.statements);
  insert.bind(9, confirmation.lock_waits).bind(10, confirmation.errors);
  insert.bind(11, confirmation.wall_time_us).bind(12, confirmation.first_difference).run();
}

std::map<std::int64_t, RealConfirmation> ResultsFile::confirmations() {
  SqliteStatement select(
      connection_->handle(),
      "SELECT run_id, services, reproduced, not_reproduced, real_only, real_error, "
      "real_violations, statements, lock_waits, errors, wall_time_us, first_difference "
      "FROM run_confirmations ORDER BY run_id");
  std::map<std::int64_t, RealConfirmation> confirmations;
  while (select.step()) {
    RealConfirmation& confirmation = confirmations[select.integer(0)];
    confirmation.services = select.text(1);
    confirmation.reproduced = split(select.text(2), ',');
    confirmation.not_reproduced = split(select.text(3), ',');
    confirmation.real_only = split(select.text(4), ',');
    confirmation.real_error = select.text(5);
    confirmation.real_violations = select.integer(6);
    confirmation.statements = select.integer(7);
    confirmation.lock_waits = select.integer(8);
    confirmation.errors = select.integer(9);
    confirmation.wall_time_us = select.integer(10);
    confirmation.first_difference = select.text(11);
  }
  return confirmations;
}

RunSpec stored_run_spec(const SweepDefinition& definition, const RunRecord& record) {
  RunSpec spec;
  spec.scenario = definition.loadable_scenario_argument(record.scenario);
  const SweepScenario now = describe_scenario(spec.scenario);
  for (const SweepScenario& then : definition.scenarios) {
    if (then.name != record.scenario || then.content_hash == now.content_hash) continue;
    throw InputError(
        fmt::format("row {}: the scenario {} changed since the sweep stored this run (content {} "
                    "then, {} now), so it "
                    "would not rerun as stored. Restore the file, or run it as it is now: -s {} -v "
                    "{} --seed {}",
                    record.id, spec.scenario, then.content_hash, now.content_hash,
                    scenarios::shell_quote(spec.scenario), record.variant, record.seed));
  }
  spec.variant = record.variant;
  spec.seed = record.seed;
  spec.strategy = record.strategy;
  spec.pct_depth = definition.pct_depth;
  spec.fixes = definition.fixes;
  spec.flag_percent = definition.flag_percent;
  return spec;
}

}  // namespace dispatchsim::explore
