#include "explore/results_merge.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "explore/input_error.hpp"
#include "explore/output_file.hpp"

namespace dispatchsim::explore {

namespace {

struct Input {
  std::string path;
  StoredSweep sweep;
};

// An input is opened read-only and checked: a damaged file (or one claiming runs it lacks) is
// refused rather than merged, so the output never keeps a damaged copy of a run.
Input read_input(const std::string& path) {
  ResultsFile file(path, ResultsFile::Mode::read_only);
  auto stored = file.sweep();
  if (!stored) throw InputError(fmt::format("{}: holds no sweep; nothing to merge", path));
  file.verify();
  return Input{path, std::move(*stored)};
}

void require_same_sweep(const Input& first, const Input& other) {
  if (first.sweep.definition.id() == other.sweep.definition.id()) return;
  throw InputError(fmt::format(
      "{} and {} hold different sweeps, so their runs do not add up to one sweep:\n  {}: {}\n  {}: "
      "{}\n"
      "Merge only the shards of one sweep (the same scenarios and files, variants, seeds, strategy "
      "and plan options)",
      first.path, other.path, first.path, describe_definition(first.sweep.definition), other.path,
      describe_definition(other.sweep.definition)));
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  return std::filesystem::equivalent(a, b, error);
}

// Starts the staged output as a copy of the existing output (a consistent snapshot, read-only).
void copy_existing(const std::string& output, const std::filesystem::path& staged) {
  SqliteConnection source(output, SqliteConnection::ReadOnly{});
  SqliteStatement vacuum(source.handle(), "VACUUM INTO ?");
  vacuum.bind(1, staged.string()).run();
}

}  // namespace

MergeOutcome merge_results(const std::string& output, const std::vector<std::string>& inputs) {
  if (inputs.empty())
    throw InputError("merge: name at least one input file: dispatchsim merge OUT IN...");
  const bool output_exists = std::filesystem::exists(output);
  std::vector<Input> read;
  if (output_exists) read.push_back(read_input(output));
  for (const std::string& path : inputs) {
    if (output_exists && same_file(path, output)) continue;
    read.push_back(read_input(path));
  }
  if (read.size() == (output_exists ? 1u : 0u))
    throw InputError("merge: every input is the output itself; nothing to merge");
  for (const Input& input : read) require_same_sweep(read.front(), input);

  // Never in place: the merge is written to a file next to the output and renamed over it once
  // complete, so a kill at any moment leaves the old output or the new one.
  AtomicOutput staged(output, OutputKind::results, false, "merge OUT");
  if (output_exists) copy_existing(output, staged.temporary());
  MergeOutcome outcome;
  {
    ResultsFile merged(staged.temporary().string(), ResultsFile::Mode::create_if_missing);
    for (const Input& input : read) {
      for (const std::string& shard : input.sweep.shards)
        merged.begin_sweep(input.sweep.definition, shard);
      if (output_exists && input.path == read.front().path) continue;
      const ResultsFile::CopyCount count = merged.copy_runs_from(input.path);
      outcome.added += count.added;
      outcome.duplicates += count.duplicates;
      outcome.conflicts.insert(outcome.conflicts.end(), count.conflicts.begin(),
                               count.conflicts.end());
    }
    merged.verify();
    outcome.shards = merged.sweep()->shards;
    outcome.total_runs = merged.run_count();
    // One self-contained file to rename: no -wal beside it.
    merged.connection().execute("PRAGMA journal_mode = DELETE");
  }
  staged.commit();
  return outcome;
}

}  // namespace dispatchsim::explore
