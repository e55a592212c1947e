#include "backends/real_services.hpp"

#include <fmt/format.h>

#include "backends/real_redis.hpp"

namespace dispatchsim::backends {

namespace {

std::string redis_version(const std::string& socket_path) {
  redisContext* context = redisConnectUnix(socket_path.c_str());
  if (context == nullptr || context->err != 0) {
    const std::string reason = context != nullptr ? context->errstr : "out of memory";
    if (context != nullptr) redisFree(context);
    throw ServiceUnreachable(
        fmt::format("cannot connect to redis-server at {}: {}", socket_path, reason));
  }
  auto* reply = static_cast<redisReply*>(redisCommand(context, "INFO server"));
  std::string version = "?";
  if (reply != nullptr && reply->type == REDIS_REPLY_STRING) {
    const std::string info(reply->str, reply->len);
    const auto at = info.find("redis_version:");
    if (at != std::string::npos) version = info.substr(at + 14, info.find('\r', at) - at - 14);
  }
  freeReplyObject(reply);
  redisFree(context);
  return version;
}

}  // namespace

RunningServices::RunningServices(const std::string& mariadb_socket,
                                 const std::string& redis_socket) {
  std::string mariadb_origin = "at " + mariadb_socket, redis_origin = "at " + redis_socket;
  mariadb_socket_ = mariadb_socket;
  if (mariadb_socket_.empty()) {
    mariadb_ = std::make_unique<ThrowawayMariadb>();
    mariadb_socket_ = mariadb_->socket_path();
    mariadb_origin = fmt::format("throwaway, pid {}, ready in {} ms", mariadb_->pid(),
                                 (mariadb_->install_time() + mariadb_->startup_time()).count());
  }
  redis_socket_ = redis_socket;
  if (redis_socket_.empty()) {
    redis_ = std::make_unique<ThrowawayRedis>();
    redis_socket_ = redis_->socket_path();
    redis_origin = fmt::format("throwaway, pid {}, ready in {} ms", redis_->pid(),
                               redis_->startup_time().count());
  }
  try {
    MariadbClient client(mariadb_socket_);
    mariadb_version_ = client.execute("SELECT VERSION()").rows.at(0).text(0);
  } catch (const MariadbError& error) {
    throw ServiceUnreachable(error.what());
  }
  description_ = fmt::format("MariaDB {} ({}); Redis {} ({})", mariadb_version_, mariadb_origin,
                             redis_version(redis_socket_), redis_origin);
}

RealServices::RealServices(std::string mariadb_socket, std::string redis_socket,
                           std::string database)
    : mariadb_socket_(std::move(mariadb_socket)),
      redis_socket_(std::move(redis_socket)),
      database_(std::move(database)) {}

std::unique_ptr<model::SqlBackend> RealServices::open_database(
    const model::ExternalServiceContext& context) {
  MariadbBackendConfig config;
  config.socket_path = mariadb_socket_;
  config.database = database_;
  config.counters = &counters_;
  return std::make_unique<MariadbDatabase>(context, config);
}

std::unique_ptr<model::KeyValueStore> RealServices::open_cache(sim::Kernel& kernel) {
  RealRedisConfig config;
  config.expire_in_virtual_time = true;
  auto cache = std::make_unique<RealRedis>(kernel, redis_socket_, config);
  cache->flush_all();
  return cache;
}

}  // namespace dispatchsim::backends
