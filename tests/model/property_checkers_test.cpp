// The property checkers on crafted histories and final states: for every way a property can be
// violated, one world that must fire and one near miss that must stay quiet. A checker whose body
// were replaced by "no violation" fails here (scripts/mutate-checkers.sh shows it for all seven),
// and a property of the catalogue without a firing case fails PropertyCheckerCatalogue.
//
// A case scripts one simulated process that records history events at chosen virtual times and
// drives the broker, cache and database directly: no dispatch logic runs, so the history is
// exactly what the case wrote.

#include <gtest/gtest.h>

#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/base/dispatch_event.hpp"
#include "model/observe/properties/property.hpp"
#include "model/clients/request_cache.hpp"
#include "support/small_world.hpp"

namespace dispatchsim::model {
namespace {

using sim::Micros;
using sim::seconds;
using testing::small_world_config;
using testing::SmallWorld;

// The world a case writes into, with the verbs the cases share.
class Crafted {
 public:
  explicit Crafted(const std::string& variant) : w_(small_world_config(variant, 4)) {}

  World& world() { return w_.world; }
  sim::Kernel& kernel() { return w_.kernel; }
  void request(RequestId id, const char* status) { w_.create_request(id, 1, status); }
  void queue_row(RequestId request, DriverId driver, const char* status) {
    w_.queue_dispatch(request, driver, driver);
    w_.world.database.inspect(
        "UPDATE dispatch_queue SET status = ? WHERE request_id = ? AND driver_id = ?",
        {std::string(status), request, driver});
  }
  // Inside the script process: waits until `time`, then records.
  void at(Micros time) { w_.kernel.sleep_until(time); }
  void record(HistoryKind kind, RequestId request, DriverId driver = 0, std::int64_t a = 0,
              std::int64_t b = 0) {
    w_.world.history.record(kind, request, driver, a, b);
  }
  void status(RequestId request, RequestStatus from, RequestStatus to, DriverId by = 0) {
    record(HistoryKind::status_committed, request, by, static_cast<std::int64_t>(from),
           static_cast<std::int64_t>(to));
  }
  std::int64_t send_offer(RequestId request, DriverId driver) {
    DispatchEvent event;
    event.request_id = request;
    event.driver_id = driver;
    event.sequence = driver;
    return w_.world.dispatch_queue.send_message(encode(event));
  }
  // Receives the next message (which must be there) and returns its receipt handle.
  std::int64_t receive() {
    const auto batch = w_.world.dispatch_queue.receive_messages(1, 0);
    EXPECT_EQ(batch.size(), 1u);
    return batch.empty() ? 0 : batch.front().receipt_handle;
  }
  void delete_message(std::int64_t handle) { w_.world.dispatch_queue.delete_message(handle); }

  // Runs the script in one process, then checks the property.
  std::vector<Violation> check(const std::string& property,
                               const std::function<void(Crafted&)>& script) {
    w_.kernel.spawn("script", [&] { script(*this); });
    w_.run(seconds(600));
    return check_property(property, w_.world);
  }

