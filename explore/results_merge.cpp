#include "explore/results_merge.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "explore/input_error.hpp"

namespace dispatchsim::explore {

namespace {

struct Input {
  std::string path;
  StoredSweep sweep;
};

Input read_input(const std::string& path) {
  ResultsFile file(path, ResultsFile::Mode::existing);
  auto stored = file.sweep();
  if (!stored) throw InputError(fmt::format("{}: holds no sweep; nothing to merge", path));
  return Input{path, std::move(*stored)};
}

void require_same_sweep(const Input& first, const Input& other) {
  if (first.sweep.definition.id() == other.sweep.definition.id()) return;
  throw InputError(fmt::format(
      "{} and {} hold different sweeps, so their runs do not add up to one sweep:\n  {}: {}\n  {}: {}\n"
      "Merge only the shards of one sweep (the same scenarios and files, variants, seeds, strategy "
      "and plan options)",
      first.path, other.path, first.path, describe_definition(first.sweep.definition), other.path,
      describe_definition(other.sweep.definition)));
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  return std::filesystem::equivalent(a, b, error);
}

}  // namespace

MergeOutcome merge_results(const std::string& output, const std::vector<std::string>& inputs) {
  if (inputs.empty()) throw InputError("merge: name at least one input file: dispatchsim merge OUT IN...");
  std::vector<Input> read;
  for (const std::string& path : inputs) {
    if (std::filesystem::exists(output) && same_file(path, output)) continue;
    read.push_back(read_input(path));
  }
  if (std::filesystem::exists(output)) {
    ResultsFile existing(output, ResultsFile::Mode::existing);
    if (auto stored = existing.sweep()) read.insert(read.begin(), Input{output, std::move(*stored)});
  }
  if (read.empty()) throw InputError("merge: every input is the output itself; nothing to merge");
  for (const Input& input : read) require_same_sweep(read.front(), input);

  ResultsFile merged(output, ResultsFile::Mode::create_if_missing);
  MergeOutcome outcome;
  for (const Input& input : read) {
    for (const std::string& shard : input.sweep.shards) merged.begin_sweep(input.sweep.definition, shard);
    if (same_file(input.path, output)) continue;
    const ResultsFile::CopyCount count = merged.copy_runs_from(input.path);
    outcome.added += count.added;
    outcome.duplicates += count.duplicates;
    outcome.conflicts.insert(outcome.conflicts.end(), count.conflicts.begin(), count.conflicts.end());
  }
  outcome.shards = merged.sweep()->shards;
  outcome.total_runs = merged.run_count();
  return outcome;
}

}  // namespace dispatchsim::explore
