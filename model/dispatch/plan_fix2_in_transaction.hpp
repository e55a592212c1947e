#pragma once
// `plan-fix2-tx`: the plan with one change, a worked example of trying a fix of your own (README
// "Try your own fix"). The plan's Fix 2 reads the request's status outside any transaction and
// inserts the dispatch_log row afterwards, so a decline can commit in between (flaw
// check-outside-transaction). Here the check and the insert run in one transaction that first
// locks the row — the plan's own `SELECT ... FOR UPDATE` idiom from Fix 1. Everything else is
// the plan's, fix for fix.

#include "model/dispatch/plan_logic.hpp"

namespace dispatchsim::model {

class PlanFix2InTransaction final : public PlanLogic {
 public:
  using PlanLogic::PlanLogic;
  std::string_view name() const override { return "plan-fix2-tx"; }

 protected:
  void dispatch_if_dispatchable(ServerPorts& ports, const DispatchEvent& event,
                                const ReceivedMessage& message, bool* acked) override;
};

}  // namespace dispatchsim::model
