#include "explore/output_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/stat.h>
#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dispatchsim::explore {

namespace fs = std::filesystem;

namespace {

// How much of an existing file is read to recognise its kind.
constexpr std::size_t recognise_bytes = 64 * 1024;

std::string head_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text(recognise_bytes, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

std::optional<nlohmann::json> first_json_line(const std::string& text) {
  nlohmann::json line = nlohmann::json::parse(first_line(text), nullptr, false);
  if (line.is_discarded() || !line.is_object()) return std::nullopt;
  return line;
}

bool has_keys(const std::optional<nlohmann::json>& line, std::initializer_list<const char*> keys) {
  if (!line) return false;
  for (const char* key : keys) {
    if (!line->contains(key)) return false;
  }
  return true;
}

// True when the SQLite file has a table of this name. Opened read-only: recognising a file must
// not change it.
bool sqlite_has_table(const fs::path& path, const char* table) {
  sqlite3* handle = nullptr;
  const int opened = sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
  bool found = false;
  if (opened == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                           -1, &statement, nullptr) == SQLITE_OK) {
      sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
      found = sqlite3_step(statement) == SQLITE_ROW;
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(handle);
  return found;
}

bool is_tape_text(const std::string& text) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with("#")) continue;
    if (line.find_first_not_of("0123456789 \r") != std::string::npos) return false;
  }
  return true;
}

bool holds_kind(const fs::path& path, OutputKind kind) {
  const std::string head = head_of(path);
  const bool sqlite = head.starts_with(std::string_view("SQLite format 3\0", 16));
  switch (kind) {
    case OutputKind::results:
      return sqlite && sqlite_has_table(path, "sweeps");
    case OutputKind::run_database:
      return sqlite && sqlite_has_table(path, "ride_requests");
    case OutputKind::trace:
      return has_keys(first_json_line(head), {"index", "time_us", "kind"});
    case OutputKind::metrics:
      return has_keys(first_json_line(head), {"time_us", "visible", "dlq_depth"});
    case OutputKind::log: {
      const std::string line = first_line(head);
      return has_keys(first_json_line(head), {"time_us", "event_type"}) ||
             (line.find(" request_id=") != std::string::npos &&
              line.find(" event_type=") != std::string::npos);
    }
    case OutputKind::tape:
      return is_tape_text(head);
    case OutputKind::scenario:
      return head.find("[scenario]") != std::string::npos;
    case OutputKind::rollout:
      return head.find("\"dispatchsim-rollout\"") != std::string::npos;
    case OutputKind::report:
      return false;  // a directory: see report_directory_replaceable
  }
  return false;
}

// An empty directory, or one a report wrote (its results.json says so).
bool is_report_directory(const fs::path& path) {
  std::error_code error;
  if (fs::is_empty(path, error)) return true;
  const fs::path json = path / "results.json";
  return fs::is_regular_file(json, error) &&
         head_of(json).find("\"dispatchsim-report\"") != std::string::npos;
}

bool is_sqlite_kind(OutputKind kind) {
  return kind == OutputKind::results || kind == OutputKind::run_database;
}

OutputError io_error(const fs::path& path, std::string_view what, int error_number) {
  return OutputError(
      fmt::format("{}: cannot {}: {}", path.string(), what, std::strerror(error_number)));
}

void sync_descriptor_path(const fs::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) throw io_error(path, "open to sync", errno);
  const int synced = ::fsync(fd);
  const int error_number = errno;
  ::close(fd);
  // Some file systems cannot fsync a directory (EINVAL): nothing more can be done there.
  if (synced != 0 && !(error_number == EINVAL && (flags & O_DIRECTORY) != 0)) {
    throw io_error(path, "sync to disk", error_number);
  }
}

fs::path directory_of(const fs::path& target) {
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

void sync_tree(const fs::path& path) {
  if (fs::is_directory(path)) {
    for (const auto& entry : fs::directory_iterator(path)) sync_tree(entry.path());
    sync_descriptor_path(path, O_RDONLY | O_DIRECTORY);
  } else {
    sync_descriptor_path(path, O_RDONLY);
  }
}

// Puts a finished directory in place of target: swapped in one step where the file system can
// (renameat2 RENAME_EXCHANGE), otherwise the old one moved aside first. The old one is removed.
void replace_directory(const fs::path& temporary, const fs::path& target) {
  if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) throw io_error(target, "replace", errno);
    const fs::path aside = temporary_sibling(target, "old");
    if (::rename(target.c_str(), aside.c_str()) != 0) throw io_error(target, "move aside", errno);
    if (::rename(temporary.c_str(), target.c_str()) != 0) throw io_error(target, "replace", errno);
    std::error_code ignored;
    fs::remove_all(aside, ignored);
    return;
  }
  std::error_code ignored;
  fs::remove_all(temporary, ignored);  // now the old directory
}

