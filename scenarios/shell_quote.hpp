#pragma once
// The one quoting of a word for a POSIX shell. Every command dispatchsim prints for a person to
// paste (replay, reproduce, explain, shrink lines; report and triage commands) goes through it,
// so a scenario path like `x;touch PWNED;.toml` or `$(id)` is pasted as one literal argument.
// It lives in the scenarios layer so that scenarios/, explore/, reports/ and cli/ all reach it.

#include <string>

namespace dispatchsim::scenarios {

// The word unchanged when it holds only characters no shell treats specially (letters, digits,
// -_./,:=+@%), otherwise single-quoted with each ' written as '\'' ("a b" -> 'a b'; "" -> '').
std::string shell_quote(const std::string& word);

}  // namespace dispatchsim::scenarios
