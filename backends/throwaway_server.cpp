#include "backends/throwaway_server.hpp"

#include <hiredis/hiredis.h>
#include <mysql.h>

#include <array>
#include <atomic>
#include <cassert>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dispatchsim::backends {

namespace {

using Clock = std::chrono::steady_clock;

// The children a fatal signal must take down with us, each with the pid of the process that
// started it (a forked copy of this process inherits the table, and must not kill its parent's
// servers). Fixed arrays of atomics: the handler may only do async-signal-safe things (read an
// atomic, getpid, kill, sigaction, raise).
constexpr std::size_t max_children = 32;
std::array<std::atomic<pid_t>, max_children> registered_children{};
std::array<std::atomic<pid_t>, max_children> registered_owners{};
constexpr std::array<int, 7> fatal_signals = {SIGINT,  SIGTERM, SIGHUP, SIGQUIT,
                                              SIGABRT, SIGSEGV, SIGBUS};
std::array<struct sigaction, fatal_signals.size()> previous_actions{};

void kill_children_then_reraise(int signal_number) {
  const pid_t self = ::getpid();
  for (std::size_t index = 0; index < max_children; ++index) {
    const pid_t pid = registered_children[index].load();
    if (pid > 0 && registered_owners[index].load() == self) ::kill(pid, SIGKILL);
  }
  for (std::size_t index = 0; index < fatal_signals.size(); ++index) {
    if (fatal_signals[index] == signal_number)
      ::sigaction(signal_number, &previous_actions[index], nullptr);
  }
  ::raise(signal_number);
}

void install_signal_handlers_once() {
  static const bool installed = [] {
    for (std::size_t index = 0; index < fatal_signals.size(); ++index) {
      struct sigaction action {};
      action.sa_handler = kill_children_then_reraise;
      sigemptyset(&action.sa_mask);
      ::sigaction(fatal_signals[index], &action, &previous_actions[index]);
    }
    return true;
  }();
  (void)installed;
}

void register_child(pid_t pid) {
  install_signal_handlers_once();
  for (std::size_t index = 0; index < max_children; ++index) {
    pid_t empty = 0;
    if (registered_children[index].compare_exchange_strong(empty, pid)) {
      registered_owners[index].store(::getpid());
      return;
    }
  }
  // More than max_children at once: still stopped by its owner and by PR_SET_PDEATHSIG.
}

void unregister_child(pid_t pid) {
  for (auto& child : registered_children) {
    pid_t expected = pid;
    if (child.compare_exchange_strong(expected, 0)) return;
  }
}

std::chrono::milliseconds elapsed_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

// The last lines of a server's log, for an error message.
std::string log_tail(const std::filesystem::path& log_path, std::size_t lines_wanted = 8) {
  std::ifstream file(log_path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(file, line);) lines.push_back(line);
  std::ostringstream tail;
  const std::size_t first = lines.size() > lines_wanted ? lines.size() - lines_wanted : 0;
  for (std::size_t index = first; index < lines.size(); ++index) tail << "\n    " << lines[index];
  return tail.str();
}

bool running_as_root() {
  return ::geteuid() == 0;
}

bool redis_answers_ping(const std::string& socket_path) {
  redisContext* context = redisConnectUnix(socket_path.c_str());
  bool ponged = false;
  if (context != nullptr && context->err == 0) {
    auto* reply = static_cast<redisReply*>(redisCommand(context, "PING"));
    ponged = reply != nullptr && reply->type == REDIS_REPLY_STATUS &&
             std::string(reply->str, reply->len) == "PONG";
    if (reply != nullptr) freeReplyObject(reply);
  }
  if (context != nullptr) redisFree(context);
  return ponged;
}

bool mariadb_accepts_connection(const std::string& socket_path) {
  MYSQL* handle = mysql_init(nullptr);
  if (handle == nullptr) return false;
  const bool connected = mysql_real_connect(handle, nullptr, "root", nullptr, nullptr, 0,
                                            socket_path.c_str(), 0) != nullptr;
  mysql_close(handle);
  return connected;
}

// Polls ready() every 20 ms until it holds, the child exits, or the timeout passes.
template <typename Ready>
void wait_until_ready(ChildProcess& process, const std::string& server,
                      const std::filesystem::path& log_path, std::chrono::milliseconds timeout,
                      Ready ready) {
  const auto start = Clock::now();
  while (!ready()) {
    if (!process.running()) {
      throw ServiceStartError(server + " exited during start-up; its log " + log_path.string() +
                              " ends with:" + log_tail(log_path));
    }
    if (elapsed_since(start) > timeout) {
      throw ServiceStartError(server + " was not ready after " + std::to_string(timeout.count()) +
                              " ms; its log " + log_path.string() +
                              " ends with:" + log_tail(log_path));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace

std::filesystem::path find_server_program(const std::string& program,
                                          const std::string& debian_package) {
  std::vector<std::filesystem::path> directories;
  if (const char* path = std::getenv("PATH"); path != nullptr) {
    std::istringstream entries(path);
    for (std::string entry; std::getline(entries, entry, ':');) {
      if (!entry.empty()) directories.emplace_back(entry);
    }
  }
  for (const char* extra : {"/usr/sbin", "/usr/local/sbin", "/sbin"})
    directories.emplace_back(extra);
  for (const auto& directory : directories) {
    const std::filesystem::path candidate = directory / program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  throw MissingServiceError(program + " is not installed (Debian package " + debian_package +
                            "); install it with: sudo apt-get install " + debian_package +
                            "   (or `make deps`, which installs every package the tests need)");
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv,
                           const std::filesystem::path& log_path) {
  assert(!argv.empty() && argv.front().starts_with("/"));
  std::vector<char*> arguments;
  for (const std::string& argument : argv) arguments.push_back(const_cast<char*>(argument.c_str()));
  arguments.push_back(nullptr);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) throw ServiceStartError("fork failed: " + std::string(std::strerror(errno)));
  if (pid == 0) {
    // The child: die with the parent, however the parent ends; then become the server.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);  // the parent died before prctl
    const int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (log >= 0) {
      ::dup2(log, STDOUT_FILENO);
      ::dup2(log, STDERR_FILENO);
      ::close(log);
    }
    const int null_input = ::open("/dev/null", O_RDONLY);
    if (null_input >= 0) ::dup2(null_input, STDIN_FILENO);
    ::execv(arguments.front(), arguments.data());
    ::_exit(127);
  }
  pid_ = pid;
  register_child(pid_);
}

ChildProcess::~ChildProcess() {
  stop();
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(other.pid_), exit_status_(other.exit_status_) {
  other.pid_ = -1;
}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
  if (this != &other) {
    stop();
    pid_ = other.pid_;
    exit_status_ = other.exit_status_;
    other.pid_ = -1;
  }
  return *this;
}

bool ChildProcess::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  const pid_t reaped = ::waitpid(pid_, &status, WNOHANG);
  if (reaped == 0) return true;
  exit_status_ = reaped == pid_ && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  unregister_child(pid_);
  pid_ = -1;
  return false;
}

void ChildProcess::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  unregister_child(pid_);
  pid_ = -1;
}

namespace {

// /dev/shm when it is writable and has room for a MariaDB data directory (~50 MB; a container's
// default /dev/shm is 64 MB in all), else the temporary directory.
std::filesystem::path fast_temporary_base() {
  const std::filesystem::path shared_memory = "/dev/shm";
  constexpr unsigned long long room_needed_bytes = 256ULL << 20;
  struct statvfs space {};
  if (::access(shared_memory.c_str(), W_OK) == 0 && ::statvfs(shared_memory.c_str(), &space) == 0 &&
      static_cast<unsigned long long>(space.f_bavail) * space.f_frsize >= room_needed_bytes) {
    return shared_memory;
  }
  return std::filesystem::temp_directory_path();
}

}  // namespace

TemporaryDirectory::TemporaryDirectory(const std::string& prefix) {
  const std::filesystem::path base = fast_temporary_base();
  std::string pattern = (base / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw ServiceStartError("cannot create a temporary directory " + pattern + ": " +
                            std::strerror(errno));
  }
  path_ = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

ThrowawayRedis::ThrowawayRedis(std::chrono::milliseconds ready_timeout)
    : directory_("dispatchsim-redis") {
  const std::filesystem::path program = find_server_program("redis-server", "redis-server");
  const std::filesystem::path log_path = directory_.path() / "redis.log";
  const auto start = Clock::now();
  process_ = ChildProcess({program.string(), "--port", "0", "--unixsocket", socket_path(),
                           "--unixsocketperm", "700", "--save", "", "--appendonly", "no", "--dir",
                           directory_.path().string(), "--daemonize", "no"},
                          log_path);
  wait_until_ready(process_, "redis-server", log_path, ready_timeout,
                   [&] { return redis_answers_ping(socket_path()); });
  startup_time_ = elapsed_since(start);
}

ThrowawayMariadb::ThrowawayMariadb(std::chrono::milliseconds ready_timeout)
    : directory_("dispatchsim-mariadb") {
  const std::filesystem::path install = find_server_program("mariadb-install-db", "mariadb-server");
  const std::filesystem::path server = find_server_program("mariadbd", "mariadb-server");
  const std::filesystem::path data = directory_.path() / "data";
  const std::filesystem::path log_path = directory_.path() / "mariadb.log";
  // Throwaway data: no fsync, a small buffer pool (start-up time and memory on a shared machine).
  const std::vector<std::string> innodb = {
      "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M",
      "--innodb-flush-log-at-trx-commit=0", "--innodb-flush-method=nosync"};
  std::vector<std::string> install_argv = {install.string(),
                                           "--no-defaults",
                                           "--datadir=" + data.string(),
                                           "--auth-root-authentication-method=normal",
                                           "--skip-test-db",
                                           "--skip-name-resolve"};
  std::vector<std::string> server_argv = {
      server.string(),
      "--no-defaults",
      "--datadir=" + data.string(),
      "--socket=" + socket_path(),
      "--skip-networking",
      "--pid-file=" + (directory_.path() / "mariadb.pid").string(),
      "--tmpdir=" + directory_.path().string()};
  if (running_as_root()) {  // mariadbd refuses to run as root unless told to
    install_argv.push_back("--user=root");
    server_argv.push_back("--user=root");
  }
  install_argv.insert(install_argv.end(), innodb.begin(), innodb.end());
  server_argv.insert(server_argv.end(), innodb.begin(), innodb.end());

  const auto install_start = Clock::now();
  {
    ChildProcess installer(install_argv, log_path);
    // The installer ends by itself; wait for its exit, bounded.
    while (installer.running()) {
      if (elapsed_since(install_start) > ready_timeout) {
        throw ServiceStartError("mariadb-install-db did not finish within " +
                                std::to_string(ready_timeout.count()) + " ms; its log " +
                                log_path.string() + " ends with:" + log_tail(log_path));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (installer.exit_status() != 0 || !std::filesystem::exists(data / "mysql")) {
      throw ServiceStartError("mariadb-install-db failed (exit status " +
                              std::to_string(installer.exit_status()) + "); its log " +
                              log_path.string() + " ends with:" + log_tail(log_path));
    }
  }
  install_time_ = elapsed_since(install_start);

  const auto start = Clock::now();
  process_ = ChildProcess(server_argv, log_path);
  wait_until_ready(process_, "mariadbd", log_path, ready_timeout,
                   [&] { return mariadb_accepts_connection(socket_path()); });
  startup_time_ = elapsed_since(start);
}

}  // namespace dispatchsim::backends
