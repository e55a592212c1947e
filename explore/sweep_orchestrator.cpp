#include "explore/sweep_orchestrator.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cassert>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <chrono>
#include <csignal>
#include <cstring>
#include <deque>
#include <optional>
#include <set>
#include <vector>

#include "explore/guided_corpus.hpp"
#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "explore/sweep_worker.hpp"

namespace dispatchsim::explore {

namespace {

volatile std::sig_atomic_t interrupt_count = 0;

void count_interrupt(int) {
  interrupt_count = interrupt_count + 1;
}

// While a sweep runs, Ctrl-C (or SIGTERM) asks it to stop cleanly instead of killing it, and a
// worker that went away makes writes fail with EPIPE instead of killing the orchestrator.
class SignalGuard {
 public:
  SignalGuard() {
    interrupt_count = 0;
    struct sigaction action {};
    action.sa_handler = count_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: poll() returns EINTR at once
    sigaction(SIGINT, &action, &old_interrupt_);
    sigaction(SIGTERM, &action, &old_terminate_);
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &old_pipe_);
  }
  ~SignalGuard() {
    sigaction(SIGINT, &old_interrupt_, nullptr);
    sigaction(SIGTERM, &old_terminate_, nullptr);
    sigaction(SIGPIPE, &old_pipe_, nullptr);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  struct sigaction old_interrupt_ {};
  struct sigaction old_terminate_ {};
  struct sigaction old_pipe_ {};
};

bool is_crash_signal(int signal_number) {
  return signal_number == SIGSEGV || signal_number == SIGABRT || signal_number == SIGBUS ||
         signal_number == SIGFPE || signal_number == SIGILL;
}

// Runs handed to a worker ahead of its acknowledgements: with two, a worker never waits for the
// orchestrator between runs (measured: ~1-2 ms a run on a loaded machine with one).
constexpr std::size_t runs_in_flight_per_worker = 2;

struct Worker {
  pid_t pid = -1;
  int to_worker = -1;    // -1 once closed: the worker finishes what it was sent and exits
  int from_worker = -1;  // -1 once the worker has exited and was reaped
  std::string buffer;
  std::deque<std::size_t> in_flight;  // in the order sent, which is the order it runs them
};

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// The runs still to hand out, without a list of them: a cursor over the definition's seed-major
// work list that skips other shards' runs and the runs the file holds, behind the runs taken
// back from workers that died. Memory does not depend on the seed range.
class PendingRuns {
 public:
  PendingRuns(const SweepDefinition& definition, const Shard& shard, const std::set<RunKey>& done)
      : definition_(definition), shard_(shard), done_(done), total_(definition.run_count()) {}

  bool empty() { return returned_.empty() && !peek(); }
  std::size_t take() {
    if (!returned_.empty()) {
      const std::size_t index = returned_.front();
      returned_.pop_front();
      return index;
    }
    const auto index = peek();
    assert(index);
    next_.reset();
    return *index;
  }
  // Runs sent but never stored go back to the front, in their order.
  void give_back(const std::deque<std::size_t>& runs) {
    returned_.insert(returned_.begin(), runs.begin(), runs.end());
  }
  // Once the cursor passed the end: the shard's runs, and those the file already held.
  bool walked_all() const { return cursor_ == total_ && !next_; }
  std::size_t in_shard() const { return in_shard_; }
  std::size_t already_stored() const { return already_stored_; }

 private:
  std::optional<std::size_t> peek() {
    while (!next_ && cursor_ < total_) {
      const std::size_t index = cursor_++;
      const WorkItem item = definition_.item(index);
      const std::string& scenario = definition_.scenarios[item.scenario].name;
      const std::string& variant = definition_.variants[item.variant];
      if (!shard_.contains(scenario, variant, item.seed)) continue;
      ++in_shard_;
      if (done_.count(RunKey{scenario, variant, item.seed}) > 0) {
        ++already_stored_;
      } else {
        next_ = index;
      }
    }
    return next_;
  }