// Temporaries a killed dispatchsim left beside target (".NAME.partial-PID-N.tmp", with SQLite's
// -wal and -shm beside them): removed once their process is gone.
void remove_abandoned_temporaries(const fs::path& target) {
  const std::string prefix = "." + target.filename().string() + ".partial-";
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory_of(target), error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

}  // namespace

std::string_view output_kind_name(OutputKind kind) {
  switch (kind) {
    case OutputKind::results:
      return "a dispatchsim results file";
    case OutputKind::run_database:
      return "a run's saved database";
    case OutputKind::trace:
      return "a trace (JSON Lines)";
    case OutputKind::log:
      return "a run log";
    case OutputKind::metrics:
      return "broker metrics (JSON Lines)";
    case OutputKind::tape:
      return "a choice tape";
    case OutputKind::scenario:
      return "a scenario file";
    case OutputKind::rollout:
      return "a rollout file";
    case OutputKind::report:
      return "a report directory";
  }
  return "?";
}

void require_replaceable(const fs::path& path, OutputKind kind, bool force,
                         std::string_view option) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (!fs::exists(status)) return;
  const std::string what(output_kind_name(kind));
  if (kind == OutputKind::report) {
    if (!fs::is_directory(status)) {
      throw OutputError(fmt::format("{}: {} exists and is not a directory; choose another {}",
                                    option, path.string(), option));
    }
    if (force || is_report_directory(path)) return;
    throw OutputError(
        fmt::format("{}: {} holds files that are not a dispatchsim report; they would be "
                    "replaced. Choose another {}, or add --force to replace the directory",
                    option, path.string(), option));
  }
  if (fs::is_directory(status)) {
    throw OutputError(fmt::format("{}: {} is a directory; name a file", option, path.string()));
  }
  if (!fs::is_regular_file(status)) {
    if (is_sqlite_kind(kind)) {
      throw OutputError(
          fmt::format("{}: {} is not a regular file; {} must be one", option, path.string(), what));
    }
    return;  // a device or pipe (/dev/stdout): written directly
  }
  if (force || fs::file_size(path, error) == 0 || holds_kind(path, kind)) return;
  throw OutputError(
      fmt::format("{}: {} exists and is not {}; it would be overwritten. Choose another "
                  "file, or add --force to overwrite it",
                  option, path.string(), what));
}

fs::path temporary_sibling(const fs::path& target, std::string_view purpose) {
  static std::atomic<unsigned> counter{0};
  const fs::path name = target.filename().empty() ? fs::path("output") : target.filename();
  return directory_of(target) /
         fmt::format(".{}.{}-{}-{}.tmp", name.string(), purpose, ::getpid(), counter++);
}

AtomicOutput::AtomicOutput(fs::path target, OutputKind kind, bool force, std::string_view option)
    : target_(std::move(target)) {
  require_replaceable(target_, kind, force, option);
  remove_abandoned_temporaries(target_);
  temporary_ = temporary_sibling(target_, "partial");
  // Created now, so an unwritable place is reported before any work is done.
  if (kind == OutputKind::report) {
    if (::mkdir(temporary_.c_str(), 0777) != 0) throw io_error(target_, "write", errno);
    return;
  }
  const int fd = ::open(temporary_.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0) throw io_error(target_, "write", errno);
  ::close(fd);
}

AtomicOutput::~AtomicOutput() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(temporary_, ignored);
}

void AtomicOutput::commit() {
  if (!fs::exists(temporary_))
    throw OutputError(fmt::format("{}: nothing was written", target_.string()));
  sync_tree(temporary_);
  if (fs::is_directory(temporary_) && fs::is_directory(target_)) {
    replace_directory(temporary_, target_);
  } else if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    throw io_error(target_, "rename " + temporary_.string() + " to it", errno);
  }
  committed_ = true;
  sync_descriptor_path(directory_of(target_), O_RDONLY | O_DIRECTORY);
}

void write_output(const fs::path& path, std::string_view content, OutputKind kind, bool force,
                  std::string_view option) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  const bool special =
      fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status);
  if (special) require_replaceable(path, kind, force, option);
  std::unique_ptr<AtomicOutput> output;
  if (!special) output = std::make_unique<AtomicOutput>(path, kind, force, option);
  const fs::path& written = special ? path : output->temporary();
  FILE* file = std::fopen(written.c_str(), "wb");
  if (file == nullptr) throw io_error(path, "write", errno);
  const bool wrote = std::fwrite(content.data(), 1, content.size(), file) == content.size();
  const int write_error = errno;
  const bool flushed = std::fflush(file) == 0;
  const int flush_error = errno;
  const bool closed = std::fclose(file) == 0;
  if (!wrote || !flushed || !closed) {
    throw io_error(path, "write", !wrote ? write_error : !flushed ? flush_error : errno);
  }
  if (output) output->commit();
}

void sync_path(const fs::path& path) {
  sync_descriptor_path(path, fs::is_directory(path) ? O_RDONLY | O_DIRECTORY : O_RDONLY);
}

}  // namespace dispatchsim::explore
