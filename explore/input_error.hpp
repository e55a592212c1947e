#pragma once
// The one error type of the explore layer: something the user named or gave is wrong (a results
// file from another sweep, a row that does not exist, a malformed tape). The message says what is
// wrong and what to type instead; the command line turns it into exit code 2.

#include <stdexcept>
#include <string>

namespace dispatchsim::explore {

struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dispatchsim::explore