  const SweepDefinition& definition_;
  const Shard& shard_;
  const std::set<RunKey>& done_;
  const std::size_t total_;
  std::size_t cursor_ = 0;
  std::optional<std::size_t> next_;
  std::deque<std::size_t> returned_;
  std::size_t in_shard_ = 0;
  std::size_t already_stored_ = 0;
};

// Up to this many runs in the definition, a shard's runs are counted before the sweep starts
// (a hash per run, about a second for the largest); beyond, the count is an estimate until the
// sweep has walked the whole list.
constexpr std::size_t exact_count_limit = 2'000'000;

struct ShardCount {
  std::size_t in_shard = 0;
  std::size_t already_stored = 0;
  bool exact = true;
};

ShardCount count_shard(const SweepDefinition& definition, const Shard& shard,
                       const std::set<RunKey>& done) {
  const std::size_t total = definition.run_count();
  if (shard.count == 1) return ShardCount{total, done.size(), true};
  if (total > exact_count_limit) {
    const std::size_t estimate = total / static_cast<std::size_t>(shard.count);
    return ShardCount{std::max(estimate, done.size()), done.size(), false};
  }
  PendingRuns walk(definition, shard, done);
  while (!walk.empty()) walk.take();
  return ShardCount{walk.in_shard(), walk.already_stored(), true};
}

class Orchestrator {
 public:
  Orchestrator(const SweepRequest& request, ResultsFile& file, PendingRuns& pending,
               std::size_t planned, const std::function<void(const SweepProgress&)>& on_progress)
      : request_(request), file_(file), pending_(pending), on_progress_(on_progress) {
    for (const auto& scenario : request.definition.scenarios) {
      scenarios_.push_back(
          scenarios::load_scenario(scenarios::resolve_scenario(scenario.argument)));
      outcome_.progress.scenarios.push_back(ScenarioProgress{scenario.name, 0, 0});
    }
    outcome_.progress.planned = planned;
  }

  SweepOutcome run() {
    const std::size_t initial =
        pending_.empty() ? 0
                         : std::clamp<std::size_t>(outcome_.progress.planned, 1,
                                                   static_cast<std::size_t>(request_.jobs));
    for (std::size_t i = 0; i < initial; ++i) spawn_worker();
    while (alive_workers() > 0) {
      check_stop_conditions();
      for (Worker& worker : workers_) feed(worker);
      wait_for_workers();
      report_progress();
    }
    report_progress();
    if (!fatal_.empty()) throw InputError(fatal_);
    return outcome_;
  }

 private:
  ScenarioProgress& scenario_progress(std::size_t index) {
    return outcome_.progress.scenarios.at(request_.definition.item(index).scenario);
  }

  // Counts one stored run: outcome "pass", "violation" or "error".
  void count_finished(std::size_t index, const std::string& outcome) {
    ScenarioProgress& scenario = scenario_progress(index);
    ++outcome_.progress.finished;
    ++scenario.finished;
    if (outcome == "violation") ++outcome_.progress.violating;
    if (outcome == "error") ++outcome_.progress.errors;
    if (outcome != "pass") ++scenario.violating;
  }

  double elapsed_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  }

  std::size_t alive_workers() const {
    std::size_t alive = 0;
    for (const Worker& worker : workers_) alive += worker.from_worker >= 0 ? 1 : 0;
    return alive;
  }

  void stop(SweepStop reason) {
    if (stopping_) return;
    stopping_ = true;
    outcome_.stop = reason;
  }

  void check_stop_conditions() {
    if (interrupt_count > 0) stop(SweepStop::interrupted);
    if (interrupt_count > 1) {
      // A second Ctrl-C: do not wait for the runs in flight.
      for (Worker& worker : workers_) {
        if (worker.from_worker >= 0) ::kill(worker.pid, SIGKILL);
      }
    }
    if (request_.time_budget_seconds && elapsed_seconds() >= *request_.time_budget_seconds) {
      stop(SweepStop::time_budget);
    }
    const auto failures =
        static_cast<std::int64_t>(outcome_.progress.violating + outcome_.progress.errors);
    if (request_.stop_after_failures && failures >= *request_.stop_after_failures) {
      stop(SweepStop::failure_limit);
    }
  }

  void spawn_worker() {
    int to_child[2];
    int from_child[2];
    if (pipe2(to_child, O_CLOEXEC) != 0 || pipe2(from_child, O_CLOEXEC) != 0) {
      throw InputError(fmt::format("sweep: cannot create a pipe: {}", std::strerror(errno)));
    }
    const pid_t pid = fork();
    if (pid < 0) throw InputError(fmt::format("sweep: cannot fork: {}", std::strerror(errno)));
    if (pid == 0) {
      // The child: the orchestrator owns Ctrl-C; the worker just finishes its run.
      ::signal(SIGINT, SIG_IGN);
      ::signal(SIGTERM, SIG_DFL);
      ::signal(SIGPIPE, SIG_DFL);
      ::dup2(to_child[0], STDIN_FILENO);
      ::dup2(from_child[1], STDOUT_FILENO);
      const char* program = request_.worker_program.c_str();
      ::execl(program, program, "sweep-worker", "--db", request_.results_path.c_str(), nullptr);
      std::fprintf(stderr, "dispatchsim sweep: cannot start %s: %s\n", program,
                   std::strerror(errno));
      ::_exit(127);
    }
    ::close(to_child[0]);
    ::close(from_child[1]);
    workers_.push_back(Worker{pid, to_child[1], from_child[0], {}, {}});
  }

