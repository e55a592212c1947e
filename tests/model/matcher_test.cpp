// The matcher: offers each new request to distinct candidate drivers in the transaction that
// marks it SEARCHING, leaves closed requests alone, and re-offers unanswered offers after the
// offer timeout (a producer retry), at most offer_retries_max times.

#include <gtest/gtest.h>

#include <set>

#include "support/small_world.hpp"
#include "support/scripted_faults.hpp"

namespace dispatchsim::model {
namespace {

using sim::seconds;
using testing::small_world_config;
using testing::SmallWorld;

using testing::AlwaysFires;

TEST(Matcher, OffersANewRequestToDistinctCandidatesWhileMarkingItSearching) {
  WorldConfig config = small_world_config("legacy", 4);
  config.workload.candidates_per_request = 3;
  SmallWorld w(config);
  w.create_request(1);
  w.world.spawn_server("matcher",
                       [&](ServerPorts& ports) { run_matcher(w.world.actor_context(), ports); });
  w.run(seconds(1));
  EXPECT_EQ(w.text("SELECT status FROM ride_requests WHERE id = 1"), "SEARCHING");
  const auto offers = w.world.database.inspect(
      "SELECT driver_id, sequence_number, version, status FROM dispatch_queue WHERE request_id = 1 "
      "ORDER BY id");
  ASSERT_EQ(offers.size(), 3u);
  std::set<DriverId> drivers;
  for (std::size_t index = 0; index < offers.size(); ++index) {
    drivers.insert(offers[index].integer(0));
    EXPECT_EQ(offers[index].integer(1), static_cast<std::int64_t>(index + 1));
    EXPECT_EQ(offers[index].integer(2), 1);
    EXPECT_EQ(offers[index].text(3), "PENDING");
  }
  EXPECT_EQ(drivers.size(), 3u);
  // One transaction: the status change and the offers commit at the same instant.
  const auto& events = w.world.history.events();
  std::set<sim::Micros> commit_times;
  for (const auto& event : events) {
    if (event.kind == HistoryKind::status_committed || event.kind == HistoryKind::queue_row_added) {
      commit_times.insert(event.time);
    }
  }
  EXPECT_EQ(commit_times.size(), 1u);
}

TEST(Matcher, LeavesClosedRequestsAlone) {
  SmallWorld w(small_world_config("legacy"));
  w.create_request(1, 1, "DECLINED");
  w.create_request(2, 1, "SEARCHING");
  w.world.spawn_server("matcher",
                       [&](ServerPorts& ports) { run_matcher(w.world.actor_context(), ports); });
  w.run(seconds(1));
  EXPECT_EQ(w.count("SELECT COUNT(*) FROM dispatch_queue"), 0);
}

TEST(Matcher, ReoffersAnUnansweredOfferAfterTheOfferTimeoutAtMostTheRetryLimit) {
  WorldConfig config = small_world_config("legacy");
  config.timing.offer_timeout = seconds(2);
  config.timing.offer_retries_max = 2;
  SmallWorld w(config);
  w.create_request(1);
  w.world.spawn_server("matcher",
                       [&](ServerPorts& ports) { run_matcher(w.world.actor_context(), ports); });
  w.world.spawn_server("relay", [&](ServerPorts& ports) {
    run_dispatch_queue_relay(w.world.actor_context(), ports);
  });
  w.run(seconds(20));
  // Published once, then re-published twice; nobody answers, so the row ends PUBLISHED.
  EXPECT_EQ(w.world.dispatch_queue.counts().sent, 3);
  EXPECT_EQ(w.count("SELECT attempts FROM dispatch_queue WHERE request_id = 1"), 2);
  EXPECT_EQ(w.text("SELECT status FROM dispatch_queue WHERE request_id = 1"), "PUBLISHED");
  // A plain retry re-sends the same event: the same sequence number.
  EXPECT_EQ(w.count("SELECT sequence_number FROM dispatch_queue WHERE request_id = 1"), 1);
}

TEST(Matcher, AProducerRetryUnderTheFaultMintsANewSequenceNumber) {
  WorldConfig config = small_world_config("legacy");
  config.timing.offer_timeout = seconds(2);
  config.timing.offer_retries_max = 1;
  AlwaysFires new_sequence(Fault::producer_new_sequence);
  SmallWorld w(config, 1, &new_sequence);
  w.create_request(1);
  w.world.spawn_server("matcher",
                       [&](ServerPorts& ports) { run_matcher(w.world.actor_context(), ports); });
  w.world.spawn_server("relay", [&](ServerPorts& ports) {
    run_dispatch_queue_relay(w.world.actor_context(), ports);
  });
  w.run(seconds(10));
  EXPECT_EQ(w.count("SELECT sequence_number FROM dispatch_queue WHERE request_id = 1"), 101);
}

TEST(Matcher, DoesNotReofferOnceTheRequestIsClosed) {
  WorldConfig config = small_world_config("legacy");
  config.timing.offer_timeout = seconds(2);
  SmallWorld w(config);
  w.create_request(1);
  w.world.spawn_server("matcher",
                       [&](ServerPorts& ports) { run_matcher(w.world.actor_context(), ports); });
  w.world.spawn_server("relay", [&](ServerPorts& ports) {
    run_dispatch_queue_relay(w.world.actor_context(), ports);
  });
  w.kernel.at(seconds(1), [&] {
    w.world.database.inspect("UPDATE ride_requests SET status = 'DECLINED' WHERE id = 1");
  });
  w.run(seconds(10));
  EXPECT_EQ(w.world.dispatch_queue.counts().sent, 1);
  EXPECT_EQ(w.count("SELECT attempts FROM dispatch_queue WHERE request_id = 1"), 0);
}

}  // namespace
}  // namespace dispatchsim::model
