// The cost of a run and of its parts, against the physical limits of this kind of machine
// (../shared/facts.md): a fresh database by DDL ~320 us, a copy of a prebuilt image 15-60 us, a
// small SQLite transaction ~4 us. The raw-SQL baseline replays exactly the statements a run
// executed, directly against a fresh database: a run's cost divided by it is the simulation's
// overhead (goal: at most 2x).

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <map>
#include <string>

#include "faults/fault_injector.hpp"
#include "model/infra/database.hpp"
#include "model/world/world.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim {
namespace {

std::string scenario_path(const std::string& name) {
  return std::string(DISPATCHSIM_SOURCE_DIR) + "/scenarios/" + name + ".toml";
}

// A run's database: a copy of the schema template into a fresh in-memory database.
void BM_DatabaseFromTemplate(benchmark::State& state) {
  sim::PrngChoiceSource choices(1);
  sim::Kernel kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices));
  model::History history(kernel);
  for (auto _ : state) {
    model::Database database(kernel, history);
    benchmark::DoNotOptimize(&database);
  }
}
BENCHMARK(BM_DatabaseFromTemplate)->Unit(benchmark::kMicrosecond);

// Per-seed set-up: choice source, kernel, fault injector, world with its database, and every
// process spawned (not yet run). Tear-down is excluded.
void BM_WorldSetUp(benchmark::State& state) {
  const scenarios::Scenario scenario = scenarios::load_scenario(scenario_path("decline-race"));
  std::uint64_t seed = 0;
  for (auto _ : state) {
    auto choices = std::make_unique<sim::PrngChoiceSource>(++seed);
    auto kernel = std::make_unique<sim::Kernel>(
        *choices, std::make_unique<sim::RandomWalkStrategy>(*choices));
    auto injector = std::make_unique<faults::FaultInjector>(*kernel, scenario.faults,
                                                            scenario.world.phases.fault_window);
    auto world = std::make_unique<model::World>(*kernel, *injector, scenario.world);
    injector->attach(*world);
    world->start();
    state.PauseTiming();
    kernel->run(0);  // stop every process before the world goes away
    world.reset();
    injector.reset();
    kernel.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_WorldSetUp)->Unit(benchmark::kMicrosecond);

// Whole runs, one seed per iteration: seeds per second for each variant.
void BM_Run(benchmark::State& state, const std::string& scenario_name, const std::string& variant) {
  const scenarios::Scenario scenario = scenarios::load_scenario(scenario_path(scenario_name));
  std::uint64_t seed = 0;
  std::int64_t events = 0;
  for (auto _ : state) {
    scenarios::RunOptions options;
    options.variant = variant;
    options.seed = ++seed;
    const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
    events += static_cast<std::int64_t>(result.events);
  }
  state.SetItemsProcessed(state.iterations());  // items/s = seeds/s
  state.counters["events_per_run"] =
      static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK_CAPTURE(BM_Run, decline_race_legacy, "decline-race", "legacy")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Run, decline_race_plan, "decline-race", "plan")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Run, decline_race_hardened, "decline-race", "hardened")
    ->Unit(benchmark::kMillisecond);

// The same runs as a consumer that reads only violations takes them (guided exploration, time
// to first failure, the likelihood samples): no monitoring queries, no alert or broker
// observers. Same trace hashes; the difference is what those after-run checks cost.
void BM_RunViolationsOnly(benchmark::State& state, const std::string& scenario_name,
                          const std::string& variant) {
  const scenarios::Scenario scenario = scenarios::load_scenario(scenario_path(scenario_name));
  std::uint64_t seed = 0;
  for (auto _ : state) {
    scenarios::RunOptions options;
    options.variant = variant;
    options.seed = ++seed;
    options.judge_monitoring = false;
    options.alert_interval = 0;
    options.broker_sample_interval = 0;
    benchmark::DoNotOptimize(scenarios::run_scenario(scenario, options).trace_hash);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_RunViolationsOnly, decline_race_legacy, "decline-race", "legacy")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RunViolationsOnly, decline_race_plan, "decline-race", "plan")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RunViolationsOnly, decline_race_hardened, "decline-race", "hardened")
    ->Unit(benchmark::kMillisecond);

