#pragma once
// The "point of no return" of a failing run (as FoundationDB and Antithesis plot it): replay the
// run's choice tape up to event k, draw every later choice from a fresh seed, many times, and
// count the share of those runs that still violate the property. Early in the run the share is
// about the bug's base rate; after the decisive interleaving it is (near) 1. The cut points start
// evenly spread over the run's events and are refined where the share jumps (or crosses the
// no-return level), down to adjacent choices, so the jump is located at the events that decide
// the failure.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenarios/runner.hpp"

namespace dispatchsim::explore {

struct LikelihoodSettings {
  int initial_points = 16;    // cut points spread evenly over the run's events
  int samples = 32;           // reseeded runs per cut point
  int max_points = 48;        // refinement stops here
  double refine_above = 0.3;  // refine between neighbours whose shares differ more than this
  double no_return = 0.9;     // the share from which failure counts as decided
};

struct LikelihoodPoint {
  std::uint64_t event_index = 0;  // the last event the prefix replays
  std::int64_t time_us = 0;       // its virtual time
  std::uint64_t prefix_choices = 0;
  std::string event;  // "process: kind text"
  int runs = 0;
  int failing = 0;
  double share() const { return runs == 0 ? 0 : static_cast<double>(failing) / runs; }
};

struct LikelihoodReport {
  std::string property;            // the violated property followed
  std::uint64_t tape_choices = 0;  // the whole run's
  std::uint64_t events = 0;
  std::vector<LikelihoodPoint> points;  // by event index
  double no_return = 0.9;
  // The point of no return: the first point from which every later point's share is at least
  // no_return. Absent when even the last point's is lower.
  std::optional<std::size_t> point_of_no_return() const;
};

// options selects the failing run (seed or tape); property: the one to follow (empty: the
// run's first violation's). Throws InputError when the run does not violate it.
LikelihoodReport failure_likelihood(const scenarios::Scenario& scenario,
                                    const scenarios::RunOptions& options,
                                    const std::string& property,
                                    const LikelihoodSettings& settings);

// A text plot: one line per point (time, share as a bar, event), the point of no return marked.
std::string likelihood_text(const LikelihoodReport& report);

}  // namespace dispatchsim::explore
