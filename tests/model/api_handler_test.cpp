// An API handler process: runs the variant's handler for each call off the API channel; an
// exception becomes an HTTP 500 for the caller after the open transaction is rolled back; an
// applied pickup update leaves Step 6's event_log row, a stale one none.

#include <gtest/gtest.h>

#include "support/small_world.hpp"

namespace dispatchsim::model {
namespace {

using sim::milliseconds;
using sim::seconds;
using testing::small_world_config;
using testing::SmallWorld;

ApiRequest decline_call(RequestId request, DriverId driver) {
  ApiRequest call;
  call.operation = ApiOperation::decline;
  call.request = request;
  call.driver = driver;
  call.reason = "busy";
  return call;
}

ApiRequest location_call(RequestId request, std::int64_t sequence, sim::Micros issued_at) {
  ApiRequest call;
  call.operation = ApiOperation::update_location;
  call.request = request;
  call.sequence = sequence;
  call.lat = 40.0 + 0.001 * static_cast<double>(sequence);
  call.lng = -74.0;
  call.address = "pickup #" + std::to_string(sequence);
  call.issued_at = issued_at;
  return call;
}

TEST(ApiHandler, ADeclineCallRunsTheVariantsDeclineAndAnswers) {
  SmallWorld w(small_world_config("hardened"));
  w.create_request(1);
  w.world.spawn_server(
      "api-1", [&](ServerPorts& ports) { run_api_handler(w.world.actor_context(), ports); });
  std::vector<std::optional<ApiResponse>> answers;
  w.kernel.spawn("driver-app", [&] {
    answers.push_back(w.world.api.call(decline_call(1, 2), seconds(5)));
    answers.push_back(w.world.api.call(decline_call(1, 3), seconds(5)));
  });
  w.run(seconds(20));
  ASSERT_EQ(answers.size(), 2u);
  ASSERT_TRUE(answers[0] && answers[1]);
  EXPECT_TRUE(answers[0]->ok);
  EXPECT_FALSE(answers[0]->already_processed);
  EXPECT_TRUE(answers[1]->ok);
  EXPECT_TRUE(answers[1]->already_processed);
  EXPECT_EQ(w.text("SELECT status FROM ride_requests WHERE id = 1"), "DECLINED");
  EXPECT_EQ(w.count("SELECT declined_by FROM ride_requests WHERE id = 1"), 2);
}

TEST(ApiHandler, AnExceptionBecomesAnHttp500AndTheTransactionIsRolledBack) {
  SmallWorld w(small_world_config("hardened"));
  w.create_request(1);
  w.world.spawn_server(
      "api-1", [&](ServerPorts& ports) { run_api_handler(w.world.actor_context(), ports); });
  std::optional<ApiResponse> failed, next;
  w.kernel.spawn("driver-app", [&] {
    // hardened's decline throws inside its transaction for a request that does not exist.
    failed = w.world.api.call(decline_call(99, 2), seconds(5));
    next = w.world.api.call(decline_call(1, 2), seconds(5));
  });
  w.run(seconds(20));
  ASSERT_TRUE(failed.has_value());
  EXPECT_FALSE(failed->ok);
  EXPECT_NE(failed->error.find("no ride request 99"), std::string::npos) << failed->error;
  // The same handler could take the write lock again: the failed transaction was rolled back.
  ASSERT_TRUE(next.has_value());
  EXPECT_TRUE(next->ok);
  bool logged = false;
  for (const auto& line : w.world.log.lines()) logged |= line.event_type == "api_error";
  EXPECT_TRUE(logged);
}

TEST(ApiHandler, AnAppliedPickupUpdateLeavesAnEventLogRowAndAStaleOneNone) {
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    SmallWorld w(small_world_config(variant));
    w.create_request(1);
    w.world.spawn_server(
        "api-1", [&](ServerPorts& ports) { run_api_handler(w.world.actor_context(), ports); });
    w.kernel.spawn("rider", [&] {
      w.kernel.sleep_until(seconds(3));
      w.world.api.call(location_call(1, 2, seconds(3)), seconds(5));
      w.world.api.call(location_call(1, 1, milliseconds(2500)), seconds(5));
    });
    w.run(seconds(20));
    const auto rows = w.world.database.inspect(
        "SELECT sequence_number, created_at FROM event_log WHERE request_id = 1 ORDER BY id");
    // legacy applies every update (last writer wins), so it logs the stale one too.
    const std::size_t expected = std::string(variant) == "legacy" ? 2 : 1;
    ASSERT_EQ(rows.size(), expected) << variant;
    EXPECT_EQ(rows[0].integer(0), 2) << variant;
    EXPECT_EQ(rows[0].text(1), "2026-01-01 00:00:03") << variant;  // the client's issue time
  }
}

}  // namespace
}  // namespace dispatchsim::model
