// What hardened costs compared with plan (and legacy, for reference), measured on bundled
// scenarios over a range of seeds: SQL statements per run and per shown offer, broker messages
// and pushes per shown offer, virtual latencies (offer committed -> dispatch decision -> push ->
// shown; decline pressed -> answered), and wall time per run. The numbers in docs/hardened.md
// come from this program:
//   variant_costs [--seeds N] [--top K] [scenario ...]   (default: decline-race full-world, 50
//   seeds)

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "scenarios/runner.hpp"

namespace dispatchsim {
namespace {

using model::HistoryKind;

struct Totals {
  std::vector<double> offer_to_decision_ms, offer_to_push_ms, offer_to_shown_ms, decline_ms;
  double statements = 0, transactions = 0, offers = 0, shown = 0, pushes = 0, messages = 0;
  double wall_ms = 0;
  int runs = 0, violating_runs = 0;
  std::map<std::string, double> statements_by_text;
};

double percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto index =
      static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

// The first 70 characters of a statement, whitespace collapsed: its identity in the breakdown.
std::string statement_key(const std::string& sql) {
  std::string key;
  for (char c : sql) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && !key.empty() && key.back() == ' ') continue;
    key += c;
    if (key.size() >= 70) break;
  }
  return key;
}

void add_latencies(const scenarios::RunResult& result, Totals* totals) {
  using Pair = std::pair<model::RequestId, model::DriverId>;
  std::map<Pair, sim::Micros> offered, decided, pushed, shown;
  std::map<Pair, sim::Micros> decline_pressed;
  for (const auto& event : result.history) {
    const Pair pair{event.request, event.driver};
    auto first = [&](std::map<Pair, sim::Micros>& at) { at.emplace(pair, event.time); };
    switch (event.kind) {
      case HistoryKind::queue_row_added:
        first(offered);
        break;
      case HistoryKind::dispatch_logged:
        first(decided);
        break;
      case HistoryKind::push_sent:
        first(pushed);
        break;
      case HistoryKind::shown:
        first(shown);
        break;
      case HistoryKind::decline_submitted:
        first(decline_pressed);
        break;
      case HistoryKind::decline_answered:
        if (auto found = decline_pressed.find(pair); found != decline_pressed.end()) {
          totals->decline_ms.push_back(static_cast<double>(event.time - found->second) / 1000.0);
          decline_pressed.erase(found);
        }
        break;
      default:
        break;
    }
  }
  auto add = [&](const std::map<Pair, sim::Micros>& to, std::vector<double>* into) {
    for (const auto& [pair, time] : to) {
      if (auto start = offered.find(pair); start != offered.end()) {
        into->push_back(static_cast<double>(time - start->second) / 1000.0);
      }
    }
  };
  add(decided, &totals->offer_to_decision_ms);
  add(pushed, &totals->offer_to_push_ms);
  add(shown, &totals->offer_to_shown_ms);
}

Totals measure(const scenarios::Scenario& scenario, const std::string& variant, int seeds) {
  Totals totals;
  for (int seed = 1; seed <= seeds; ++seed) {
    std::vector<model::RecordedStatement> statements;
    scenarios::RunOptions options;
    options.variant = variant;
    options.seed = static_cast<std::uint64_t>(seed);
    options.keep_trace = true;
    options.record_statements = &statements;
    const auto started = std::chrono::steady_clock::now();
    const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
    totals.wall_ms +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    ++totals.runs;
    totals.violating_runs += result.violated() ? 1 : 0;
    totals.statements += static_cast<double>(statements.size());
    for (const auto& statement : statements) {
      if (statement.sql.rfind("BEGIN", 0) == 0) ++totals.transactions;
      totals.statements_by_text[statement_key(statement.sql)] += 1;
    }
    totals.offers += static_cast<double>(result.metrics.offers);
    totals.shown += static_cast<double>(result.metrics.shown);
    totals.pushes += static_cast<double>(result.metrics.pushes_sent);
    totals.messages += static_cast<double>(result.metrics.messages_sent);
    add_latencies(result, &totals);
  }
  return totals;
}

