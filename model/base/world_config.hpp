#pragma once
// Every knob of the simulated world, with defaults. A scenario file maps one-to-one onto these
// structs (scenarios/scenario_loader.cpp); the defaults are the plan's numbers where it gives
// any (Fix 2 lock timeouts, Fix 4 queue settings, Fix 5 dedup TTL).

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

struct DurationRange {
  sim::Micros min = 0;
  sim::Micros max = 0;
};

struct WorkloadConfig {
  int requests = 4;
  int drivers = 3;
  int candidates_per_request = 2;  // drivers offered each request at once
  DurationRange request_arrival{0, sim::seconds(5)};
  DurationRange driver_think{sim::milliseconds(200), sim::seconds(3)};
  double decline_probability = 0.7;  // otherwise the driver accepts
  double cancel_probability = 0.0;   // a rider cancels while searching
  int location_updates_per_request = 0;
  DurationRange location_update_interval{sim::milliseconds(200), sim::seconds(2)};
  int location_readers = 0;  // processes reading pickup locations (cache-aside)
  DurationRange location_read_interval{sim::milliseconds(100), sim::seconds(1)};
};

struct ProcessConfig {
  int dispatch_workers = 2;
  int api_handlers = 2;                         // concurrent decline/accept/location handlers
  sim::Micros restart_after = sim::seconds(5);  // a crashed server process comes back
  sim::Micros app_restart_after = sim::seconds(2);
};

struct TimingConfig {
  DurationRange db_statement_latency{0, 0};  // 0: statements only yield
  DurationRange api_latency{sim::milliseconds(1), sim::milliseconds(30)};
  DurationRange push_latency{sim::milliseconds(5), sim::milliseconds(300)};
  sim::Micros api_client_timeout = sim::seconds(5);
  int api_client_retries = 2;  // a driver app retries a timed-out decline
  sim::Micros matcher_poll_interval = sim::milliseconds(200);
  sim::Micros relay_poll_interval = sim::milliseconds(100);
  sim::Micros offer_timeout = sim::seconds(45);  // the matcher re-publishes unanswered offers
  int offer_retries_max = 2;
};

struct BrokerSettings {
  sim::Micros visibility_timeout = sim::seconds(30);    // Fix 4 "VisibilityTimeout": "30"
  sim::Micros retention_period = sim::seconds(345600);  // Fix 4 "MessageRetentionPeriod"
  sim::Micros receive_wait_time = sim::seconds(20);     // Fix 4 "ReceiveMessageWaitTimeSeconds"
  int max_receive_count = 3;                            // Fix 4 redrive "maxReceiveCount"
  int batch_size = 10;                                  // Fix 4 MaxNumberOfMessages
  sim::Micros legacy_poll_interval = sim::seconds(1);   // legacy: short polling, no DLQ
};

struct CacheSettings {
  sim::Micros request_ttl = sim::seconds(60);  // cache-aside TTL of request:{id}
  sim::Micros replication_lag = sim::milliseconds(5);
  sim::Micros pubsub_latency = sim::milliseconds(1);
  sim::Micros stale_replica_lag = sim::seconds(10);
};

struct DatabaseSettings {
  sim::Micros lock_wait_timeout = sim::seconds(50);  // innodb_lock_wait_timeout
};

struct MigrationConfig {
  // The plan's migration adds `version INT NOT NULL DEFAULT 0`; rows stay at 0 until the
  // backfill (`UPDATE ... SET version = 1 WHERE version = 0 LIMIT n`) reaches them.
  bool backfill_pending = false;
  int backfill_batch = 2;
  sim::Micros backfill_interval = sim::seconds(2);
};

// A change of the flag during the run, as a deploy makes it while messages are in flight: the
// run starts at from_percent and switches to VariantConfig::flag_percent at `at` — or, when no
// dispatch message is in the broker then, at the first millisecond after it when one is (at most
// flag_switch_wait later), so that old and new code paths meet on the same messages.
struct FlagSwitch {
  int from_percent = 0;
  sim::Micros at = 0;
};
inline constexpr sim::Micros flag_switch_wait = sim::seconds(10);

struct VariantConfig {
  std::string variant = "legacy";  // an id of model/dispatch/variant_catalogue.hpp
  std::set<int> fixes = {1, 2, 3, 4,
                         5};  // variants that take fixes: which of the plan's fixes are deployed
  int flag_percent = 100;     // plan only: ENABLE_IDEMPOTENT_DISPATCH rollout
  std::optional<FlagSwitch> flag_switch;  // plan only: the rollout's transition into a phase
};

// The plan's "Database Rollback" during the run: at `at`, the feature flag goes off and
// model/infra/sql/rollback.sql drops the migration's columns while messages are in flight.
struct RollbackConfig {
  std::optional<sim::Micros> at;  // none: no rollback
};

struct PhaseConfig {
  sim::Micros fault_window = sim::seconds(60);  // faults fire only inside this window
  sim::Micros heal_window = sim::seconds(300);  // then the world must converge (liveness)
};

struct WorldConfig {
  WorkloadConfig workload;
  ProcessConfig processes;
  TimingConfig timing;
  BrokerSettings broker;
  CacheSettings cache;
  DatabaseSettings database;
  MigrationConfig migration;
  VariantConfig variant;
  PhaseConfig phases;
  RollbackConfig rollback;
};

}  // namespace dispatchsim::model
