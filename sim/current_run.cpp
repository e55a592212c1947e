#include "sim/current_run.hpp"

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstring>

namespace dispatchsim::sim {

namespace {

// Fixed storage, so the signal handler only reads memory (no allocation, no locks).
constexpr std::size_t description_capacity = 1024;
char description[description_capacity] = {};

void write_all(const char* text, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(STDERR_FILENO, text, size);
    if (written <= 0) return;
    text += written;
    size -= static_cast<std::size_t>(written);
  }
}

extern "C" void print_current_run_and_abort(int) {
  const std::size_t size = ::strnlen(description, description_capacity);
  if (size > 0) {
    constexpr char header[] = "\ndispatchsim: aborted during a run: ";
    write_all(header, sizeof header - 1);
    write_all(description, size);
    write_all("\n", 1);
  }
  // Die of the same signal, so the exit status and a core dump are what they would have been.
  std::signal(SIGABRT, SIG_DFL);
  std::raise(SIGABRT);
}

void install_handler_once() {
  static const bool installed = [] {
    std::signal(SIGABRT, print_current_run_and_abort);
    return true;
  }();
  (void)installed;
}

void store(std::string_view text) {
  const std::size_t size = std::min(text.size(), description_capacity - 1);
  std::memcpy(description, text.data(), size);
  description[size] = '\0';
}

}  // namespace

CurrentRun::CurrentRun(std::string_view text) {
  static_assert(capacity == description_capacity);
  install_handler_once();
  std::memcpy(previous_, description, capacity);
  store(text);
}

CurrentRun::~CurrentRun() {
  std::memcpy(description, previous_, capacity);
}

std::string_view current_run_description() {
  return {description, ::strnlen(description, description_capacity)};
}

}  // namespace dispatchsim::sim
