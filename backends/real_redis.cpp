#include "backends/real_redis.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

#include <poll.h>
#include <sys/time.h>

namespace dispatchsim::backends {

namespace {

// redis-py's Lock release script, made to compare the value without set_if_newer's version
// prefix (the twin compares the value it returns from GET).
constexpr const char* delete_if_equals_script = R"lua(
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
local plain = string.gsub(current, '^\031dsv:%-?%d+\031', '', 1)
if plain ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
)lua";

// Store ARGV[2] with version ARGV[1] unless the key holds a version >= ARGV[1]; ARGV[3] is the TTL
// in ms, "0" for none.
constexpr const char* set_if_newer_script = R"lua(
local current = redis.call('GET', KEYS[1])
if current then
  local stored = string.match(current, '^\031dsv:(%-?%d+)\031')
  if stored and tonumber(stored) >= tonumber(ARGV[1]) then return 0 end
end
local encoded = '\031dsv:' .. ARGV[1] .. '\031' .. ARGV[2]
if ARGV[3] ~= '0' then
  redis.call('SET', KEYS[1], encoded, 'PX', ARGV[3])
else
  redis.call('SET', KEYS[1], encoded)
end
return 1
)lua";

constexpr std::string_view version_marker =
    "\x1f"
    "dsv:";

// The value as the port returns it: without set_if_newer's version prefix.
std::string strip_version(std::string stored) {
  if (!stored.starts_with(version_marker)) return stored;
  const std::size_t end = stored.find('\x1f', version_marker.size());
  return end == std::string::npos ? stored : stored.substr(end + 1);
}

timeval to_timeval(int milliseconds) {
  return timeval{milliseconds / 1000, static_cast<suseconds_t>((milliseconds % 1000) * 1000)};
}

redisContext* connect_unix(const std::string& socket_path, int timeout_ms) {
  redisContext* context = redisConnectUnixWithTimeout(socket_path.c_str(), to_timeval(timeout_ms));
  if (context == nullptr || context->err != 0) {
    const std::string reason = context != nullptr ? context->errstr : "out of memory";
    if (context != nullptr) redisFree(context);
    throw RedisConnectionError("cannot connect to redis-server at " + socket_path + ": " + reason);
  }
  redisSetTimeout(context, to_timeval(timeout_ms));
  return context;
}

std::string reply_text(const redisReply* reply) {
  return std::string(reply->str, reply->len);
}

// A reply array ["message", channel, payload] or ["subscribe"/"unsubscribe", channel, count].
bool is_push(const redisReply* reply, std::string_view kind) {
  return reply->type == REDIS_REPLY_ARRAY && reply->elements == 3 &&
         reply->element[0]->type == REDIS_REPLY_STRING && reply_text(reply->element[0]) == kind;
}

}  // namespace

std::int64_t redis_milliseconds(sim::Micros duration) {
  if (duration < 0) return -((-duration + 999) / 1000);
  return (duration + 999) / 1000;
}

// One SUBSCRIBE connection. Messages are read without blocking while virtual time passes in
// subscription_poll_interval steps; see RealRedisConfig for the one real wait.
class RealSubscription final : public model::Subscription {
 public:
  RealSubscription(sim::Kernel& kernel, const std::string& socket_path, const std::string& channel,
                   const RealRedisConfig& config)
      : kernel_(kernel),
        config_(config),
        context_(connect_unix(socket_path, config.command_timeout_ms)) {
    const char* arguments[] = {"SUBSCRIBE", channel.c_str()};
    const std::size_t lengths[] = {9, channel.size()};
    RedisReplyPointer reply(
        static_cast<redisReply*>(redisCommandArgv(context_, 2, arguments, lengths)),
        freeReplyObject);
    if (!reply || !is_push(reply.get(), "subscribe")) {
      redisFree(context_);
      throw RedisConnectionError("SUBSCRIBE " + channel + " was not confirmed");
    }
  }

  ~RealSubscription() override {
    // Unsubscribe and wait for the confirmation, so a PUBLISH after this object is gone no longer
    // counts it (closing the socket alone would race with the server noticing).
    if (redisAppendCommand(context_, "UNSUBSCRIBE") == REDIS_OK) {
      void* raw = nullptr;
      while (redisGetReply(context_, &raw) == REDIS_OK && raw != nullptr) {
        RedisReplyPointer reply(static_cast<redisReply*>(raw), freeReplyObject);
        if (is_push(reply.get(), "unsubscribe")) break;
        raw = nullptr;
      }
    }
    redisFree(context_);
  }

