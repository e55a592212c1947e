#include "explore/sweep_definition.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "explore/input_error.hpp"
#include "scenarios/scenario.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::explore {

namespace {

std::optional<std::uint64_t> parse_unsigned(std::string_view text) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// Seeds are stored as SQLite integers, which are signed 64-bit.
constexpr std::uint64_t seed_max = (std::uint64_t{1} << 63) - 1;

}  // namespace

std::string SweepDefinition::canonical_json() const {
  nlohmann::ordered_json json;
  nlohmann::ordered_json scenario_list = nlohmann::ordered_json::array();
  for (const auto& scenario : scenarios) {
    scenario_list.push_back({{"name", scenario.name}, {"content_hash", scenario.content_hash}});
  }
  json["scenarios"] = scenario_list;
  json["variants"] = variants;
  json["seed_first"] = seeds.first;
  json["seed_last"] = seeds.last;
  json["strategy"] = strategy;
  json["pct_depth"] =
      strategy == "pct" ? nlohmann::ordered_json(pct_depth) : nlohmann::ordered_json();
  json["fixes"] = fixes ? nlohmann::ordered_json(fixes_text(*fixes)) : nlohmann::ordered_json();
  json["flag_percent"] =
      flag_percent ? nlohmann::ordered_json(*flag_percent) : nlohmann::ordered_json();
  return json.dump();
}

std::string SweepDefinition::id() const {
  return fmt::format("{:016x}", sim::stable_hash(canonical_json()));
}

std::size_t SweepDefinition::run_count() const {
  return static_cast<std::size_t>(seeds.size()) * scenarios.size() * variants.size();
}

WorkItem SweepDefinition::item(std::size_t index) const {
  assert(index < run_count());
  const std::size_t combinations = scenarios.size() * variants.size();
  const std::size_t combination = index % combinations;
  return WorkItem{combination / variants.size(), combination % variants.size(),
                  seeds.first + index / combinations};
}

RunSpec SweepDefinition::spec(const WorkItem& work) const {
  RunSpec spec;
  spec.scenario = scenarios.at(work.scenario).argument;
  spec.variant = variants.at(work.variant);
  spec.seed = work.seed;
  spec.strategy = strategy;
  spec.pct_depth = pct_depth;
  spec.fixes = fixes;
  spec.flag_percent = flag_percent;
  return spec;
}

SweepScenario describe_scenario(const std::string& argument) {
  const std::string path = scenarios::resolve_scenario(argument);
  const scenarios::Scenario scenario = scenarios::load_scenario(path);
  std::ifstream file(path, std::ios::binary);
  std::stringstream bytes;
  bytes << file.rdbuf();
  return SweepScenario{scenario.name, argument,
                       fmt::format("{:016x}", sim::stable_hash(bytes.str()))};
}

SeedRange parse_seed_range(const std::string& text) {
  const auto dots = text.find("..");
  const auto first = parse_unsigned(dots == std::string::npos ? text : text.substr(0, dots));
  const auto last = dots == std::string::npos ? first : parse_unsigned(text.substr(dots + 2));
  if (!first || !last || *first > *last || *last > seed_max) {
    throw InputError(
        fmt::format("--seeds: '{}' is not a seed range; type FIRST..LAST with FIRST <= LAST, e.g. "
                    "--seeds 1..100",
                    text));
  }
  return SeedRange{*first, *last};
}

bool Shard::contains(const std::string& scenario, const std::string& variant,
                     std::uint64_t seed) const {
  if (count == 1) return true;
  std::uint64_t state = sim::stable_hash(fmt::format("{}/{}/{}", scenario, variant, seed));
  return sim::splitmix64(state) % static_cast<std::uint64_t>(count) ==
         static_cast<std::uint64_t>(index - 1);
}

std::string Shard::text() const {
  return count == 1 ? "all" : fmt::format("{}/{}", index, count);
}

Shard parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  const auto index =
      slash == std::string::npos ? std::nullopt : parse_unsigned(text.substr(0, slash));
  const auto count =
      slash == std::string::npos ? std::nullopt : parse_unsigned(text.substr(slash + 1));
  if (!index || !count || *index < 1 || *index > *count || *count > 1'000'000) {
    throw InputError(fmt::format(
        "--shard: '{}' is not a shard; type I/N with 1 <= I <= N, e.g. --shard 2/3", text));
  }
  return Shard{static_cast<int>(*index), static_cast<int>(*count)};
}

std::string SweepDefinition::loadable_scenario_argument(const std::string& name) const {
  for (const auto& scenario : scenarios) {
    if (scenario.name != name) continue;
    try {
      scenarios::resolve_scenario(scenario.argument);
      return scenario.argument;
    } catch (const scenarios::ScenarioError&) {
      return name;
    }
  }
  return name;
}

std::size_t position_of(const std::vector<std::string>& names, const std::string& name) {
  return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

}  // namespace dispatchsim::explore
