#pragma once
// results.json: the report's data for machines (CI dashboards, scripts), schema in
// docs/report-json-schema.md. Deterministic: no wall-clock dates, keys in a fixed order.

#include <nlohmann/json.hpp>

#include "reports/report_data.hpp"

namespace dispatchsim::reports {

nlohmann::ordered_json report_json(const ReportData& data);

// A run reference as results.json writes it (also used by the HTML's data attributes).
nlohmann::ordered_json run_reference_json(const RunReference& run);

}  // namespace dispatchsim::reports
