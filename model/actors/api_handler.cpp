// An API handler process: takes the apps' calls off the API channel and runs the variant's
// handlers. Several run at once, which is how two declines of one request race (the plan's
// Test 1). An exception becomes an HTTP 500 for the caller.

#include <fmt/format.h>

#include "model/actors/actor_context.hpp"
#include "model/base/coverage_probes.hpp"
#include "model/dispatch/dispatch_logic.hpp"

namespace dispatchsim::model {

namespace {

ApiResponse handle(ActorContext& context, ServerPorts& ports, const ApiRequest& request) {
  DispatchLogic& logic = context.logic;
  ApiResponse response;
  switch (request.operation) {
    case ApiOperation::decline: {
      const DeclineResult result =
          logic.decline_request(ports, request.request, request.driver, request.reason);
      response.ok = result.success;
      response.already_processed = result.already_processed;
      break;
    }
    case ApiOperation::accept:
      response.ok = logic.accept_request(ports, request.request, request.driver);
      break;
    case ApiOperation::cancel:
      response.ok = logic.cancel_request(ports, request.request);
      break;
    case ApiOperation::update_location: {
      const LocationResult result = logic.serve_location_update(ports, request);
      response.ok = result.success;
      response.ignored = result.ignored;
      break;
    }
    case ApiOperation::claim_notification:
      response = logic.claim_notification(ports, request.request, request.driver);
      break;
    case ApiOperation::ack_notification:
      logic.ack_notification(ports, request.request, request.driver);
      response.ok = true;
      break;
  }
  return response;
}

}  // namespace

void run_api_handler(ActorContext& context, ServerPorts& ports) {
  for (;;) {
    auto call = context.api.next_call(context.kernel.now() + idle_wait);
    if (!call) continue;
    ApiResponse response;
    try {
      response = handle(context, ports, call->request);
    } catch (const std::exception& error) {
      if (dynamic_cast<const ConcurrentModificationError*>(&error) != nullptr) {
        context.kernel.probe(probe::concurrent_modification_error);
      }
      ports.db.rollback_now();
      ports.log.error("api_error", call->request.request, call->request.driver,
                      fmt::format("HTTP 500: {}", error.what()));
      response.ok = false;
      response.error = error.what();
    }
    context.api.respond(call->id, response);
  }
}

}  // namespace dispatchsim::model
