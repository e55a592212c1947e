// The HTTP API between the apps and the API handlers: a call travels with a latency each way; a
// client that times out gets nothing, while the server may still process the call and its late
// answer is dropped; fire-and-forget posts can overtake one another.

#include <gtest/gtest.h>

#include <deque>
#include <memory>
#include <vector>

#include "model/infra/api_channel.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {
namespace {

using sim::Micros;
using sim::milliseconds;
using sim::seconds;

// Fires `fault` for the first `times` questions about it, with a fixed magnitude.
class FirstTimesFault final : public FaultPoints {
 public:
  FirstTimesFault(Fault fault, int times, Micros magnitude)
      : fault_(fault), remaining_(times), magnitude_(magnitude) {}
  bool fires(Fault fault) override { return fault == fault_ && remaining_-- > 0; }
  Micros magnitude(Fault fault) override { return fault == fault_ ? magnitude_ : 0; }

 private:
  Fault fault_;
  int remaining_;
  Micros magnitude_;
};

struct ApiWorld {
  explicit ApiWorld(FaultPoints& faults_in,
                    DurationRange latency = {milliseconds(10), milliseconds(10)})
      : choices(1),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        api(kernel, faults_in, latency) {}
  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  ApiChannel api;
};

ApiRequest decline_of(RequestId request) {
  ApiRequest request_body;
  request_body.operation = ApiOperation::decline;
  request_body.request = request;
  request_body.driver = 1;
  request_body.reason = "busy";
  return request_body;
}

// A handler that answers every call after `processing` of virtual time, recording what it saw.
void serve(ApiWorld& w, Micros processing, std::vector<ApiRequest>* seen, Micros until) {
  w.kernel.spawn("api-1", [&w, processing, seen, until] {
    while (auto call = w.api.next_call(until)) {
      seen->push_back(call->request);
      w.kernel.sleep_for(processing);
      ApiResponse response;
      response.ok = true;
      response.already_processed = call->request.request == 2;
      w.api.respond(call->id, response);
    }
  });
}

TEST(ApiChannel, ACallIsAnsweredAfterTheLatencyBothWays) {
  NoFaults faults;
  ApiWorld w(faults);
  std::vector<ApiRequest> seen;
  serve(w, milliseconds(5), &seen, seconds(5));
  std::optional<ApiResponse> answer;
  Micros answered_at = -1;
  w.kernel.spawn("driver-app", [&] {
    answer = w.api.call(decline_of(2), seconds(5));
    answered_at = w.kernel.now();
  });
  w.kernel.run(seconds(10));
  ASSERT_TRUE(answer.has_value());
  EXPECT_TRUE(answer->ok);
  EXPECT_TRUE(answer->already_processed);
  EXPECT_EQ(answered_at, milliseconds(10 + 5 + 10));
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].reason, "busy");
  EXPECT_TRUE(w.api.idle());
}

TEST(ApiChannel, AClientThatTimesOutGetsNothingWhileTheServerStillProcessesTheCall) {
  NoFaults faults;
  ApiWorld w(faults);
  std::vector<ApiRequest> seen;
  serve(w, seconds(3), &seen, seconds(10));
  std::optional<ApiResponse> answer = ApiResponse{};
  Micros gave_up_at = -1;
  w.kernel.spawn("driver-app", [&] {
    answer = w.api.call(decline_of(1), seconds(1));
    gave_up_at = w.kernel.now();
  });
  w.kernel.run(seconds(20));
  EXPECT_FALSE(answer.has_value());
  EXPECT_EQ(gave_up_at, seconds(1));
  // The decline was processed anyway: that is how a retried decline arrives twice.
  ASSERT_EQ(seen.size(), 1u);
  // The late answer was dropped, not left waiting for a client that is gone.
  EXPECT_TRUE(w.api.idle());
}

TEST(ApiChannel, ARetryAfterATimeoutReachesTheServerASecondTime) {
  NoFaults faults;
  ApiWorld w(faults);
  std::vector<ApiRequest> seen;
  serve(w, seconds(2), &seen, seconds(20));
  int answered = 0;
  w.kernel.spawn("driver-app", [&] {
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (w.api.call(decline_of(1), seconds(1))) ++answered;
    }
  });
  w.kernel.run(seconds(30));
  EXPECT_EQ(answered, 0);
  EXPECT_EQ(seen.size(), 2u);
}

TEST(ApiChannel, PostsAreFireAndForgetAndAnOverdueOneIsOvertaken) {
  FirstTimesFault reorder(Fault::location_reorder, 1, seconds(1));
  ApiWorld w(reorder);
  std::vector<ApiRequest> seen;
  serve(w, 0, &seen, seconds(5));
  Micros posted_by = -1;
  w.kernel.spawn("rider", [&] {
    for (std::int64_t sequence = 1; sequence <= 3; ++sequence) {
      ApiRequest update;
      update.operation = ApiOperation::update_location;
      update.request = 1;
      update.sequence = sequence;
      w.api.post(update);
      w.kernel.sleep_for(milliseconds(100));
    }
    posted_by = w.kernel.now();
  });
  w.kernel.run(seconds(10));
  EXPECT_EQ(posted_by, milliseconds(300));  // nobody waited for an answer
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0].sequence, 2);
  EXPECT_EQ(seen[1].sequence, 3);
  EXPECT_EQ(seen[2].sequence, 1);  // delayed by the fault: arrives after the newer ones
  EXPECT_TRUE(w.api.idle());
}

TEST(ApiChannel, OnlyLocationUpdatesAreReordered) {
  FirstTimesFault reorder(Fault::location_reorder, 100, seconds(1));
  ApiWorld w(reorder);
  std::vector<ApiRequest> seen;
  serve(w, 0, &seen, seconds(5));
  w.kernel.spawn("rider", [&] {
    ApiRequest cancel;
    cancel.operation = ApiOperation::cancel;
    cancel.request = 1;
    w.api.post(cancel);
  });
  w.kernel.run(seconds(10));
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].operation, ApiOperation::cancel);
}

TEST(ApiChannel, NextCallReturnsNothingAtItsDeadline) {
  NoFaults faults;
  ApiWorld w(faults);
  Micros returned_at = -1;
  w.kernel.spawn("api-1", [&] {
    EXPECT_FALSE(w.api.next_call(seconds(2)).has_value());
    returned_at = w.kernel.now();
  });
  w.kernel.run(seconds(10));
  EXPECT_EQ(returned_at, seconds(2));
}

TEST(ApiChannel, ConcurrentHandlersShareTheIncomingCalls) {
  NoFaults faults;
  ApiWorld w(faults);
  std::vector<ApiRequest> seen_by_first, seen_by_second;
  serve(w, milliseconds(50), &seen_by_first, seconds(5));
  serve(w, milliseconds(50), &seen_by_second, seconds(5));
  int answered = 0;
  for (RequestId request : {1, 3}) {
    w.kernel.spawn("app-" + std::to_string(request), [&w, &answered, request] {
      if (w.api.call(decline_of(request), seconds(5))) ++answered;
    });
  }
  w.kernel.run(seconds(10));
  EXPECT_EQ(answered, 2);
  // Both calls were in progress at once, one per handler: the plan's Test 1 needs exactly this.
  EXPECT_EQ(seen_by_first.size(), 1u);
  EXPECT_EQ(seen_by_second.size(), 1u);
}

}  // namespace
}  // namespace dispatchsim::model
