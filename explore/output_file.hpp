#pragma once
// Output files written whole or not at all. Every file dispatchsim writes for a person (a trace,
// a log, broker metrics, a saved database, a tape, a shrunk scenario, a rollout file, a merged
// results file, a report) is written to a temporary file in the target's directory, flushed to
// disk (fsync) and renamed over the target, so a kill or a full disk leaves the old file or the
// new one, never half of one. An existing file is replaced only when it holds the same kind of
// content (or nothing), unless the user says --force: `--trace scenarios/x.toml` is refused.
// An I/O error is an OutputError naming the path; the command line turns it into exit code 2.

#include <filesystem>
#include <string>
#include <string_view>

#include "explore/input_error.hpp"

namespace dispatchsim::explore {

struct OutputError : InputError {
  using InputError::InputError;
};

// What an output holds, to recognise an existing file of the same kind.
enum class OutputKind {
  results,       // a dispatchsim results file (SQLite)
  run_database,  // a run's final database (SQLite, --save-db)
  trace,         // JSON Lines of trace events (--trace)
  log,           // the run's log lines, text or JSON Lines (--log)
  metrics,       // JSON Lines of broker samples (--metrics)
  tape,          // a choice tape
  scenario,      // a scenario TOML file (shrink --out)
  rollout,       // a rollout JSON file (rollout --json)
  report,        // a report directory (summary.md, index.html, results.json, junit.xml)
};

std::string_view output_kind_name(OutputKind kind);

// Throws OutputError (naming option and path) unless path may be written as kind: it does not
// exist, or is empty, or holds that kind; or force is set. A directory is refused (except for a
// report), and so is a device or pipe for the SQLite kinds and reports.
void require_replaceable(const std::filesystem::path& path, OutputKind kind, bool force,
                         std::string_view option);

// A file being written: write to temporary(), then commit() to put it in place. Destroyed
// without commit(), it removes the temporary file and leaves the target as it was.
class AtomicOutput {
 public:
  // Checks the target with require_replaceable and picks a fresh temporary name next to it.
  AtomicOutput(std::filesystem::path target, OutputKind kind, bool force, std::string_view option);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::filesystem::path& target() const { return target_; }
  const std::filesystem::path& temporary() const { return temporary_; }
  // fsyncs the temporary file, renames it over the target and fsyncs the directory. Throws
  // OutputError naming the target on any failure (the target is then unchanged).
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  bool committed_ = false;
};

// Writes content as path (through AtomicOutput; a device or pipe such as /dev/stdout is written
// directly, its errors still reported). Throws OutputError.
void write_output(const std::filesystem::path& path, std::string_view content, OutputKind kind,
                  bool force, std::string_view option);

// fsync of a file or directory by path. Throws OutputError naming it.
void sync_path(const std::filesystem::path& path);

// A name next to target that no other process uses: ".NAME.PID-COUNTER.tmp".
std::filesystem::path temporary_sibling(const std::filesystem::path& target,
                                        std::string_view purpose);

}  // namespace dispatchsim::explore
