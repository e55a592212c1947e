#pragma once
// One throwaway redis-server and one mariadbd per test program (started on first use, stopped by
// process id when the program exits, or by the signal handler / PR_SET_PDEATHSIG when it dies).
// ctest runs backend_tests as ONE test for that reason (tests/CMakeLists.txt): one process, one
// server start. A missing server program throws MissingServiceError, which fails the test that
// asked (never a skip: `make deps` installs them, so in CI a missing one is a broken machine).

#include "backends/throwaway_server.hpp"

namespace dispatchsim::testing {

inline backends::ThrowawayRedis& shared_redis() {
  static backends::ThrowawayRedis server;
  return server;
}

inline backends::ThrowawayMariadb& shared_mariadb() {
  static backends::ThrowawayMariadb server;
  return server;
}

}  // namespace dispatchsim::testing
