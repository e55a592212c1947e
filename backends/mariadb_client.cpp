#include "backends/mariadb_client.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <memory>

namespace dispatchsim::backends {

namespace {

std::string first_line(std::string_view sql) {
  const std::size_t start = sql.find_first_not_of(" \n\t");
  if (start == std::string_view::npos) return "";
  sql.remove_prefix(start);
  return std::string(sql.substr(0, sql.find('\n')));
}

// The rows of a statement's result set (none for a statement without one).
void read_result(MYSQL* handle, MariadbResult* result) {
  std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)> rows(mysql_store_result(handle),
                                                        mysql_free_result);
  if (!rows) {
    result->affected_rows = mysql_affected_rows(handle);
    return;
  }
  const unsigned column_count = mysql_num_fields(rows.get());
  const MYSQL_FIELD* fields = mysql_fetch_fields(rows.get());
  for (unsigned column = 0; column < column_count; ++column)
    result->columns.emplace_back(fields[column].name);
  while (MYSQL_ROW row = mysql_fetch_row(rows.get())) {
    const unsigned long* lengths = mysql_fetch_lengths(rows.get());
    std::vector<model::SqlValue> values;
    values.reserve(column_count);
    for (unsigned column = 0; column < column_count; ++column) {
      values.push_back(field_value(fields[column], row[column], lengths[column]));
    }
    result->rows.emplace_back(std::move(values));
  }
}

}  // namespace

model::SqlValue field_value(const MYSQL_FIELD& field, const char* text, unsigned long length) {
  if (text == nullptr) return nullptr;
  switch (field.type) {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
      return static_cast<std::int64_t>(std::strtoll(text, nullptr, 10));
    case MYSQL_TYPE_FLOAT:
    case MYSQL_TYPE_DOUBLE:
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL:
      return std::strtod(text, nullptr);
    default:
      return std::string(text, length);
  }
}

std::int64_t simulation_epoch_unix_seconds() {
  return 1767225600;
}  // 2026-01-01 00:00:00 UTC

MariadbClient::MariadbClient(const std::string& socket_path, const std::string& database)
    : handle_(mysql_init(nullptr)) {
  if (handle_ == nullptr) throw MariadbError(0, "mysql_init: out of memory");
  if (mysql_real_connect(handle_, nullptr, "root", nullptr,
                         database.empty() ? nullptr : database.c_str(), 0, socket_path.c_str(),
                         CLIENT_MULTI_STATEMENTS) == nullptr) {
    const MariadbError error(
        mysql_errno(handle_),
        fmt::format("cannot connect to MariaDB at {}: {}", socket_path, mysql_error(handle_)));
    mysql_close(handle_);
    throw error;
  }
  execute("SET time_zone = '+00:00'");
}

MariadbClient::~MariadbClient() {
  mysql_close(handle_);
}

void MariadbClient::fail(std::string_view sql) {
  throw MariadbError(mysql_errno(handle_),
                     fmt::format("MariaDB error {}: {} (in: {})", mysql_errno(handle_),
                                 mysql_error(handle_), first_line(sql)));
}

MariadbResult MariadbClient::execute(std::string_view sql) {
  if (mysql_real_query(handle_, sql.data(), sql.size()) != 0) fail(sql);
  MariadbResult result;
  read_result(handle_, &result);
  if (mysql_errno(handle_) != 0) fail(sql);
  // A stray multi-statement result must not stay pending on the connection.
  while (mysql_more_results(handle_)) {
    if (mysql_next_result(handle_) > 0) fail(sql);
    MariadbResult ignored;
    read_result(handle_, &ignored);
  }
  return result;
}

void MariadbClient::execute_script(std::string_view sql) {
  if (mysql_real_query(handle_, sql.data(), sql.size()) != 0) fail(sql);
  for (;;) {
    MariadbResult ignored;
    read_result(handle_, &ignored);
    const int next = mysql_next_result(handle_);
    if (next > 0) fail(sql);
    if (next < 0) break;
  }
}

void MariadbClient::set_virtual_time(sim::Micros time) {
  execute(fmt::format("SET timestamp = {}",
                      simulation_epoch_unix_seconds() + time / sim::micros_per_second));
}

std::string MariadbClient::quote(std::string_view text) {
  std::string escaped(text.size() * 2 + 1, '\0');
  const unsigned long length =
      mysql_real_escape_string(handle_, escaped.data(), text.data(), text.size());
  escaped.resize(length);
  return "'" + escaped + "'";
}

}  // namespace dispatchsim::backends
