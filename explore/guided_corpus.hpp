#pragma once
// Guided exploration (`--strategy guided`): runs that reached something new steer what runs
// next, as in coverage-guided fuzzers (AFL++, libFuzzer) and Antithesis. A run's input is a
// choice tape prefix plus a seed for every later choice (sim::ReseededTapeChoiceSource); its
// feedback is its coverage features (scenarios/coverage_features.hpp: coverage probes, (process,
// event kind) pairs and edges, per-request history edges, violation signatures). A run with a
// feature no earlier run had joins the corpus with its full tape; later inputs mutate corpus
// tapes:
//   branch  keep the entry's tape up to shortly before where it first reached one of its new
//           features (the rarer, the likelier), draw the rest from a new seed: explore again
//           from an interesting moment, as Antithesis branches from one;
//   reseed  keep a prefix of an entry's tape, draw the rest from a new seed;
//   flip    change one choice (within its range; a fault's chance draw toggles) and keep the
//           rest of the tape, then a new seed past its end;
//   splice  one entry's prefix, another's continuation from the same position, a new seed after;
//   reconfigure  an entry's configuration (the choices drawn before any process ran: the swarm's
//           faults and rates, knobs) kept and the run redrawn: the faults that reached something
//           rare, with a new schedule;
//   nudge   a directed mutation from a timing hint (scenarios/coverage_features.hpp: IJON's
//           distance feedback): a recent run's tape with the one choice the hint names moved by
//           the hint's shift (give or take its tolerance), the rest of the tape kept, so the run
//           is the same up to the moved event and the event lands where the hint aimed it — for
//           the decline race, a driver's think time that puts the decline inside a worker's
//           check-then-act window. A nudged run's own hints correct the aim (hill climbing).
//           A fault hint's nudge makes fault draws fire instead (alone or as a group): a reader
//           paused at its cache fill, every app shown a request restarted at its answer's call.
// Some inputs stay fresh (no prefix, the run's own seed: the random walk's run of that seed), so
// guided never stops sampling the seed space. Which operator makes an input is a bandit: prior
// shares scaled by how often each operator's runs reached a new feature that matters.
//
// Deterministic: an input is a function of (exploration seed, run seed, corpus state), and the
// corpus a function of the runs it observed in order. Sweeps observe in generations (the runs
// of generation g see the corpus after every run of generations < g, in seed order), so runs of
// one generation can run in parallel, in any order, on any worker, and be resumed.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "scenarios/runner.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::explore {

struct GuidedInput {
  std::vector<std::uint64_t> prefix;  // replayed first
  std::uint64_t reseed = 0;           // seeds every choice past the prefix
  // Parallel to prefix when the prefix is replayed per (stream, process) key (a nudge): each
  // process keeps its own choices however the moved one shifts the rest.
  std::vector<std::uint64_t> keys;
  std::string mutation;  // fresh, nudge, branch, reseed, flip, splice or reconfigure
};

// What a finished run tells the corpus.
struct GuidedFeedback {
  std::vector<std::uint64_t> tape;       // every choice the run made
  std::vector<std::uint64_t> options;    // the number of options of each
  std::vector<std::uint64_t> features;   // sorted, distinct
  std::vector<std::uint64_t> positions;  // parallel to features: choices drawn when first reached
  std::vector<std::uint64_t> keys;       // parallel to tape: each choice's (stream, process)
  std::string mutation;                  // of the input that made the run (credits its operator)
};

class GuidedCorpus {
 public:
  explicit GuidedCorpus(std::uint64_t exploration_seed) : exploration_seed_(exploration_seed) {}

  GuidedInput next_input(std::uint64_t run_seed) const;
  // Counts the run's features; keeps it when one of them is new. Returns whether it was kept.
  bool observe(GuidedFeedback feedback);

  std::size_t entries() const { return entries_.size(); }
  // Recent runs that gave hints, timing or fault (at most hinted_runs_kept).
  std::size_t hinted_runs() const { return hinted_.size(); }
  std::size_t features_seen() const { return feature_counts_.size(); }
  std::uint64_t runs_observed() const { return runs_observed_; }

 private:
  enum class Operator { fresh, nudge, branch, reseed, flip, splice, reconfigure };
  static constexpr std::size_t operator_count = 7;
  struct Entry {
    std::vector<std::uint64_t> tape;
    std::vector<std::uint64_t> options;
    std::vector<std::uint64_t> keys;
    std::vector<std::uint64_t> novel;            // the features it was first to reach
    std::vector<std::uint64_t> novel_positions;  // where it reached them
  };
  std::uint64_t rarity(std::uint64_t feature) const;
  GuidedInput nudged(sim::Prng& rng) const;
  Operator pick_operator(std::uint64_t draw) const;
  static std::size_t configuration_length(const Entry& entry);
  std::size_t pick_entry(std::uint64_t draw) const;
  std::uint64_t branch_point(const Entry& entry, std::uint64_t draw) const;

  std::uint64_t exploration_seed_;
  std::uint64_t runs_observed_ = 0;
  std::vector<Entry> entries_;
  std::vector<GuidedFeedback> hinted_;  // oldest first; features: only the run's hints
  std::uint64_t runs_by_operator_[operator_count] = {};
  std::uint64_t payoffs_[operator_count] = {};  // runs that reached a new feature of weight >= 16
  std::unordered_map<std::uint64_t, std::uint64_t> feature_counts_;  // looked up, never iterated
};

// The input a nudge makes of a run for one of its hints (a timing_hint feature): the run's tape,
// replayed per key, with the hinted choice moved by the hint's shift give or take its tolerance
// (jitter drawn from rng), or, for a fault hint, the hinted draw — and the rest of its group —
// made to fire.
GuidedInput nudge_input(const GuidedFeedback& run, std::uint64_t hint_feature, sim::Prng& rng);

// Runs input with options (variant, plan overrides; strategy becomes guided) and fills
// *feedback with what the corpus needs.
scenarios::RunResult run_guided_input(const scenarios::Scenario& scenario,
                                      scenarios::RunOptions options, const GuidedInput& input,
                                      GuidedFeedback* feedback);

// The exploration seed of one (scenario, variant) of a sweep whose seeds start at first_seed:
// each has its own corpus.
std::uint64_t guided_exploration_seed(const std::string& scenario, const std::string& variant,
                                      std::uint64_t first_seed);

// How many of the latest runs that gave hints the corpus keeps to nudge.
constexpr std::size_t hinted_runs_kept = 16;

// Runs per generation: a sweep's runs of one generation see the same corpus.
constexpr std::uint64_t guided_generation_size = 8;
// The generation of a seed in a range starting at first_seed.
inline std::uint64_t guided_generation(std::uint64_t seed, std::uint64_t first_seed) {
  return (seed - first_seed) / guided_generation_size;
}

// Varint blobs for the results file's run_tapes table.
std::string encode_values(const std::vector<std::uint64_t>& values);
// Throws std::invalid_argument on a truncated blob.
std::vector<std::uint64_t> decode_values(const std::string& blob);

}  // namespace dispatchsim::explore
