#pragma once
// --mariadb/--redis (running servers instead of throwaway ones) and starting the real services,
// for the commands that run cases on MariaDB + Redis: confirm and sweep --backend real.

#include <fmt/format.h>

#include <optional>
#include <string>

#include "backends/real_services.hpp"
#include "cli/cli_support.hpp"

namespace dispatchsim::cli {

struct RealServiceSockets {
  std::string mariadb;  // empty: a throwaway server
  std::string redis;    // empty: a throwaway server
};

inline void add_real_service_options(CLI::App& command, RealServiceSockets& sockets) {
  command.add_option("--mariadb", sockets.mariadb,
                     "Unix socket of a running MariaDB (user root); default: a throwaway server");
  command.add_option("--redis", sockets.redis,
                     "Unix socket of a running redis-server; default: a throwaway server");
}

// The servers, started (stopped by pid when the result dies) or reached; bad input (exit 2) with
// what to install or type when they cannot be. retry names the command to type again.
inline std::optional<backends::RunningServices> start_real_services(
    const RealServiceSockets& sockets, const std::string& retry) {
  try {
    return std::optional<backends::RunningServices>(std::in_place, sockets.mariadb, sockets.redis);
  } catch (const std::exception& error) {
    throw BadInput(fmt::format(
        "the real services cannot be used: {}\n  install them: sudo apt-get install "
        "mariadb-server redis-server (or: make deps)\n  or name running servers: {} --mariadb "
        "/run/mysqld/mysqld.sock --redis /run/redis/redis.sock",
        error.what(), retry));
  }
}

}  // namespace dispatchsim::cli
