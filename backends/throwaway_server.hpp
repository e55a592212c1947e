#pragma once
// Throwaway real servers for confirming simulator findings: a redis-server and a mariadbd, each
// started as a child process with its data directory and unix socket under a fresh temporary
// directory, no TCP port, no persistence, and stopped by its process id — when the owning object
// is destroyed (also while an exception unwinds), when the process gets SIGINT/SIGTERM/SIGABRT/
// SIGSEGV (a handler kills the registered children by pid before the signal's default action),
// and even when this process is killed outright (the child asks the kernel for SIGKILL when its
// parent dies: PR_SET_PDEATHSIG). Nothing here runs inside a simulation; this is the one place
// in the project that uses wall-clock time to wait for a server (with a bound).

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/types.h>

namespace dispatchsim::backends {

// A server program is not installed. what() names the program and says what to type; a command
// line tool exits 2 on it; a test fails on it (install-deps installs the packages, so in CI a
// missing program is a broken environment, never a reason to skip).
class MissingServiceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The server was found but did not start or did not become ready in time (what() quotes the
// last lines of its log).
class ServiceStartError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The absolute path of program, searched on PATH and then in /usr/sbin, /usr/local/sbin and
// /sbin (mariadbd lives in /usr/sbin, which a non-root PATH often lacks). Throws
// MissingServiceError naming debian_package and the command that installs it.
std::filesystem::path find_server_program(const std::string& program,
                                          const std::string& debian_package);

// One child process, killed by its pid (SIGKILL: the data is thrown away, so a clean shutdown
// buys nothing) and reaped when this object dies. Movable, not copyable.
class ChildProcess {
 public:
  ChildProcess() = default;
  // Starts argv[0] (an absolute path) with stdout and stderr appended to log_path.
  ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& log_path);
  ~ChildProcess();
  ChildProcess(ChildProcess&& other) noexcept;
  ChildProcess& operator=(ChildProcess&& other) noexcept;
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  // Whether the child is still running (reaps it if it exited).
  bool running();
  // SIGKILL by pid and wait for it; idempotent.
  void stop();
  // After running() returned false: the exit code, or -1 when a signal ended it.
  int exit_status() const { return exit_status_; }

 private:
  pid_t pid_ = -1;
  int exit_status_ = -1;
};

// A fresh temporary directory (on tmpfs when /dev/shm is writable and has 256 MB free: no fsync
// cost, and a short path, which unix socket paths need), removed with everything in it when this
// object dies.
class TemporaryDirectory {
 public:
  explicit TemporaryDirectory(const std::string& prefix);
  ~TemporaryDirectory();
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// redis-server --port 0 --unixsocket <tmp>/redis.sock --save '' --appendonly no.
class ThrowawayRedis {
 public:
  // Starts the server and waits until it answers PING, at most ready_timeout. Throws
  // MissingServiceError or ServiceStartError.
  explicit ThrowawayRedis(std::chrono::milliseconds ready_timeout = std::chrono::seconds(20));
  std::string socket_path() const { return (directory_.path() / "redis.sock").string(); }
  pid_t pid() const { return process_.pid(); }
  // Wall-clock time from the call to a PONG.
  std::chrono::milliseconds startup_time() const { return startup_time_; }

 private:
  TemporaryDirectory directory_;
  ChildProcess process_;
  std::chrono::milliseconds startup_time_{0};
};

// mariadb-install-db --no-defaults into <tmp>/data, then mariadbd --no-defaults --skip-networking
// --socket=<tmp>/mariadb.sock, user root without a password, InnoDB without fsync.
class ThrowawayMariadb {
 public:
  // Initializes the data directory and starts the server, waiting at most ready_timeout for a
  // connection to succeed. Throws MissingServiceError or ServiceStartError.
  explicit ThrowawayMariadb(std::chrono::milliseconds ready_timeout = std::chrono::seconds(60));
  std::string socket_path() const { return (directory_.path() / "mariadb.sock").string(); }
  pid_t pid() const { return process_.pid(); }
  std::chrono::milliseconds install_time() const { return install_time_; }  // mariadb-install-db
  std::chrono::milliseconds startup_time() const { return startup_time_; }  // mariadbd to ready

 private:
  TemporaryDirectory directory_;
  ChildProcess process_;
  std::chrono::milliseconds install_time_{0};
  std::chrono::milliseconds startup_time_{0};
};

}  // namespace dispatchsim::backends
