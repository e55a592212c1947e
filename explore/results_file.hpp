#pragma once
// The results file of a sweep: a SQLite file (WAL) with one row per run, written by the worker
// processes as they finish runs, read by the summary, replay, explain, shrink, merge and the
// reports. The schema is documented in docs/results-schema.md and versioned by
// PRAGMA user_version; it is an interface: change it only by adding, and bump the version.
//
// A file holds exactly one sweep definition (table `sweeps`), possibly only some of its shards.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "explore/run_record.hpp"
#include "explore/sqlite_connection.hpp"
#include "explore/sweep_definition.hpp"

namespace dispatchsim::explore {

// 2: table run_signatures (triage). 3: table sweep_completions (which shards a sweep finished,
// with their run counts), so readers tell a complete file from a partial or damaged one. Files of
// other versions are refused with a message saying so (never upgraded in place).
// run_tapes (guided runs' tapes and coverage features) was added to version 3 later: it is
// created when a writable version-3 file lacks it, and readers of a file without it see no
// guided rows.
// 4: table shrunk_cases (the report's cache of shrunk minimal cases).
// 5: run_signatures.root_cause, and signatures that name it and the faults of the violation's
// causal chain (a version-4 file's signatures cannot be regrouped without rerunning its seeds).
// 6: the same tables; the model moved once (issue 17): connections are kept across runs, so none
// re-reads the schema mid-run, and the trace hashes faults and history kinds by their stable ids.
// A version-5 file's trace hashes (and some of its seeds' outcomes) are those of the older model:
// replaying its rows would report divergences that are not nondeterminism.
// 7: table run_confirmations (`sweep --backend real`: each run confirmed on MariaDB + Redis).
// 8: run_tapes.keys (each choice's stream and process, for guided exploration's keyed replay:
// an older file's guided rows cannot rebuild the corpus a resumed sweep would have).
// 9: the same tables; the fault catalogue gained process-kill, whose choice stream is registered
// with the other faults' streams, so every later stream's id — which the keys of run_tapes name —
// moved by one. No trace hash moved, but a version-8 file's keys would replay the wrong streams.
constexpr int results_schema_version = 9;

// A stored run run again on the real services (`sweep --backend real`, explore/confirmation.hpp):
// per property, whether its simulated violations reproduced. Table run_confirmations.
struct RealConfirmation {
  std::string services;                     // "MariaDB 10.11.19-MariaDB-0+deb12u1 + Redis 7.0.15"
  std::vector<std::string> reproduced;      // violated by both runs
  std::vector<std::string> not_reproduced;  // by the simulated run only
  std::vector<std::string> real_only;       // by the real run only
  std::string real_error;                   // why the real run stopped; empty when it finished
  std::int64_t real_violations = 0;
  std::int64_t statements = 0;
  std::int64_t lock_waits = 0;
  std::int64_t errors = 0;        // other error replies (InnoDB deadlocks included)
  std::int64_t wall_time_us = 0;  // the real run's
  std::string first_difference;   // "#31: simulated ... / real ..."; empty: none
  // What the real services said about one property: "reproduced", "not reproduced", "real only",
  // "clean on both", or "real run failed".
  std::string verdict(const std::string& property) const;
};

// A minimal case shrunk from one stored run, cached so the report shrinks each failure once.
struct StoredShrunkCase {
  std::int64_t run_id = 0;  // the run it was shrunk from
  std::string property;     // the property it still violates
  std::int64_t budget =
      0;  // the shrink's run budget (part of the key: a bigger one searches further)
  std::uint64_t source_trace_hash =
      0;  // the source run as the shrinking build ran it: a stale entry is ignored
  std::string scenario_toml;  // the minimal scenario file
  std::string variant;
  std::uint64_t seed = 0;
  std::string size_before;  // JSON [[dimension, value], ...]
  std::string size_after;
  std::int64_t runs_spent = 0;
  bool budget_exhausted = false;
};

struct StoredSweep {
  SweepDefinition definition;
  std::vector<std::string> shards;  // "all", or the "I/N" run into this file
  std::string created_at;           // wall clock, informational
};

// (scenario name, variant, seed): a run's key within one sweep.
using RunKey = std::tuple<std::string, std::string, std::uint64_t>;

// How much of its sweep a file holds (ResultsFile::verify).
struct Completeness {
  std::int64_t stored_runs = 0;
  std::int64_t definition_runs = 0;          // every run of the sweep definition
  std::vector<std::string> shards;           // begun in or merged into this file
  std::vector<std::string> complete_shards;  // of those, finished by a sweep (all runs stored)
  bool complete = false;                     // the finished shards cover the whole definition
  // "complete: 300 runs", or "PARTIAL: 120 of 300 runs (shards finished: 1/3; not finished: 2/3;
  // never run: 3/3)".
  std::string describe() const;
};

class ResultsFile {
 public:
  // create_if_missing and existing open for writing (a sweep, a merge's output) and give an
  // empty file the schema; read_only changes nothing, and refuses an empty file.
  enum class Mode { create_if_missing, existing, read_only };
  // Throws InputError when the file is not a results file, or is of another schema version.
  ResultsFile(const std::string& path, Mode mode);