  // Keeps a worker supplied with runs, or lets it go (after what it was sent) when there are none.
  void feed(Worker& worker) {
    while (worker.to_worker >= 0 && worker.in_flight.size() < runs_in_flight_per_worker) {
      if (stopping_ || pending_.empty()) {
        close_fd(worker.to_worker);
        return;
      }
      const std::size_t index = pending_.take();
      if (!generation_ready(index)) {  // a guided run waits for the runs its corpus observes
        pending_.give_back({index});
        return;
      }
      const std::string line = fmt::format("{}\n", index);
      if (::write(worker.to_worker, line.data(), line.size()) !=
          static_cast<ssize_t>(line.size())) {
        pending_.give_back({index});
        close_fd(worker.to_worker);  // it died; its exit is handled when its output ends
        return;
      }
      worker.in_flight.push_back(index);
    }
  }

  // Guided sweeps: a run of generation g starts once no run of an earlier generation is in
  // flight (explore/guided_corpus.hpp); those still pending come first in the seed-major list.
  bool generation_ready(std::size_t index) const {
    const SweepDefinition& definition = request_.definition;
    if (definition.strategy != "guided") return true;
    const auto generation = [&](std::size_t i) {
      return guided_generation(definition.item(i).seed, definition.seeds.first);
    };
    const std::uint64_t wanted = generation(index);
    for (const Worker& worker : workers_) {
      for (std::size_t in_flight : worker.in_flight) {
        if (generation(in_flight) < wanted) return false;
      }
    }
    return true;
  }

  void wait_for_workers() {
    std::vector<pollfd> fds;
    std::vector<Worker*> owners;
    for (Worker& worker : workers_) {
      if (worker.from_worker < 0) continue;
      fds.push_back(pollfd{worker.from_worker, POLLIN, 0});
      owners.push_back(&worker);
    }
    const int ready = ::poll(fds.data(), fds.size(), 200);
    if (ready <= 0) return;  // a tick, or EINTR from Ctrl-C: the loop looks again
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].revents != 0) read_from(*owners[i]);
    }
  }

  void read_from(Worker& worker) {
    char chunk[4096];
    const ssize_t n = ::read(worker.from_worker, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) return;
    if (n <= 0) {
      reap(worker);
      return;
    }
    worker.buffer.append(chunk, static_cast<std::size_t>(n));
    std::size_t end = 0;
    while ((end = worker.buffer.find('\n')) != std::string::npos) {
      acknowledge(worker, worker.buffer.substr(0, end));
      worker.buffer.erase(0, end + 1);
    }
  }

  void acknowledge(Worker& worker, const std::string& line) {
    const auto space = line.find(' ');
    const std::string outcome = space == std::string::npos ? "" : line.substr(space + 1);
    assert(!worker.in_flight.empty() &&
           std::to_string(worker.in_flight.front()) == line.substr(0, space));
    count_finished(worker.in_flight.front(), outcome);
    worker.in_flight.pop_front();
    report_progress();
  }

  void reap(Worker& worker) {
    close_fd(worker.from_worker);
    close_fd(worker.to_worker);
    int status = 0;
    while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) != worker_exit_ok) {
      fatal_ = fmt::format("a sweep worker stopped with exit code {} (its message is above)",
                           WEXITSTATUS(status));
      stop(SweepStop::interrupted);
    } else if (!worker.in_flight.empty() && WIFSIGNALED(status) &&
               is_crash_signal(WTERMSIG(status))) {
      // The run it was on (the first unacknowledged one) killed it; the rest never started.
      record_crash(worker.in_flight.front(), WTERMSIG(status));
      worker.in_flight.pop_front();
    } else if (!worker.in_flight.empty() &&
               ++outside_kills_ > 2 * static_cast<std::size_t>(request_.jobs) + 2) {
      fatal_ = "sweep workers keep being killed from outside (out of memory?); stopped";
      stop(SweepStop::interrupted);
    }
    // Runs sent but not stored go back to the front of the queue, in their order.
    if (!stopping_) pending_.give_back(worker.in_flight);
    worker.in_flight.clear();
    if (!stopping_ && !pending_.empty()) spawn_worker();
  }

  void record_crash(std::size_t index, int signal_number) {
    const WorkItem item = request_.definition.item(index);
    const RunSpec spec = request_.definition.spec(item);
    file_.add_run(
        error_record(scenarios_.at(item.scenario), spec,
                     fmt::format("the worker process died of signal {} ({}) during this run",
                                 signal_number, strsignal(signal_number))));
    ++outcome_.worker_crashes;
    count_finished(index, "error");
  }

  void report_progress() {
    outcome_.progress.elapsed_seconds = elapsed_seconds();
    if (on_progress_) on_progress_(outcome_.progress);
  }

  const SweepRequest& request_;
  ResultsFile& file_;
  PendingRuns& pending_;
  const std::function<void(const SweepProgress&)>& on_progress_;
  std::vector<scenarios::Scenario> scenarios_;
  std::deque<Worker> workers_;  // a deque: references stay valid as workers are added
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  bool stopping_ = false;
  std::size_t outside_kills_ = 0;
  std::string fatal_;
  SweepOutcome outcome_;
};

}  // namespace

