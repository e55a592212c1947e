// Mistyped names on the command line: a subcommand or option that does not exist, or a value not
// among a fixed set (variants, strategies, formats), answered with what was probably meant —
// through scenarios::did_you_mean, the same edit distance as scenario, fault and property names.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>

#include "cli/cli_support.hpp"
#include "scenarios/nearest_name.hpp"

namespace dispatchsim::cli {

namespace {

std::vector<std::string> visible_command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command :
       app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); })) {
    names.push_back(command->get_name());
  }
  return names;
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

// "-5" and "-0.5" are values (a negative number), not options.
bool looks_like_option(const std::string& token) {
  if (token.size() < 2 || token[0] != '-' || token == "--") return false;
  return !(std::isdigit(static_cast<unsigned char>(token[1])) || token[1] == '.');
}

std::string unknown_option_message(const CLI::App& command,
                                   const std::vector<std::string>& tokens) {
  const std::vector<std::string> known = option_names(command);
  for (const std::string& token : tokens) {
    if (token == "--") break;
    if (!looks_like_option(token)) continue;
    // --seed=5 and -s5 name --seed and -s.
    const std::string name =
        token.starts_with("--") ? token.substr(0, token.find('=')) : token.substr(0, 2);
    if (command.get_option_no_throw(name) != nullptr) continue;
    return fmt::format("dispatchsim {}: unknown option {}{}; see `dispatchsim {} --help`",
                       command.get_name(), name, scenarios::did_you_mean(name, known, false),
                       command.get_name());
  }
  return "";
}

}  // namespace

std::string mistyped_name_message(const CLI::App& app, const std::vector<std::string>& arguments) {
  const std::vector<std::string> commands = visible_command_names(app);
  std::size_t position = 0;
  while (position < arguments.size() && looks_like_option(arguments[position])) ++position;
  if (position == arguments.size()) {
    if (position > 0) return unknown_option_message(app, arguments);
    return fmt::format("dispatchsim: name a command: {} (`dispatchsim --help` says what each does)",
                       fmt::join(commands, ", "));
  }
  const std::string& typed = arguments[position];
  const CLI::App* command = nullptr;
  for (const CLI::App* candidate : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (candidate->check_name(typed)) command = candidate;
  }
  if (command == nullptr) {
    return fmt::format("dispatchsim: unknown command '{}'{}; the commands: {}", typed,
                       scenarios::did_you_mean(typed, commands), fmt::join(commands, ", "));
  }
  return unknown_option_message(
      *command, {arguments.begin() + static_cast<std::ptrdiff_t>(position) + 1, arguments.end()});
}

CLI::Validator one_of(std::vector<std::string> names, std::string what) {
  const std::string description = fmt::format("{}", fmt::join(names, " | "));
  return CLI::Validator(
      [names = std::move(names), what = std::move(what)](std::string& value) -> std::string {
        if (std::find(names.begin(), names.end(), value) != names.end()) return "";
        return fmt::format("unknown {} '{}'{} (one of: {})", what, value,
                           scenarios::did_you_mean(value, names), fmt::join(names, ", "));
      },
      description);
}

}  // namespace dispatchsim::cli
