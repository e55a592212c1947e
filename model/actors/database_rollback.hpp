#pragma once
// The plan's rollback during a run (a scenario's [rollback] step): the feature flag goes off
// ("Immediate Rollback": curl ... '{"enabled": false}'), then the plan's "Database Rollback"
// (model/infra/sql/rollback.sql) drops the migration's columns while messages are still in flight.
// What the variants' code does afterwards is the point: statements that name a dropped column
// fail, statements that never did keep working.

#include <string>
#include <string_view>
#include <vector>

#include "model/ports/server_ports.hpp"

namespace dispatchsim::model {

struct ActorContext;

// The statements of an SQL script in order, each without its comment lines; a statement ends
// where sqlite3_complete says it does (so a trigger's BEGIN ... END stays whole).
std::vector<std::string> split_sql_script(std::string_view script);

// The operator's process: sleeps until the rollback time, turns the flag off, then runs
// model/infra/sql/rollback.sql through ports.db, one statement at a time (each a yield point that
// waits for the database lock like any client). A lock wait timeout rolls back the open
// transaction and the operator runs that transaction again. Logs each step.
void run_database_rollback(ActorContext& context, ServerPorts& ports);

}  // namespace dispatchsim::model