// The plan's load test (1,000 concurrent requests, 300 drivers): virtual seconds simulated per
// CPU second (goal: >= 100x real time). The virtual span is the whole run, heal window included;
// the kernel skips idle time, so the ratio says how cheaply the run reaches its horizon.
void BM_LoadTest(benchmark::State& state, const std::string& variant) {
  const scenarios::Scenario scenario = scenarios::load_scenario(scenario_path("load-test"));
  double virtual_seconds = 0;
  std::uint64_t seed = 0;
  for (auto _ : state) {
    scenarios::RunOptions options;
    options.variant = variant;
    options.seed = ++seed;
    virtual_seconds +=
        static_cast<double>(scenarios::run_scenario(scenario, options).virtual_end) / 1e6;
  }
  state.counters["virtual_s_per_run"] = virtual_seconds / static_cast<double>(state.iterations());
  state.counters["virtual_s_per_cpu_s"] =
      benchmark::Counter(virtual_seconds, benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(BM_LoadTest, legacy, "legacy")->Unit(benchmark::kSecond);
BENCHMARK_CAPTURE(BM_LoadTest, plan, "plan")->Unit(benchmark::kSecond);
BENCHMARK_CAPTURE(BM_LoadTest, hardened, "hardened")->Unit(benchmark::kSecond);

void sim_now_stub(sqlite3_context* context, int, sqlite3_value**) {
  sqlite3_result_text(context, "2026-01-01 00:00:01", -1, SQLITE_STATIC);
}

void bind(sqlite3_stmt* statement, const std::vector<model::SqlValue>& parameters) {
  int index = 1;
  for (const model::SqlValue& parameter : parameters) {
    if (const auto* integer = std::get_if<std::int64_t>(&parameter)) {
      sqlite3_bind_int64(statement, index, *integer);
    } else if (const auto* real = std::get_if<double>(&parameter)) {
      sqlite3_bind_double(statement, index, *real);
    } else if (const auto* text = std::get_if<std::string>(&parameter)) {
      sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()),
                        SQLITE_TRANSIENT);
    } else {
      sqlite3_bind_null(statement, index);
    }
    ++index;
  }
}

// The same statements as one decline-race run, in the order they completed, straight into
// SQLite: a fresh schema copy, one connection per simulated connection, prepared statements.
void replay_raw(const std::vector<model::RecordedStatement>& statements, sqlite3* schema, int run) {
  const std::string uri = "file:/raw-replay-" + std::to_string(run) + "?vfs=memdb";
  std::map<std::uint32_t, sqlite3*> connections;
  std::map<std::pair<std::uint32_t, std::string>, sqlite3_stmt*> prepared;
  auto connection = [&](std::uint32_t id) {
    sqlite3*& handle = connections[id];
    if (handle == nullptr) {
      sqlite3_open_v2(uri.c_str(), &handle,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
      sqlite3_create_function(handle, "sim_now", 0, SQLITE_UTF8, nullptr, sim_now_stub, nullptr,
                              nullptr);
      if (connections.size() == 1) {
        sqlite3_backup* backup = sqlite3_backup_init(handle, "main", schema, "main");
        sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
      }
    }
    return handle;
  };
  for (const auto& recorded : statements) {
    sqlite3* handle = connection(recorded.connection);
    sqlite3_stmt*& statement = prepared[{recorded.connection, recorded.sql}];
    if (statement == nullptr)
      sqlite3_prepare_v2(handle, recorded.sql.c_str(), -1, &statement, nullptr);
    bind(statement, recorded.parameters);
    while (sqlite3_step(statement) == SQLITE_ROW) {
    }
    sqlite3_reset(statement);
  }
  for (auto& [key, statement] : prepared) sqlite3_finalize(statement);
  for (auto& [id, handle] : connections) sqlite3_close_v2(handle);
}

// The statements of decline-race seed 1 in the order they completed.
std::vector<model::RecordedStatement> recorded_statements(const std::string& variant) {
  const scenarios::Scenario scenario = scenarios::load_scenario(scenario_path("decline-race"));
  std::vector<model::RecordedStatement> statements;
  scenarios::RunOptions options;
  options.variant = variant;
  options.seed = 1;
  options.record_statements = &statements;
  scenarios::run_scenario(scenario, options);
  return statements;
}

void BM_RawSqlReplayOfARun(benchmark::State& state, const std::string& variant) {
  const std::vector<model::RecordedStatement> statements = recorded_statements(variant);
  sqlite3* schema = nullptr;
  sqlite3_open(":memory:", &schema);
  sqlite3_create_function(schema, "sim_now", 0, SQLITE_UTF8, nullptr, sim_now_stub, nullptr,
                          nullptr);
  sqlite3_exec(schema, std::string(model::embedded_sql("schema")).c_str(), nullptr, nullptr,
               nullptr);
  int run = 0;
  for (auto _ : state) replay_raw(statements, schema, ++run);
  sqlite3_close(schema);
  state.counters["statements"] = static_cast<double>(statements.size());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_RawSqlReplayOfARun, legacy, "legacy")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RawSqlReplayOfARun, hardened, "hardened")->Unit(benchmark::kMillisecond);