  std::optional<std::string> next_message(sim::Micros deadline) override {
    kernel_.yield_point("cache.next_message");
    for (;;) {
      if (auto message = read_message(0)) return message;
      if (kernel_.now() >= deadline) return read_message(config_.delivery_grace_ms);
      kernel_.sleep_until(std::min(deadline, kernel_.now() + config_.subscription_poll_interval));
    }
  }

 private:
  // A message already received or arriving within timeout_ms (real), else nullopt.
  std::optional<std::string> read_message(int timeout_ms) {
    for (;;) {
      void* raw = nullptr;
      if (redisGetReplyFromReader(context_, &raw) != REDIS_OK) {
        throw RedisConnectionError(std::string("subscription: ") + context_->errstr);
      }
      if (raw != nullptr) {
        RedisReplyPointer reply(static_cast<redisReply*>(raw), freeReplyObject);
        if (is_push(reply.get(), "message")) return reply_text(reply->element[2]);
        continue;  // not a message (cannot happen with one channel): skip it
      }
      pollfd readable{context_->fd, POLLIN, 0};
      if (::poll(&readable, 1, timeout_ms) <= 0) return std::nullopt;
      if (redisBufferRead(context_) != REDIS_OK) {
        throw RedisConnectionError(std::string("subscription: ") + context_->errstr);
      }
    }
  }

  sim::Kernel& kernel_;
  RealRedisConfig config_;
  redisContext* context_;
};

RealRedis::RealRedis(sim::Kernel& kernel, std::string socket_path, RealRedisConfig config)
    : kernel_(kernel),
      socket_path_(std::move(socket_path)),
      config_(config),
      context_(connect_unix(socket_path_, config_.command_timeout_ms)) {}

RealRedis::~RealRedis() {
  redisFree(context_);
}

RedisReplyPointer RealRedis::command(const std::vector<std::string>& arguments) {
  std::vector<const char*> pointers;
  std::vector<std::size_t> lengths;
  for (const std::string& argument : arguments) {
    pointers.push_back(argument.data());
    lengths.push_back(argument.size());
  }
  ++round_trips_;
  RedisReplyPointer reply(
      static_cast<redisReply*>(redisCommandArgv(context_, static_cast<int>(arguments.size()),
                                                pointers.data(), lengths.data())),
      freeReplyObject);
  if (!reply) {
    throw RedisConnectionError(arguments.front() + " to redis-server at " + socket_path_ +
                               " failed: " + context_->errstr);
  }
  if (reply->type == REDIS_REPLY_ERROR) {
    throw std::invalid_argument(arguments.front() + ": " + reply_text(reply.get()));
  }
  return reply;
}

std::int64_t RealRedis::integer_command(const std::vector<std::string>& arguments) {
  const RedisReplyPointer reply = command(arguments);
  assert(reply->type == REDIS_REPLY_INTEGER);
  return reply->integer;
}

void RealRedis::expire_if_due(const std::string& key) {
  const auto found = virtual_deadlines_.find(key);
  if (found == virtual_deadlines_.end() || found->second > kernel_.now()) return;
  command({"DEL", key});
  virtual_deadlines_.erase(found);
}

void RealRedis::remember_deadline(const std::string& key, sim::Micros expire_after) {
  if (!config_.expire_in_virtual_time) return;
  if (expire_after == 0) {
    virtual_deadlines_.erase(key);
  } else {
    virtual_deadlines_[key] = kernel_.now() + expire_after;
  }
}

std::optional<std::string> RealRedis::get(const std::string& key) {
  kernel_.yield_point("cache.get");
  expire_if_due(key);
  const RedisReplyPointer reply = command({"GET", key});
  if (reply->type == REDIS_REPLY_NIL) return std::nullopt;
  return strip_version(reply_text(reply.get()));
}

