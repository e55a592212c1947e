#include "explore/guided_corpus.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <limits>
#include <stdexcept>

#include "scenarios/coverage_features.hpp"
#include "sim/choice_source.hpp"
#include "sim/keyed_tape_choice_source.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::explore {

namespace {

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t state = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  return sim::splitmix64(state);
}

// Out of 100 inputs when every operator is available and none has run yet (GuidedCorpus::
// Operator's order): fresh seeds never stop; nudges, when some run gave timing hints, are the
// likeliest to reach a race; the rest mutate corpus entries.
constexpr std::array<std::uint64_t, 7> operator_prior = {20, 50, 12, 4, 6, 3, 5};
constexpr std::array<const char*, 7> operator_names = {"fresh", "nudge",  "branch",     "reseed",
                                                       "flip",  "splice", "reconfigure"};
// A branch starts up to this many choices before the moment it branches from: the choices that
// led there are what may go differently.
constexpr std::uint64_t branch_back_off = 24;

// A choice changed within its range. A chance draw (a fault firing or not) toggles: high values
// fire, so the flip of a quiet draw fires and the flip of a firing one is quiet.
std::uint64_t flipped(std::uint64_t value, std::uint64_t options, sim::Prng& rng) {
  if (options == sim::chance_resolution) return value >= options / 2 ? 0 : options - 1;
  if (options <= 2) return value == 0 ? 1 : 0;
  const std::uint64_t other = rng.below(options - 1);
  return other >= value ? other + 1 : other;
}

}  // namespace

// A draw from [0, weights' sum) mapped to the index it falls on.
std::size_t weighted_index(const std::vector<std::uint64_t>& weights, std::uint64_t draw) {
  std::uint64_t total = 0;
  for (std::uint64_t weight : weights) total += weight;
  assert(total > 0);
  std::uint64_t point = draw % total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (point < weights[i]) return i;
    point -= weights[i];
  }
  return weights.size() - 1;
}

// A feature seen in one run weighs a million, one seen in a thousand runs a thousand, times
// its family's weight (scenarios/coverage_features.hpp: a near miss of the race counts more than
// one more interleaving of event kinds).
std::uint64_t GuidedCorpus::rarity(std::uint64_t feature) const {
  return 1'000'000 / feature_counts_.at(feature) * scenarios::feature_weight(feature);
}

std::size_t GuidedCorpus::pick_entry(std::uint64_t draw) const {
  assert(!entries_.empty());
  // Entries that were first to reach rare features weigh more (AFL's favoured entries, roughly).
  std::vector<std::uint64_t> weights;
  for (const Entry& entry : entries_) {
    std::uint64_t weight = 1;
    for (std::uint64_t feature : entry.novel) weight += rarity(feature);
    weights.push_back(weight);
  }
  return weighted_index(weights, draw);
}

// Where to branch from an entry: shortly before one of its new features (the rarer, the likelier)
// was first reached, so the run replays up to the interesting moment and differs from there.
std::uint64_t GuidedCorpus::branch_point(const Entry& entry, std::uint64_t draw) const {
  std::vector<std::uint64_t> weights;
  for (std::uint64_t feature : entry.novel) weights.push_back(rarity(feature));
  const std::uint64_t position = entry.novel_positions[weighted_index(weights, draw)];
  const std::uint64_t back = (draw >> 32) % (branch_back_off + 1);
  return std::min<std::uint64_t>(position > back ? position - back : 0, entry.tape.size());
}

namespace {

// A fault made to fire draws its magnitude next, from the same (stream, process): in a keyed
// replay, the next value the tape holds for that key. The largest value clamps to the top of the
// magnitude's range.
void with_top_magnitude(GuidedInput& input, std::size_t fired_at) {
  if (input.keys.size() != input.prefix.size()) return;
  for (std::size_t next = fired_at + 1; next < input.prefix.size(); ++next) {
    if (input.keys[next] != input.keys[fired_at]) continue;
    input.prefix[next] = std::numeric_limits<std::uint64_t>::max();
    return;
  }
}

bool in_a_group(const scenarios::TimingHint& hint) {
  return hint.shift == scenarios::fire_together_shift ||
         hint.shift == scenarios::fire_together_hardest_shift;
}

// The other draws of a fault hint's group fire too (fire_together_shift: every app shown a
// request restarts at its answer's call), the hardest ones with their magnitude at the top.
void with_group_fired(GuidedInput& input, const std::vector<std::uint64_t>& hints,
                      const std::vector<std::uint64_t>& options,
                      const scenarios::TimingHint& hint) {
  for (const std::uint64_t id : hints) {
    if (scenarios::feature_family(id) != scenarios::FeatureFamily::timing_hint) continue;
    const scenarios::TimingHint member = scenarios::timing_hint_of(id);
    if (!in_a_group(member) || member.tolerance != hint.tolerance) continue;
    if (member.position >= input.prefix.size()) continue;
    input.prefix[member.position] = options[member.position] - 1;
    if (member.shift == scenarios::fire_together_hardest_shift)
      with_top_magnitude(input, member.position);
  }
}

}  // namespace

