#include "model/actors/database_rollback.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cassert>

#include "model/actors/actor_context.hpp"
#include "model/infra/database.hpp"

namespace dispatchsim::model {

namespace {

std::string without_comment_lines(const std::string& statement) {
  std::string kept;
  std::size_t start = 0;
  while (start < statement.size()) {
    std::size_t end = statement.find('\n', start);
    if (end == std::string::npos) end = statement.size();
    const std::string line = statement.substr(start, end - start);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string::npos && line.compare(first, 2, "--") != 0) {
      kept += (kept.empty() ? "" : "\n") + line;
    }
    start = end + 1;
  }
  return kept;
}

// Statements grouped as the script groups them: a BEGIN ... COMMIT block, or one statement.
std::vector<std::vector<std::string>> transactions_of(const std::vector<std::string>& statements) {
  std::vector<std::vector<std::string>> blocks;
  bool open = false;
  for (const std::string& statement : statements) {
    if (!open) blocks.emplace_back();
    blocks.back().push_back(statement);
    if (statement.starts_with("BEGIN")) open = true;
    if (statement.starts_with("COMMIT")) open = false;
  }
  assert(!open && "rollback.sql leaves a transaction open");
  return blocks;
}

// One block; returns false when a lock wait timed out (the block was rolled back).
bool run_block(ServerPorts& ports, const std::vector<std::string>& block) {
  try {
    for (const std::string& statement : block) ports.db.execute(statement);
    return true;
  } catch (const LockWaitTimeout&) {
    ports.db.rollback_now();
    return false;
  }
}

std::string first_line(const std::string& statement) {
  return statement.substr(0, statement.find('\n'));
}

}  // namespace

std::vector<std::string> split_sql_script(std::string_view script) {
  std::vector<std::string> statements;
  std::string current;
  for (const char character : script) {
    current += character;
    if (character != ';' || sqlite3_complete(current.c_str()) == 0) continue;
    std::string statement = without_comment_lines(current);
    const auto first = statement.find_first_not_of(" \t\r\n");
    if (first != std::string::npos) statements.push_back(statement.substr(first));
    current.clear();
  }
  assert(without_comment_lines(current).find_first_not_of(" \t\r\n") == std::string::npos &&
         "an SQL script ends inside a statement");
  return statements;
}

void run_database_rollback(ActorContext& context, ServerPorts& ports) {
  assert(context.config.rollback.at.has_value());
  const BusyActors::Scope busy(context.busy);  // the run is not over before the rollback is
  context.kernel.sleep_until(*context.config.rollback.at);
  const QueueCounts queue = context.dispatch_queue.counts();
  context.flag.set_percent(0);
  context.kernel.record("rollback.flag_off");
  ports.log.info(
      "rollback_flag_disabled", 0, 0,
      fmt::format("Feature flag ENABLE_IDEMPOTENT_DISPATCH disabled ({} messages visible, "
                  "{} in flight)",
                  queue.visible, queue.in_flight));
  static const std::vector<std::vector<std::string>> blocks =
      transactions_of(split_sql_script(embedded_sql("rollback")));
  for (const auto& block : blocks) {
    while (!run_block(ports, block)) {
      ports.log.warning("rollback_retried", 0, 0,
                        fmt::format("Database rollback: lock wait timeout, retrying `{}`",
                                    first_line(block.size() > 1 ? block[1] : block[0])));
    }
    ports.log.info("rollback_applied", 0, 0,
                   fmt::format("Database rollback: {} statements committed, from `{}`",
                               block.size(), first_line(block.size() > 1 ? block[1] : block[0])));
  }
  context.kernel.record("rollback.done");
}

}  // namespace dispatchsim::model
