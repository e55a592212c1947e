#include "model/ports/sql_connection.hpp"

#include <cassert>

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

namespace dispatchsim::model {

namespace {

constexpr std::int64_t simulation_epoch_unix_seconds = 1767225600;  // 2026-01-01 00:00:00 UTC

// Howard Hinnant's civil_from_days: pure arithmetic, no time zone, no OS call.
void civil_from_days(std::int64_t days, int* year, unsigned* month, unsigned* day) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned month_index = (5 * day_of_year + 2) / 153;
  *day = day_of_year - (153 * month_index + 2) / 5 + 1;
  *month = month_index < 10 ? month_index + 3 : month_index - 9;
  *year = static_cast<int>(year_of_era + era * 400) + (*month <= 2 ? 1 : 0);
}

}  // namespace

// The statement as it ran, parameters in place of the '?'s, for people (explain, --trace): not
// hashed, built only when the trace keeps events.
std::string statement_with_parameters(std::string_view sql,
                                      std::initializer_list<SqlValue> parameters) {
  std::string text;
  auto parameter = parameters.begin();
  bool in_string = false;
  for (char c : sql) {
    if (c == '\'') in_string = !in_string;
    if (c != '?' || in_string || parameter == parameters.end()) {
      text += c;
      continue;
    }
    text += std::visit(
        [](const auto& value) -> std::string {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>) {
            return "NULL";
          } else if constexpr (std::is_same_v<T, std::string>) {
            std::string quoted = "'";
            for (char q : value) quoted += q == '\'' ? std::string("''") : std::string(1, q);
            return quoted + "'";
          } else {
            return fmt::format("{}", value);
          }
        },
        *parameter++);
  }
  return text;
}

// Trace kinds must be string literals; one per statement verb.
std::string_view statement_yield_point(std::string_view sql) {
  const auto start = sql.find_first_not_of(" \n\t(");
  const std::string_view rest = start == std::string_view::npos ? "" : sql.substr(start);
  auto starts_with = [&](std::string_view word) {
    return rest.size() >= word.size() && std::equal(word.begin(), word.end(), rest.begin(),
                                                    [](char a, char b) { return a == (b | 0x20); });
  };
  if (starts_with("select") || starts_with("with")) return "db.select";
  if (starts_with("insert")) return "db.insert";
  if (starts_with("update")) return "db.update";
  if (starts_with("delete")) return "db.delete";
  if (starts_with("begin")) return "db.begin";
  if (starts_with("commit")) return "db.commit";
  if (starts_with("rollback")) return "db.rollback";
  return "db.statement";
}

std::int64_t Row::integer(std::size_t column) const {
  const SqlValue& value = values_.at(column);
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
  if (const auto* real = std::get_if<double>(&value)) return static_cast<std::int64_t>(*real);
  if (const auto* text = std::get_if<std::string>(&value)) return std::stoll(*text);
  return 0;
}

double Row::real(std::size_t column) const {
  const SqlValue& value = values_.at(column);
  if (const auto* real = std::get_if<double>(&value)) return *real;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return static_cast<double>(*integer);
  if (const auto* text = std::get_if<std::string>(&value)) return std::stod(*text);
  return 0.0;
}

std::string Row::text(std::size_t column) const {
  const SqlValue& value = values_.at(column);
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return fmt::format("{}", *real);
  return {};
}

bool Row::is_null(std::size_t column) const {
  return std::holds_alternative<std::nullptr_t>(values_.at(column));
}

std::optional<Row> SqlConnection::query_one(std::string_view sql,
                                            std::initializer_list<SqlValue> parameters) {
  std::vector<Row> rows = query(sql, parameters);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

Transaction::Transaction(SqlConnection& connection) : connection_(connection) {
  connection_.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!finished_) connection_.rollback_now();
}

void Transaction::commit() {
  connection_.execute("COMMIT");
  finished_ = true;
}

std::string sql_timestamp(sim::Micros time) {
  const std::int64_t unix_seconds = simulation_epoch_unix_seconds + time / sim::micros_per_second;
  const std::int64_t days = unix_seconds / 86400;
  const std::int64_t second_of_day = unix_seconds % 86400;
  int year = 0;
  unsigned month = 0, day = 0;
  civil_from_days(days, &year, &month, &day);
  // 'YYYY-MM-DD HH:MM:SS' by hand: every sim_now() in SQL formats one (fmt's parsing showed).
  std::string text = "0000-00-00 00:00:00";
  auto put = [&text](std::size_t at, std::int64_t value, int digits) {
    for (int digit = digits - 1; digit >= 0; --digit, value /= 10) {
      text[at + static_cast<std::size_t>(digit)] = static_cast<char>('0' + value % 10);
    }
  };
  assert(year >= 0 && year <= 9999);
  put(0, year, 4);
  put(5, month, 2);
  put(8, day, 2);
  put(11, second_of_day / 3600, 2);
  put(14, (second_of_day / 60) % 60, 2);
  put(17, second_of_day % 60, 2);
  return text;
}

}  // namespace dispatchsim::model