GuidedInput nudge_input(const GuidedFeedback& run, std::uint64_t hint_feature, sim::Prng& rng) {
  const scenarios::TimingHint hint = scenarios::timing_hint_of(hint_feature);
  GuidedInput input;
  input.prefix = run.tape;
  if (run.keys.size() == run.tape.size()) input.keys = run.keys;
  input.mutation = "nudge";
  if (hint.position < input.prefix.size() && hint.shift >= scenarios::fire_shift) {
    // A fault hint: the draw at the top of its range fires at any rate.
    input.prefix[hint.position] = run.options[hint.position] - 1;
    if (in_a_group(hint)) with_group_fired(input, run.features, run.options, hint);
  } else if (hint.position < input.prefix.size()) {
    const auto tolerance = static_cast<std::int64_t>(hint.tolerance);
    const std::int64_t jitter =
        static_cast<std::int64_t>(rng.below(2 * hint.tolerance + 1)) - tolerance;
    const auto highest = static_cast<std::int64_t>(run.options[hint.position]) - 1;
    const std::int64_t moved =
        static_cast<std::int64_t>(input.prefix[hint.position]) + hint.shift + jitter;
    input.prefix[hint.position] =
        static_cast<std::uint64_t>(std::clamp<std::int64_t>(moved, 0, highest));
  }
  input.reseed = rng.next();
  return input;
}

// A recent hinted run (the latest likelier: a nudged run's hints correct its parent's aim) and one
// of its hints.
GuidedInput GuidedCorpus::nudged(sim::Prng& rng) const {
  std::vector<std::uint64_t> recency;
  for (std::size_t i = 0; i < hinted_.size(); ++i) recency.push_back(i + 1);
  const GuidedFeedback& run = hinted_[weighted_index(recency, rng.next())];
  return nudge_input(run, run.features[rng.below(run.features.size())], rng);
}

// Which mutation makes the next input: the prior shares below, each scaled by how often that
// mutation's runs reached a new feature that matters (a probe, flaw marker, violation or near miss:
// family weight >= 16) — a bandit over operators, as AFL++'s MOpt schedules its mutators. An
// operator that keeps paying keeps its share; one that stops paying falls to a floor (1/20 of its
// prior) but is never dropped.
GuidedCorpus::Operator GuidedCorpus::pick_operator(std::uint64_t draw) const {
  std::vector<std::uint64_t> weights;
  for (std::size_t op = 0; op < operator_count; ++op) {
    const bool available =
        op == static_cast<std::size_t>(Operator::fresh) ||
        (op == static_cast<std::size_t>(Operator::nudge) ? !hinted_.empty() : !entries_.empty());
    const std::uint64_t payoff =
        std::max<std::uint64_t>((payoffs_[op] + 1) * 1000 / (runs_by_operator_[op] + 2), 25);
    weights.push_back(available ? operator_prior[op] * payoff : 0);
  }
  return static_cast<Operator>(weighted_index(weights, draw));
}

GuidedInput GuidedCorpus::next_input(std::uint64_t run_seed) const {
  sim::Prng rng(mix(exploration_seed_, run_seed));
  GuidedInput input;
  const Operator op = pick_operator(rng.next());
  if (op == Operator::fresh) {
    input.reseed = run_seed;
    input.mutation = "fresh";
    return input;
  }
  if (op == Operator::nudge) return nudged(rng);
  const Entry& parent = entries_[pick_entry(rng.next())];
  const std::size_t length = parent.tape.size();
  input.mutation = operator_names[static_cast<std::size_t>(op)];
  if (op == Operator::branch) {
    const auto cut = static_cast<std::ptrdiff_t>(branch_point(parent, rng.next()));
    input.prefix.assign(parent.tape.begin(), parent.tape.begin() + cut);
  } else if (op == Operator::reconfigure) {
    // The world's configuration (drawn before any process ran: the swarm's faults and rates,
    // knobs) kept, the run itself redrawn.
    const auto cut = static_cast<std::ptrdiff_t>(configuration_length(parent));
    input.prefix.assign(parent.tape.begin(), parent.tape.begin() + cut);
  } else if (op == Operator::reseed || length == 0) {
    const std::size_t cut = static_cast<std::size_t>(rng.below(length + 1));
    input.prefix.assign(parent.tape.begin(),
                        parent.tape.begin() + static_cast<std::ptrdiff_t>(cut));
    input.mutation = "reseed";
  } else if (op == Operator::flip) {
    input.prefix = parent.tape;
    const std::uint64_t flips = 1 + rng.below(3);
    for (std::uint64_t i = 0; i < flips; ++i) {
      const auto at = static_cast<std::size_t>(rng.below(length));
      input.prefix[at] = flipped(input.prefix[at], parent.options[at], rng);
    }
  } else {
    const Entry& other = entries_[pick_entry(rng.next())];
    const std::size_t cut =
        static_cast<std::size_t>(rng.below(std::min(length, other.tape.size()) + 1));
    input.prefix.assign(parent.tape.begin(),
                        parent.tape.begin() + static_cast<std::ptrdiff_t>(cut));
    input.prefix.insert(input.prefix.end(), other.tape.begin() + static_cast<std::ptrdiff_t>(cut),
                        other.tape.end());
  }
  input.reseed = rng.next();
  return input;
}