SweepOutcome run_sweep(const SweepRequest& request,
                       const std::function<void(const SweepProgress&)>& on_progress) {
  assert(request.jobs >= 1);
  const SweepDefinition& definition = request.definition;
  const std::uint64_t combinations = definition.scenarios.size() * definition.variants.size();
  if (combinations == 0 ||
      definition.seeds.size() > static_cast<std::uint64_t>(INT64_MAX) / combinations) {
    throw InputError(fmt::format(
        "--seeds: {} seeds for {} scenario x variant pairs are more runs than a results "
        "file can number (at most {}); narrow --seeds",
        definition.seeds.size(), combinations, INT64_MAX));
  }
  ResultsFile file(request.results_path, ResultsFile::Mode::create_if_missing);
  const auto stored = file.sweep();
  if (stored && stored->definition.id() == request.definition.id() && !request.resume) {
    const std::int64_t rows = file.run_count();
    if (rows > 0) {
      throw InputError(fmt::format(
          "{} already holds {} runs of this sweep; add --resume to run only the missing ones, or "
          "remove the file (rm {}) to start again",
          request.results_path, rows, request.results_path));
    }
  }
  file.begin_sweep(request.definition, request.shard.text());
  const std::set<RunKey> done = file.finished_runs();
  const ShardCount counted = count_shard(request.definition, request.shard, done);
  PendingRuns pending(request.definition, request.shard, done);
  SignalGuard signals;
  const std::size_t planned =
      counted.in_shard > counted.already_stored ? counted.in_shard - counted.already_stored : 0;
  Orchestrator orchestrator(request, file, pending, planned, on_progress);
  SweepOutcome outcome = orchestrator.run();
  const bool walked_all = pending.empty() && pending.walked_all();
  outcome.in_shard = walked_all ? pending.in_shard() : counted.in_shard;
  outcome.already_stored = walked_all ? pending.already_stored() : counted.already_stored;
  outcome.counts_exact = walked_all || counted.exact;
  if (walked_all && outcome.stop == SweepStop::completed) {
    // Every run of the shard was handed out and acknowledged: the file says so only when it
    // holds them all (a completeness record readers check).
    outcome.shard_complete = file.mark_shard_complete(request.shard, pending.in_shard());
  }
  return outcome;
}

double parse_duration_seconds(const std::string& text, const std::string& option) {
  const auto bad = [&] {
    return InputError(
        fmt::format("{}: '{}' is not a duration; type e.g. 90s, 2m, 1h30m or 500ms", option, text));
  };
  double total = 0;
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t used = 0;
    double value = 0;
    try {
      value = std::stod(text.substr(position), &used);
    } catch (const std::exception&) {
      throw bad();
    }
    if (value < 0) throw bad();
    position += used;
    std::string unit;
    while (position < text.size() && std::isalpha(static_cast<unsigned char>(text[position]))) {
      unit += text[position++];
    }
    if (unit.empty() || unit == "s") {
      total += value;
    } else if (unit == "ms") {
      total += value / 1000;
    } else if (unit == "m" || unit == "min") {
      total += value * 60;
    } else if (unit == "h") {
      total += value * 3600;
    } else {
      throw bad();
    }
    if (unit.empty() && position < text.size()) throw bad();
  }
  // inf, nan and 1e300 are not durations anyone means (and would overflow a clock); 100 years is
  // beyond any budget or switch time.
  constexpr double longest_seconds = 100.0 * 365 * 24 * 3600;
  if (text.empty() || !(total > 0) || !std::isfinite(total)) throw bad();
  if (total > longest_seconds) {
    throw InputError(fmt::format("{}: '{}' is out of range (at most 100 years)", option, text));
  }
  return total;
}

}  // namespace dispatchsim::explore