void print(const std::string& scenario, const std::map<std::string, Totals>& by_variant, int top) {
  fmt::print("\n### {} ({} seeds each)\n\n", scenario, by_variant.begin()->second.runs);
  fmt::print("| | {} |\n|---|{}\n",
             fmt::join(std::vector<std::string>{"legacy", "plan", "hardened"}, " | "),
             "---|---|---|");
  auto row = [&](const char* label, auto value) {
    std::vector<std::string> cells;
    for (const char* variant : {"legacy", "plan", "hardened"})
      cells.push_back(value(by_variant.at(variant)));
    fmt::print("| {} | {} |\n", label, fmt::join(cells, " | "));
  };
  auto per_run = [](double total, const Totals& t) {
    return fmt::format("{:.0f}", total / t.runs);
  };
  row("runs violating a property",
      [](const Totals& t) { return fmt::format("{} of {}", t.violating_runs, t.runs); });
  row("SQL statements per run", [&](const Totals& t) { return per_run(t.statements, t); });
  row("transactions (BEGIN) per run", [&](const Totals& t) { return per_run(t.transactions, t); });
  row("offers per run", [&](const Totals& t) { return per_run(t.offers, t); });
  row("offers shown per run", [&](const Totals& t) { return per_run(t.shown, t); });
  row("SQL statements per shown offer",
      [](const Totals& t) { return fmt::format("{:.1f}", t.statements / std::max(1.0, t.shown)); });
  row("broker messages per offer",
      [](const Totals& t) { return fmt::format("{:.2f}", t.messages / std::max(1.0, t.offers)); });
  row("pushes per shown offer",
      [](const Totals& t) { return fmt::format("{:.2f}", t.pushes / std::max(1.0, t.shown)); });
  auto latency = [&](const char* label, std::vector<double> Totals::*field) {
    row(label, [field](const Totals& t) {
      return fmt::format("{:.0f} / {:.0f}", percentile(t.*field, 0.5), percentile(t.*field, 0.95));
    });
  };
  latency("offer -> decision, ms (median / p95)", &Totals::offer_to_decision_ms);
  latency("offer -> push, ms (median / p95)", &Totals::offer_to_push_ms);
  latency("offer -> shown, ms (median / p95)", &Totals::offer_to_shown_ms);
  latency("decline pressed -> answered, ms (median / p95)", &Totals::decline_ms);
  row("wall time per run, ms",
      [](const Totals& t) { return fmt::format("{:.1f}", t.wall_ms / t.runs); });
  for (const char* variant : {"plan", "hardened"}) {
    const Totals& t = by_variant.at(variant);
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [text, count] : t.statements_by_text)
      ranked.emplace_back(count / t.runs, text);
    std::sort(ranked.rbegin(), ranked.rend());
    fmt::print("\n{}: most frequent statements per run\n\n", variant);
    for (int index = 0; index < top && index < static_cast<int>(ranked.size()); ++index) {
      fmt::print("    {:8.1f}  {}\n", ranked[static_cast<std::size_t>(index)].first,
                 ranked[static_cast<std::size_t>(index)].second);
    }
  }
}

}  // namespace
}  // namespace dispatchsim

int main(int argc, char** argv) {
  int seeds = 50, top = 12;
  std::vector<std::string> scenarios;
  for (int index = 1; index < argc; ++index) {
    const std::string argument = argv[index];
    if (argument == "--seeds" && index + 1 < argc) {
      seeds = std::atoi(argv[++index]);
    } else if (argument == "--top" && index + 1 < argc) {
      top = std::atoi(argv[++index]);
    } else {
      scenarios.push_back(argument);
    }
  }
  if (scenarios.empty()) scenarios = {"decline-race", "full-world"};
  for (const std::string& name : scenarios) {
    const auto scenario =
        dispatchsim::scenarios::load_scenario(dispatchsim::scenarios::resolve_scenario(name));
    std::map<std::string, dispatchsim::Totals> by_variant;
    for (const char* variant : {"legacy", "plan", "hardened"}) {
      by_variant[variant] = dispatchsim::measure(scenario, variant, seeds);
    }
    dispatchsim::print(name, by_variant, top);
  }
  return 0;
}
