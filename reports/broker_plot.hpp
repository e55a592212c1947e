#pragma once
// The plan's Step 3 as a picture: the dispatch queue's ApproximateNumberOfMessages,
// ApproximateNumberOfMessagesNotVisible and the DLQ depth over a run's virtual time, one line
// each (inline SVG for the HTML report), with the first violation marked.

#include <optional>
#include <string>
#include <vector>

#include "model/observe/broker_metrics.hpp"

namespace dispatchsim::reports {

// Empty when there are fewer than two samples. first_violation, when given, is drawn as a red
// vertical line; paged_at, when given, as a dashed one (when on-call was paged).
std::string broker_plot_svg(const std::vector<model::BrokerSample>& samples,
                            std::optional<sim::Micros> first_violation,
                            std::optional<sim::Micros> paged_at);

}  // namespace dispatchsim::reports