  const std::string& path() const { return connection_->path(); }
  SqliteConnection& connection() { return *connection_; }

  // Checks the file before a reader trusts it: SQLite's own check, every run's child rows
  // present, every run within the stored definition, and a file that claims completeness holds
  // every run. Throws InputError naming what is damaged; otherwise says how complete it is.
  Completeness verify();
  // Records that the shard is finished when the file holds exactly `expected` runs of it (the
  // sweep counted them walking the definition). Returns whether it did.
  bool mark_shard_complete(const Shard& shard, std::size_t expected);

  // The sweep this file holds, if any yet.
  std::optional<StoredSweep> sweep();
  // Records the definition (the file's first sweep) or checks that it equals the stored one, and
  // notes the shard. Throws InputError naming both definitions when they differ.
  // shard is Shard::text(): "all" or "I/N".
  void begin_sweep(const SweepDefinition& definition, const std::string& shard);

  // Stores one run in one transaction and returns its row id. A run already stored under the
  // same key is kept as it is (its id is returned): rows are never doubled.
  std::int64_t add_run(const RunRecord& record);
  std::set<RunKey> finished_runs();
  std::int64_t run_count();
  // Throws InputError when no row has this id.
  RunRecord run(std::int64_t id);
  // Every run with its child rows, by row id (one query per table, not per run).
  std::vector<RunRecord> runs();
  // The guided trails of one scenario and variant's runs with seeds in [first, last], in seed
  // order (the runs a guided corpus observes for one generation).
  std::vector<GuidedTrail> guided_trails(const std::string& scenario, const std::string& variant,
                                         std::uint64_t first, std::uint64_t last);
  // The row of a key, if stored.
  std::optional<std::int64_t> find_run(const RunKey& key);

  // The cached minimal case of (run, property, budget), if any.
  std::optional<StoredShrunkCase> shrunk_case(std::int64_t run_id, const std::string& property,
                                              std::int64_t budget);
  // Stores it (replacing an older entry of the same key).
  void add_shrunk_case(const StoredShrunkCase& shrunk);

  // Records (replacing) a run's confirmation on the real services.
  void add_confirmation(std::int64_t run_id, const RealConfirmation& confirmation);
  // Every confirmed run's confirmation, by row id (none: the file was swept simulated only).
  std::map<std::int64_t, RealConfirmation> confirmations();

  struct CopyCount {
    std::int64_t added = 0;
    std::int64_t duplicates = 0;         // runs both files hold; this file's row is kept
    std::vector<std::string> conflicts;  // duplicates whose trace hashes differ
  };
  // Copies, in one transaction, the runs of another results file that this one lacks. The
  // caller checks that both hold the same sweep.
  CopyCount copy_runs_from(const std::string& other_path);

 private:
  std::unique_ptr<SqliteConnection> connection_;
};

// The definition's scenarios, variants and seeds as one line, for messages.
std::string describe_definition(const SweepDefinition& definition);

// What reruns a stored run of the definition (its scenario as the sweep named it, found here).
// Throws InputError when the scenario file changed since: it would be another run under the
// stored run's name.
RunSpec stored_run_spec(const SweepDefinition& definition, const RunRecord& record);

}  // namespace dispatchsim::explore
