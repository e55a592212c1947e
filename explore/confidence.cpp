#include "explore/confidence.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>

namespace dispatchsim::explore {

namespace {

// P(X <= k) for X ~ Binomial(n, p), summed in log space (n may be large).
double binomial_cdf(std::int64_t k, std::int64_t n, double p) {
  if (p <= 0) return 1;
  if (p >= 1) return k >= n ? 1 : 0;
  const double log_p = std::log(p), log_q = std::log1p(-p);
  const double log_n_factorial = std::lgamma(static_cast<double>(n) + 1);
  double sum = 0;
  for (std::int64_t i = 0; i <= k; ++i) {
    const double log_term = log_n_factorial - std::lgamma(static_cast<double>(i) + 1) -
                            std::lgamma(static_cast<double>(n - i) + 1) +
                            static_cast<double>(i) * log_p + static_cast<double>(n - i) * log_q;
    sum += std::exp(log_term);
  }
  return std::min(sum, 1.0);
}

}  // namespace

double upper_violation_rate(std::int64_t violating, std::int64_t runs, double confidence) {
  assert(violating >= 0 && violating <= runs && confidence > 0 && confidence < 1);
  if (runs == 0 || violating == runs) return 1;
  const double alpha = 1 - confidence;
  if (violating == 0) return 1 - std::pow(alpha, 1.0 / static_cast<double>(runs));
  // The CDF falls as p rises: bisect for CDF(k; n, p) = alpha.
  double low = static_cast<double>(violating) / static_cast<double>(runs), high = 1;
  for (int step = 0; step < 100; ++step) {
    const double middle = (low + high) / 2;
    (binomial_cdf(violating, runs, middle) > alpha ? low : high) = middle;
  }
  return high;
}

std::int64_t clean_runs_to_believe_fix(std::int64_t violating, std::int64_t runs,
                                       double confidence) {
  assert(violating >= 0 && violating <= runs && confidence > 0 && confidence < 1);
  if (violating == 0) return 0;
  if (violating == runs) return 1;
  const double rate = static_cast<double>(violating) / static_cast<double>(runs);
  return static_cast<std::int64_t>(std::ceil(std::log(1 - confidence) / std::log1p(-rate) - 1e-9));
}

Saturation saturation(const std::vector<std::vector<std::string>>& findings, int points) {
  assert(points >= 1);
  Saturation result;
  std::map<std::string, std::int64_t> runs_with;  // finding -> runs it was seen in
  const auto runs = static_cast<std::int64_t>(findings.size());
  std::int64_t next_point = 1;
  for (std::int64_t run = 0; run < runs; ++run) {
    std::vector<std::string> unique = findings[static_cast<std::size_t>(run)];
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const std::string& finding : unique) {
      if (runs_with[finding]++ == 0 && 2 * run >= runs) ++result.found_in_last_half;
    }
    // Evenly spaced points: run counts runs*1/points, runs*2/points, ..., runs.
    if ((run + 1) * points >= next_point * runs) {
      result.curve.push_back({run + 1, static_cast<std::int64_t>(runs_with.size())});
      while (next_point * runs <= (run + 1) * points) ++next_point;
    }
  }
  result.distinct = static_cast<std::int64_t>(runs_with.size());
  for (const auto& [finding, count] : runs_with) result.seen_once += count == 1 ? 1 : 0;
  result.new_finding_chance =
      runs == 0 ? 0 : static_cast<double>(result.seen_once) / static_cast<double>(runs);
  return result;
}

std::string percent_text(double rate) {
  const double percent = rate * 100;
  if (percent < 0.01) return "< 0.01 %";
  if (percent < 1) return fmt::format("{:.2f} %", percent);
  if (percent < 10) return fmt::format("{:.1f} %", percent);
  return fmt::format("{:.0f} %", percent);
}

}  // namespace dispatchsim::explore
