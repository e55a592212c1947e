// A driver's app: takes notifications from the device's inbox, lets the variant's client logic
// decide whether to show each (dedup, claim), records what is shown — the ground truth of
// "the driver saw it" — and after a think time declines or accepts through the API, retrying a
// call that timed out.

#include "model/actors/actor_context.hpp"
#include "model/base/coverage_probes.hpp"
#include "model/base/timing_marks.hpp"

namespace dispatchsim::model {

namespace {

class RetryingApiClient final : public ApiClient {
 public:
  RetryingApiClient(ActorContext& context, int attempts) : context_(context), attempts_(attempts) {}
  std::optional<ApiResponse> call(const ApiRequest& request) override {
    for (int attempt = 0; attempt < attempts_; ++attempt) {
      ApiRequest sent = request;
      sent.issued_at = context_.kernel.now();
      auto response = context_.api.call(sent, context_.config.timing.api_client_timeout);
      if (response && response->ok) return response;
      if (response && !response->ok && attempt + 1 == attempts_) return response;
    }
    return std::nullopt;
  }

 private:
  ActorContext& context_;
  int attempts_;
};

void respond_to_offer(ActorContext& context, DriverId driver, RequestId request, ApiClient& api,
                      sim::StreamId stream) {
  sim::Kernel& kernel = context.kernel;
  const WorkloadConfig& workload = context.config.workload;
  const std::uint64_t think_position = kernel.choices().draws();
  const sim::Micros think =
      kernel.choices().uniform(stream, workload.driver_think.min, workload.driver_think.max);
  if (kernel.choices().draws() > think_position) {
    kernel.mark(timing_mark::driver_think, 0, request, static_cast<std::int64_t>(think_position));
  }
  kernel.sleep_for(think);
  ApiRequest answer;
  answer.request = request;
  answer.driver = driver;
  if (kernel.choices().chance(stream, workload.decline_probability)) {
    answer.operation = ApiOperation::decline;
    answer.reason = "busy";
    context.history.record(HistoryKind::decline_submitted, request, driver);
    const auto response = api.call(answer);
    context.history.record(HistoryKind::decline_answered, request, driver,
                           response && response->ok ? 1 : 0);
  } else {
    answer.operation = ApiOperation::accept;
    api.call(answer);
  }
}

}  // namespace

void run_driver_app(ActorContext& context, DriverId driver) {
  // Everything here is the app's memory: a restart starts over with a fresh client logic.
  sim::Kernel& kernel = context.kernel;
  const std::unique_ptr<DriverAppLogic> client =
      context.logic.make_app_logic(driver, context.devices.at(driver));
  RetryingApiClient api(context, context.logic.app_call_attempts(context.config.timing));
  const sim::StreamId stream = kernel.choices().stream("drivers");
  DriverInbox& inbox = context.push.inbox(driver);
  for (;;) {
    const auto notification = inbox.next(kernel.now() + idle_wait);
    if (!notification) continue;
    const BusyActors::Scope busy(context.busy);
    kernel.yield_point("app.receive");
    if (!client->should_show(*notification, api)) {
      kernel.probe(probe::offer_suppressed_by_app);
      continue;
    }
    context.history.record(HistoryKind::shown, notification->request_id, driver,
                           notification->delivery_id);
    client->after_shown(*notification, api);
    respond_to_offer(context, driver, notification->request_id, api, stream);
  }
}

}  // namespace dispatchsim::model
