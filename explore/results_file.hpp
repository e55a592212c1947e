#pragma once
// The results file of a sweep: a SQLite file (WAL) with one row per run, written by the worker
// processes as they finish runs, read by the summary, replay, explain, shrink, merge and the
// reports. The schema is documented in docs/results-schema.md and versioned by
// PRAGMA user_version; it is an interface: change it only by adding, and bump the version.
//
// A file holds exactly one sweep definition (table `sweeps`), possibly only some of its shards.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "explore/run_record.hpp"
#include "explore/sqlite_connection.hpp"
#include "explore/sweep_definition.hpp"

namespace dispatchsim::explore {

// 2: table run_signatures (triage). A version-1 file is upgraded when opened (its rows keep no
// signatures).
constexpr int results_schema_version = 2;

struct StoredSweep {
  SweepDefinition definition;
  std::vector<std::string> shards;  // "all", or the "I/N" run into this file
  std::string created_at;           // wall clock, informational
};

// (scenario name, variant, seed): a run's key within one sweep.
using RunKey = std::tuple<std::string, std::string, std::uint64_t>;

class ResultsFile {
 public:
  enum class Mode { create_if_missing, existing };
  // Opens the file, creating the schema when it is new. Throws InputError when the file is not
  // a results file, or was written by a newer schema version.
  ResultsFile(const std::string& path, Mode mode);

  const std::string& path() const { return connection_.path(); }
  SqliteConnection& connection() { return connection_; }

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
  // The row of a key, if stored.
  std::optional<std::int64_t> find_run(const RunKey& key);

  struct CopyCount {
    std::int64_t added = 0;
    std::int64_t duplicates = 0;          // runs both files hold; this file's row is kept
    std::vector<std::string> conflicts;   // duplicates whose trace hashes differ
  };
  // Copies, in one transaction, the runs of another results file that this one lacks. The
  // caller checks that both hold the same sweep.
  CopyCount copy_runs_from(const std::string& other_path);

 private:
  SqliteConnection connection_;
};

// The definition's scenarios, variants and seeds as one line, for messages.
std::string describe_definition(const SweepDefinition& definition);

}  // namespace dispatchsim::explore