bool RealRedis::set(const std::string& key, const std::string& value, model::SetOptions options) {
  kernel_.yield_point("cache.set");
  expire_if_due(key);
  std::vector<std::string> arguments = {"SET", key, value};
  if (options.only_if_absent) arguments.emplace_back("NX");
  if (options.only_if_present) arguments.emplace_back("XX");
  if (options.expire_after < 0 && config_.expire_in_virtual_time) {
    throw std::invalid_argument("SET: invalid expire time");
  }
  if (options.expire_after != 0 && !config_.expire_in_virtual_time) {
    arguments.emplace_back("PX");
    arguments.push_back(std::to_string(redis_milliseconds(options.expire_after)));
  }
  const RedisReplyPointer reply = command(arguments);
  const bool written = reply->type == REDIS_REPLY_STATUS;  // OK; NX/XX that prevented it: nil
  if (written) remember_deadline(key, options.expire_after);
  return written;
}

void RealRedis::setex(const std::string& key, sim::Micros ttl, const std::string& value) {
  kernel_.yield_point("cache.setex");
  if (config_.expire_in_virtual_time) {
    if (ttl <= 0) throw std::invalid_argument("SETEX: invalid expire time");
    command({"SET", key, value});
    remember_deadline(key, ttl);
    return;
  }
  if (ttl > 0 && ttl % sim::seconds(1) == 0) {
    command({"SETEX", key, std::to_string(ttl / sim::seconds(1)), value});
  } else {
    command({"PSETEX", key, std::to_string(redis_milliseconds(ttl)), value});
  }
}

int RealRedis::del(const std::string& key) {
  kernel_.yield_point("cache.del");
  expire_if_due(key);
  virtual_deadlines_.erase(key);
  return static_cast<int>(integer_command({"DEL", key}));
}

bool RealRedis::exists(const std::string& key) {
  kernel_.yield_point("cache.exists");
  expire_if_due(key);
  return integer_command({"EXISTS", key}) > 0;
}

int RealRedis::publish(const std::string& channel, const std::string& message) {
  kernel_.yield_point("cache.publish");
  return static_cast<int>(integer_command({"PUBLISH", channel, message}));
}

std::unique_ptr<model::Subscription> RealRedis::subscribe(const std::string& channel) {
  kernel_.yield_point("cache.subscribe");
  return std::make_unique<RealSubscription>(kernel_, socket_path_, channel, config_);
}

bool RealRedis::delete_if_equals(const std::string& key, const std::string& token) {
  kernel_.yield_point("cache.script");
  expire_if_due(key);
  const bool deleted = integer_command({"EVAL", delete_if_equals_script, "1", key, token}) == 1;
  if (deleted) virtual_deadlines_.erase(key);
  return deleted;
}

bool RealRedis::set_if_newer(const std::string& key, std::int64_t version, const std::string& value,
                             sim::Micros expire_after) {
  kernel_.yield_point("cache.script");
  if (expire_after < 0) throw std::invalid_argument("set_if_newer: invalid expire time");
  expire_if_due(key);
  const sim::Micros server_ttl = config_.expire_in_virtual_time ? 0 : expire_after;
  const bool stored =
      integer_command({"EVAL", set_if_newer_script, "1", key, std::to_string(version), value,
                       std::to_string(redis_milliseconds(server_ttl))}) == 1;
  if (stored) remember_deadline(key, expire_after);
  return stored;
}

std::optional<std::string> RealRedis::get_from_replica(const std::string& key) {
  kernel_.yield_point("cache.replica_get");
  expire_if_due(key);
  const RedisReplyPointer reply = command({"GET", key});
  if (reply->type == REDIS_REPLY_NIL) return std::nullopt;
  return strip_version(reply_text(reply.get()));
}

std::optional<sim::Micros> RealRedis::remaining_ttl(const std::string& key) {
  expire_if_due(key);
  const std::int64_t milliseconds = integer_command({"PTTL", key});
  if (milliseconds == -2) return std::nullopt;
  if (const auto found = virtual_deadlines_.find(key); found != virtual_deadlines_.end()) {
    return found->second - kernel_.now();
  }
  if (milliseconds == -1) return sim::never;
  return milliseconds * 1000;
}

void RealRedis::flush_all() {
  command({"FLUSHALL"});
  virtual_deadlines_.clear();
}

}  // namespace dispatchsim::backends
