#pragma once
// The point of no return of a failing run as a picture (explore/failure_likelihood.hpp): the
// share of reseeded runs that still fail against the last event the prefix replays (its virtual
// time in each point's tooltip), a step line with a dot per point, the no-return level dashed and
// the point of no return marked. Inline SVG for the report's timelines.

#include <string>

#include "explore/failure_likelihood.hpp"

namespace dispatchsim::reports {

// Empty when the report has fewer than two points.
std::string likelihood_plot_svg(const explore::LikelihoodReport& report);

// One line for people: where the failure became certain, or that it never did.
std::string likelihood_summary(const explore::LikelihoodReport& report, int samples);

}  // namespace dispatchsim::reports
