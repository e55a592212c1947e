#pragma once
// How much a sweep's numbers can be trusted: the maths behind "0 violations in 2,000 seeds",
// "the fix removed it" and "more seeds would find more". Pure functions, no I/O.
//
//  - upper_violation_rate: the exact one-sided binomial (Clopper-Pearson) upper bound on a
//    violation rate after k violating runs of n. For k = 0 it is 1 - (1 - c)^(1/n), the exact form
//    of the rule of three (3/n at 95 %): 0 of 2,000 -> < 0.15 %.
//  - clean_runs_to_believe_fix: a flaw seen in k of n seeds has rate about k/n. A "fix" that does
//    nothing still shows m clean seeds in a row with probability (1 - k/n)^m; the smallest m that
//    makes that at most 1 - c is how many clean seeds a fix needs before it can be believed.
//  - saturation: distinct findings (signatures, root causes) found against runs, and the
//    Good-Turing estimate of the chance that one more run finds a new one (findings seen in
//    exactly one run / runs): near 0, more seeds of the same kind would find little.

#include <cstdint>
#include <string>
#include <vector>

namespace dispatchsim::explore {

constexpr double default_confidence = 0.95;

// The rate r such that seeing at most `violating` of `runs` has probability 1 - confidence when
// the true rate is r. 1 when runs == 0.
double upper_violation_rate(std::int64_t violating, std::int64_t runs,
                            double confidence = default_confidence);

// Clean seeds needed before a fix of a flaw seen in `violating` of `runs` seeds can be believed
// (0 when the flaw was never seen: there is nothing to believe).
std::int64_t clean_runs_to_believe_fix(std::int64_t violating, std::int64_t runs,
                                       double confidence = default_confidence);

struct SaturationPoint {
  std::int64_t runs = 0;      // the first `runs` runs...
  std::int64_t distinct = 0;  // ...found this many distinct findings
};

struct Saturation {
  std::vector<SaturationPoint> curve;  // at most `points` points, the last at every run
  std::int64_t distinct = 0;
  std::int64_t seen_once = 0;           // findings seen in exactly one run
  double new_finding_chance = 0;        // Good-Turing: seen_once / runs
  std::int64_t found_in_last_half = 0;  // findings first seen in the second half of the runs
};

// findings[i]: the findings of run i, in the order the runs were made (a finding may repeat).
Saturation saturation(const std::vector<std::vector<std::string>>& findings, int points = 10);

// "0.15 %", "< 0.01 %", "12 %": a rate for people.
std::string percent_text(double rate);

}  // namespace dispatchsim::explore