// SQLite's floor for one run: the same statements with everything a worker can keep kept —
// connections open, statements prepared once, the content emptied between iterations (as the
// database store does between runs). A run cannot cost less than this; 1 ms / this = the most
// seeds per second any simulation of these statements could reach on this machine.
void BM_RawSqlFloorOfARun(benchmark::State& state, const std::string& variant) {
  const std::vector<model::RecordedStatement> statements = recorded_statements(variant);
  const std::string uri = "file:/raw-floor-" + variant + "?vfs=memdb";
  std::map<std::uint32_t, sqlite3*> connections;
  std::map<std::pair<std::uint32_t, std::string>, sqlite3_stmt*> prepared;
  sqlite3* anchor = nullptr;
  sqlite3_open_v2(uri.c_str(), &anchor,
                  SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
  sqlite3_create_function(anchor, "sim_now", 0, SQLITE_UTF8, nullptr, sim_now_stub, nullptr,
                          nullptr);
  sqlite3_exec(anchor, std::string(model::embedded_sql("schema")).c_str(), nullptr, nullptr,
               nullptr);
  std::string clear;
  sqlite3_stmt* tables = nullptr;
  sqlite3_prepare_v2(anchor, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &tables,
                     nullptr);
  while (sqlite3_step(tables) == SQLITE_ROW) {
    clear += "DELETE FROM \"" +
             std::string(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0))) + "\";";
  }
  sqlite3_finalize(tables);
  for (auto _ : state) {
    for (const auto& recorded : statements) {
      sqlite3*& handle = connections[recorded.connection];
      if (handle == nullptr) {
        sqlite3_open_v2(uri.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
        sqlite3_create_function(handle, "sim_now", 0, SQLITE_UTF8, nullptr, sim_now_stub, nullptr,
                                nullptr);
      }
      sqlite3_stmt*& statement = prepared[{recorded.connection, recorded.sql}];
      if (statement == nullptr)
        sqlite3_prepare_v2(handle, recorded.sql.c_str(), -1, &statement, nullptr);
      bind(statement, recorded.parameters);
      while (sqlite3_step(statement) == SQLITE_ROW) {
      }
      sqlite3_reset(statement);
    }
    sqlite3_exec(anchor, clear.c_str(), nullptr, nullptr, nullptr);
  }
  for (auto& [key, statement] : prepared) sqlite3_finalize(statement);
  for (auto& [id, handle] : connections) sqlite3_close_v2(handle);
  sqlite3_close_v2(anchor);
  state.counters["statements"] = static_cast<double>(statements.size());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_RawSqlFloorOfARun, legacy, "legacy")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RawSqlFloorOfARun, plan, "plan")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RawSqlFloorOfARun, hardened, "hardened")->Unit(benchmark::kMillisecond);

// The same seed as the raw replay, as a full simulated run.
void BM_RunOfTheRecordedSeed(benchmark::State& state, const std::string& variant) {
  const scenarios::Scenario scenario = scenarios::load_scenario(scenario_path("decline-race"));
  for (auto _ : state) {
    scenarios::RunOptions options;
    options.variant = variant;
    options.seed = 1;
    benchmark::DoNotOptimize(scenarios::run_scenario(scenario, options).trace_hash);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_RunOfTheRecordedSeed, legacy, "legacy")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RunOfTheRecordedSeed, hardened, "hardened")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dispatchsim

BENCHMARK_MAIN();