 private:
  SmallWorld w_;
};

constexpr auto pending = RequestStatus::pending;
constexpr auto searching = RequestStatus::searching;
constexpr auto declined = RequestStatus::declined;
constexpr auto accepted = RequestStatus::accepted;

// One way a property can be violated: a world where it must fire and a near miss where it must not.
struct ViolationWay {
  std::string property;
  std::string way;
  std::string variant = "legacy";       // whose broker: hardened's has a dead-letter queue
  std::function<void(Crafted&)> setup;  // the final state, before the script runs
  std::function<void(Crafted&)> fires;
  std::function<void(Crafted&)> quiet;
  RequestId request = 1;  // the request the firing violation names
};

void nothing(Crafted&) {}

std::vector<ViolationWay> no_dispatch_after_decline() {
  const std::string id = "no-dispatch-after-decline";
  auto open_then_decline = [](Crafted& c, HistoryKind after, bool dispatch_first) {
    c.at(seconds(1));
    c.status(1, pending, searching);
    if (dispatch_first) c.record(after, 1, 2, 1);
    c.at(seconds(2));
    c.status(1, searching, declined, 1);
    c.at(seconds(3));
    if (!dispatch_first) c.record(after, 1, 2, 1);
  };
  return {
      {id, "dispatch_log row after the decline committed", "legacy", nothing,
       [=](Crafted& c) { open_then_decline(c, HistoryKind::dispatch_logged, false); },
       [=](Crafted& c) { open_then_decline(c, HistoryKind::dispatch_logged, true); }},
      {id, "push sent after the decline committed", "legacy", nothing,
       [=](Crafted& c) { open_then_decline(c, HistoryKind::push_sent, false); },
       [=](Crafted& c) { open_then_decline(c, HistoryKind::push_sent, true); }},
      {id, "a driver shown a request it declined", "legacy", nothing,
       [](Crafted& c) {
         c.at(seconds(1));
         c.record(HistoryKind::decline_submitted, 1, 2);
         c.at(seconds(2));
         c.record(HistoryKind::shown, 1, 2, 7);
       },
       [](Crafted& c) {  // another driver is shown it; the decliner saw it before declining
         c.at(seconds(1));
         c.record(HistoryKind::shown, 1, 2, 6);
         c.record(HistoryKind::decline_submitted, 1, 2);
         c.at(seconds(2));
         c.record(HistoryKind::shown, 1, 3, 7);
       }},
  };
}

std::vector<ViolationWay> exactly_once_dispatch() {
  const std::string id = "exactly-once-dispatch";
  auto offer_and_show = [](int shows) {
    return [shows](Crafted& c) {
      c.at(seconds(1));
      c.record(HistoryKind::queue_row_added, 1, 2, 1);
      for (int i = 0; i < shows; ++i) {
        c.at(seconds(2 + i));
        c.record(HistoryKind::shown, 1, 2, i + 1);
      }
    };
  };
  return {
      {id, "an offer shown twice", "legacy", [](Crafted& c) { c.request(1, "ACCEPTED"); },
       offer_and_show(2), offer_and_show(1)},
      {id, "an offer never shown while its request stays open", "legacy",
       [](Crafted& c) { c.request(1, "SEARCHING"); }, offer_and_show(0),
       [=](Crafted& c) {  // the same unshown offer, but the request closed
         c.world().database.inspect("UPDATE ride_requests SET status = 'DECLINED' WHERE id = 1");
         offer_and_show(0)(c);
       }},
  };
}

// Pickup update n of request 1 is at latitude 40 + n micro-degrees * 1000.
std::int64_t lat_of(int update) {
  return 40'000'000 + 1000 * update;
}

void issue_updates(Crafted& c, int updates) {
  for (int n = 1; n <= updates; ++n) c.record(HistoryKind::location_issued, 1, 0, n, lat_of(n));
}

void cache_pickup(Crafted& c, int update) {
  RequestSnapshot snapshot;
  snapshot.id = 1;
  snapshot.status = searching;
  snapshot.pickup_lat = static_cast<double>(lat_of(update)) / 1e6;
  c.world().cache.set(request_cache_key(1), encode(snapshot));
}

std::vector<ViolationWay> location_monotonic() {
  const std::string id = "location-monotonic";
  auto stores = [](std::vector<int> order) {
    return [order](Crafted& c) {
      c.at(seconds(1));
      issue_updates(c, 3);
      for (int update : order)
        c.record(HistoryKind::location_committed, 1, 0, update, lat_of(update));
    };
  };
  auto reads = [](std::vector<int> order) {
    return [order](Crafted& c) {
      c.at(seconds(1));
      issue_updates(c, 3);
      for (int update : order) c.record(HistoryKind::location_read, 1, 0, update, lat_of(update));
    };
  };
  auto stored_pickup = [](int update) {
    return [update](Crafted& c) {
      c.request(1, "SEARCHING");
      c.world().database.inspect("UPDATE ride_requests SET pickup_lat = ? WHERE id = 1",
                                 {static_cast<double>(lat_of(update)) / 1e6});
    };
  };
  return {
      {id, "the stored pickup goes back to an older update", "legacy", nothing, stores({1, 3, 2}),
       stores({1, 2, 3})},
      {id, "a reader sees an older pickup after a newer one", "legacy", nothing, reads({1, 3, 2}),
       reads({1, 2, 2, 3})},
      {id, "the cache disagrees with the database at the end", "legacy", stored_pickup(3),
       [](Crafted& c) {
         c.at(seconds(1));
         issue_updates(c, 3);
         cache_pickup(c, 2);
       },
       [](Crafted& c) {
         c.at(seconds(1));
         issue_updates(c, 3);
         cache_pickup(c, 3);
       }},
  };
}

std::vector<ViolationWay> atomic_decline_cleanup() {
  const std::string id = "atomic-decline-cleanup";
  auto decline_and_publish = [](bool publish_first) {
    return [publish_first](Crafted& c) {
      c.at(seconds(1));
      c.status(1, pending, searching);
      c.record(HistoryKind::queue_row_added, 1, 2, 1);
      if (publish_first) c.world().history.observe(HistoryKind::queue_row_published, 1, 2, 1);
      c.at(seconds(2));
      c.status(1, searching, declined, 3);
      if (!publish_first) c.world().history.observe(HistoryKind::queue_row_published, 1, 2, 1);
    };
  };
  auto left_pending = [](const char* request_status) {
    return [request_status](Crafted& c) {
      c.request(1, request_status);
      c.queue_row(1, 2, "PENDING");
    };
  };
  return {
      {id, "the relay publishes a row after its request's decline committed", "legacy", nothing,
       decline_and_publish(false), decline_and_publish(true)},
      {id, "a declined request's row still PENDING at the end", "legacy", nothing,
       [=](Crafted& c) { left_pending("DECLINED")(c); },
       [=](Crafted& c) { left_pending("SEARCHING")(c); }},
  };
}

std::vector<ViolationWay> no_message_lost() {
  const std::string id = "no-message-lost";
  // Offer request 1 to driver 2; a consumer receives it and deletes it at 5 s. The dispatch_log
  // row comes at `logged_at` s and the request closes at `closed_at` s (0: never).
  auto delete_offer = [](int logged_at, int closed_at) {
    return [=](Crafted& c) {
      c.at(seconds(1));
      c.send_offer(1, 2);
      const std::int64_t handle = c.receive();
      for (int t = 2; t <= 8; ++t) {
        c.at(seconds(t));
        if (t == logged_at) c.record(HistoryKind::dispatch_logged, 1, 2, 1);
        if (t == closed_at) c.status(1, searching, accepted, 3);
        if (t == 5) c.delete_message(handle);
      }
    };
  };
  // Offer request 1 to driver 2 on hardened's broker (maxReceiveCount 3): three receives nobody
  // acknowledges, and the fourth moves it to the dead-letter queue, where it rests.
  auto dead_letter_offer = [](Crafted& c) {
    c.at(seconds(1));
    c.send_offer(1, 2);
    for (int receive = 0; receive < 3; ++receive) {
      c.receive();
      c.at(c.kernel().now() + seconds(31));
    }
    EXPECT_TRUE(c.world().dispatch_queue.receive_messages(1, 0).empty());
    EXPECT_EQ(c.world().dispatch_queue.messages().front().state,
              MessageRecord::State::dead_lettered);
  };
  auto open_request = [](Crafted& c) { c.request(1, "SEARCHING"); };
  return {
      // Near miss: another copy made the offer after this one was deleted, before the close.
      {id, "acknowledged while open, the offer never made before the close", "legacy", open_request,
       delete_offer(0, 7), delete_offer(6, 7)},
      // Near miss: the request had closed before the delete: nothing was left to do.
      {id, "acknowledged while open, the offer never made by the end", "legacy", open_request,
       delete_offer(0, 0), delete_offer(0, 4)},
      // Near miss: a dead letter rests in the dead-letter queue, handled as designed.
      {id, "left unhandled at the end", "hardened", open_request,
       [](Crafted& c) {
         c.at(seconds(1));
         c.send_offer(1, 2);
       },
       dead_letter_offer},
  };
}

std::vector<ViolationWay> legal_transitions() {
  const std::string id = "legal-transitions";
  auto transitions = [](std::vector<std::pair<RequestStatus, RequestStatus>> steps) {
    return [steps](Crafted& c) {
      c.at(seconds(1));
      for (const auto& [from, to] : steps) c.status(1, from, to);
    };
  };
  auto location_events = [](std::vector<int> sequences) {
    return [sequences](Crafted& c) {
      c.request(1, "SEARCHING");
      for (int sequence : sequences) {
        c.world().database.inspect(
            "INSERT INTO event_log (request_id, event_type, sequence_number, created_at) "
            "VALUES (1, 'location.updated', ?, '2026-01-01 00:00:01')",
            {std::int64_t{sequence}});
      }
    };
  };
  return {
      {id, "a terminal status changes again", "legacy", nothing,
       transitions({{pending, searching}, {searching, declined}, {declined, searching}}),
       transitions({{pending, searching}, {searching, declined}, {declined, declined}})},
      {id, "a searching request goes back to PENDING", "legacy", nothing,
       transitions({{pending, searching}, {searching, pending}}),
       transitions({{pending, declined}})},
      {id, "location events processed out of sequence order", "legacy", location_events({1, 3, 2}),
       nothing, nothing},
  };
}

std::vector<ViolationWay> liveness() {
  return {
      {"liveness", "a request still open at the end", "legacy",
       [](Crafted& c) {
         c.request(1, "SEARCHING");
         c.request(2, "ACCEPTED");
       },
       nothing, nothing},
  };
}

std::vector<ViolationWay> all_ways() {
  std::vector<ViolationWay> ways;
  for (auto group :
       {no_dispatch_after_decline(), exactly_once_dispatch(), location_monotonic(),
        atomic_decline_cleanup(), no_message_lost(), legal_transitions(), liveness()}) {
    ways.insert(ways.end(), group.begin(), group.end());
  }
  return ways;
}

// Near misses of the two final-state ways that need another final state, not another script.
std::map<std::string, std::function<void(Crafted&)>> quiet_final_states() {
  return {
      {"location events processed out of sequence order",
       [](Crafted& c) {
         c.request(1, "SEARCHING");
         for (int sequence : {1, 2, 2, 3}) {
           c.world().database.inspect(
               "INSERT INTO event_log (request_id, event_type, sequence_number, created_at) "
               "VALUES (1, 'location.updated', ?, '2026-01-01 00:00:01')",
               {std::int64_t{sequence}});
         }
       }},
      {"a request still open at the end",
       [](Crafted& c) {
         c.request(1, "DECLINED");
         c.request(2, "ACCEPTED");
         c.request(3, "CANCELLED");
       }},
  };
}

class PropertyChecker : public ::testing::TestWithParam<ViolationWay> {};

TEST_P(PropertyChecker, FiresOnTheViolation) {
  const ViolationWay& way = GetParam();
  Crafted crafted(way.variant);
  way.setup(crafted);
  const auto violations = crafted.check(way.property, way.fires);
  ASSERT_FALSE(violations.empty()) << way.property << " stayed quiet on: " << way.way;
  for (const Violation& violation : violations) {
    EXPECT_EQ(violation.property, way.property);
    EXPECT_EQ(violation.request, way.request) << violation.description;
    EXPECT_FALSE(violation.description.empty());
  }
}

TEST_P(PropertyChecker, StaysQuietOnTheNearMiss) {
  const ViolationWay& way = GetParam();
  Crafted crafted(way.variant);
  const auto final_states = quiet_final_states();
  const auto own_final_state = final_states.find(way.way);
  (own_final_state != final_states.end() ? own_final_state->second : way.setup)(crafted);
  const auto violations = crafted.check(way.property, way.quiet);
  for (const Violation& violation : violations) ADD_FAILURE() << violation.description;
}

std::string test_name(const ::testing::TestParamInfo<ViolationWay>& info) {
  std::string name = info.param.property + "_" + info.param.way;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Crafted, PropertyChecker, ::testing::ValuesIn(all_ways()), test_name);

// As the fault catalogue's tests run every fault: no property without a way to fire it here.
TEST(PropertyCheckerCatalogue, EveryPropertyHasAFiringAndAQuietCase) {
  std::map<std::string, int> ways;
  for (const ViolationWay& way : all_ways()) {
    EXPECT_TRUE(is_property_id(way.property)) << way.property;
    ++ways[way.property];
  }
  for (const PropertyInfo& info : property_catalogue()) {
    EXPECT_GE(ways[std::string(info.id)], 1) << info.id << " has no crafted case that must fire";
  }
}

// The observation atomic-decline-cleanup reads: the relay's PENDING -> PUBLISHED commit, recorded
// apart from the events (so the trace, and every trace hash, stays as it was).
TEST(QueueRowPublishedObservation, TheRelaysPublishIsObservedNotTraced) {
  SmallWorld w(small_world_config("legacy"));
  w.create_request(1);
  w.queue_dispatch(1, 2, 1);
  w.world.spawn_server("relay", [&](ServerPorts& ports) {
    w.kernel.sleep_until(seconds(2));
    process_dispatch_queue(ports, 10);
  });
  w.run(seconds(10));
  const auto& observed = w.world.history.observations();
  ASSERT_EQ(observed.size(), 1u);
  EXPECT_EQ(observed[0].kind, HistoryKind::queue_row_published);
  EXPECT_EQ(observed[0].request, 1);
  EXPECT_EQ(observed[0].driver, 2);
  EXPECT_EQ(observed[0].after_events, w.world.history.events().size());
  for (const auto& event : w.world.history.events())
    EXPECT_NE(event.kind, HistoryKind::queue_row_published);
}

}  // namespace
}  // namespace dispatchsim::model
