#pragma once
// The real services a `confirm` run uses instead of the simulated ones: MariaDB behind the
// database port (backends/mariadb_connection.hpp) and Redis behind the cache port
// (backends/real_redis.hpp, keys expiring in virtual time), either throwaway servers started here
// or running ones named by their unix sockets.

#include <memory>
#include <string>

#include "backends/mariadb_connection.hpp"
#include "backends/throwaway_server.hpp"
#include "model/world/external_services.hpp"

namespace dispatchsim::backends {

// The servers a confirm uses: started here (stopped by pid when this object dies) unless sockets
// were given. Throws MissingServiceError / ServiceStartError when a server cannot be started,
// ServiceUnreachable when a given socket does not answer.
class ServiceUnreachable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class RunningServices {
 public:
  RunningServices(const std::string& mariadb_socket, const std::string& redis_socket);
  const std::string& mariadb_socket() const { return mariadb_socket_; }
  const std::string& redis_socket() const { return redis_socket_; }
  // "MariaDB 10.11.x (throwaway, pid N, ready in N ms); Redis 7.x (...)".
  std::string description() const { return description_; }
  std::string mariadb_version() const { return mariadb_version_; }

 private:
  std::unique_ptr<ThrowawayMariadb> mariadb_;
  std::unique_ptr<ThrowawayRedis> redis_;
  std::string mariadb_socket_, redis_socket_, description_, mariadb_version_;
};

// Hands each run a fresh database (dropped and created) and an emptied Redis (FLUSHALL).
class RealServices final : public model::ExternalServices {
 public:
  RealServices(std::string mariadb_socket, std::string redis_socket,
               std::string database = "dispatchsim_run");
  std::unique_ptr<model::SqlBackend> open_database(
      const model::ExternalServiceContext& context) override;
  std::unique_ptr<model::KeyValueStore> open_cache(sim::Kernel& kernel) override;

  // Summed over the runs so far.
  const MariadbCounters& counters() const { return counters_; }
  const std::string& database() const { return database_; }

 private:
  std::string mariadb_socket_, redis_socket_, database_;
  MariadbCounters counters_;
};

}  // namespace dispatchsim::backends