// The choices drawn before any process ran (key process 0 from the tape's start).
std::size_t GuidedCorpus::configuration_length(const Entry& entry) {
  std::size_t length = 0;
  while (length < entry.keys.size() &&
         sim::KeyedTapeChoiceSource::process_of(entry.keys[length]) == 0)
    ++length;
  return length;
}

bool GuidedCorpus::observe(GuidedFeedback feedback) {
  assert(feedback.tape.size() == feedback.options.size());
  assert(feedback.features.size() == feedback.positions.size());
  ++runs_observed_;
  std::vector<std::uint64_t> novel;
  std::vector<std::uint64_t> novel_positions;
  std::vector<std::uint64_t> hints;
  bool paid = false;
  for (std::size_t i = 0; i < feedback.features.size(); ++i) {
    if (scenarios::feature_family(feedback.features[i]) == scenarios::FeatureFamily::timing_hint) {
      hints.push_back(feedback.features[i]);
      continue;
    }
    if (++feature_counts_[feedback.features[i]] == 1) {
      novel.push_back(feedback.features[i]);
      novel_positions.push_back(feedback.positions[i]);
      paid |= scenarios::feature_weight(feedback.features[i]) >= 16;
    }
  }
  for (std::size_t op = 0; op < operator_count; ++op) {
    if (feedback.mutation != operator_names[op]) continue;
    ++runs_by_operator_[op];
    payoffs_[op] += paid ? 1 : 0;
  }
  if (!hints.empty()) {
    if (hinted_.size() == hinted_runs_kept) hinted_.erase(hinted_.begin());
    GuidedFeedback hinted;  // the run as a nudge needs it: its features are its hints
    hinted.tape = feedback.tape;
    hinted.options = feedback.options;
    hinted.keys = feedback.keys;
    hinted.features = std::move(hints);
    hinted_.push_back(std::move(hinted));
  }
  if (novel.empty()) return false;
  entries_.push_back(Entry{std::move(feedback.tape), std::move(feedback.options),
                           std::move(feedback.keys), std::move(novel), std::move(novel_positions)});
  return true;
}

scenarios::RunResult run_guided_input(const scenarios::Scenario& scenario,
                                      scenarios::RunOptions options, const GuidedInput& input,
                                      GuidedFeedback* feedback) {
  options.strategy = "guided";
  options.seed = input.reseed;
  options.tape = &input.prefix;
  options.reseed_after_tape = true;
  if (!input.keys.empty()) options.tape_keys = &input.keys;
  options.record_keys = &feedback->keys;
  options.record_tape = &feedback->tape;
  options.record_options = &feedback->options;
  options.collect_features = true;
  scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  feedback->features = result.features;
  feedback->positions = result.feature_positions;
  return result;
}

std::uint64_t guided_exploration_seed(const std::string& scenario, const std::string& variant,
                                      std::uint64_t first_seed) {
  return mix(mix(sim::stable_hash(scenario), sim::stable_hash(variant)), first_seed);
}

std::string encode_values(const std::vector<std::uint64_t>& values) {
  std::string blob;
  for (std::uint64_t value : values) {
    while (value >= 0x80) {
      blob.push_back(static_cast<char>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    blob.push_back(static_cast<char>(value));
  }
  return blob;
}

std::vector<std::uint64_t> decode_values(const std::string& blob) {
  std::vector<std::uint64_t> values;
  std::uint64_t value = 0;
  int shift = 0;
  for (char c : blob) {
    const auto byte = static_cast<std::uint8_t>(c);
    if (shift > 63) throw std::invalid_argument("a varint longer than 64 bits");
    value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    shift += 7;
    if ((byte & 0x80) == 0) {
      values.push_back(value);
      value = 0;
      shift = 0;
    }
  }
  if (shift != 0) throw std::invalid_argument("a truncated varint");
  return values;
}

}  // namespace dispatchsim::explore
