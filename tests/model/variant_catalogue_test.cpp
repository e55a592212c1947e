// The variant catalogue is the one place that says what a variant is: every row must build the
// logic it names, and the roles the reports and CI rely on must each be filled exactly once.

#include "model/dispatch/variant_catalogue.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

namespace dispatchsim::model {
namespace {

TEST(VariantCatalogue, EveryRowBuildsTheLogicItNames) {
  const FeatureFlag flag(100);
  std::set<std::string_view> ids;
  for (const VariantInfo& info : variant_catalogue()) {
    EXPECT_TRUE(ids.insert(info.id).second) << "duplicate id " << info.id;
    EXPECT_FALSE(info.description.empty()) << info.id;
    VariantConfig config;
    config.variant = std::string(info.id);
    const auto logic = make_dispatch_logic(config, BrokerSettings{}, CacheSettings{}, flag);
    ASSERT_NE(logic, nullptr) << info.id;
    EXPECT_EQ(logic->name(), info.id);
  }
}

TEST(VariantCatalogue, HasOneIncidentAndOneReferenceVariant) {
  int incidents = 0;
  int references = 0;
  for (const VariantInfo& info : variant_catalogue()) {
    incidents += info.role == VariantRole::incident ? 1 : 0;
    references += info.role == VariantRole::reference ? 1 : 0;
  }
  EXPECT_EQ(incidents, 1);
  EXPECT_EQ(references, 1);
  EXPECT_EQ(incident_variant().id, "legacy");
}

TEST(VariantCatalogue, DeadLetterQueueFollowsFix4ForThePlan) {
  EXPECT_FALSE(variant_info("legacy").has_dead_letter_queue({1, 2, 3, 4, 5}));
  EXPECT_TRUE(variant_info("plan").has_dead_letter_queue({4}));
  EXPECT_FALSE(variant_info("plan").has_dead_letter_queue({1, 2, 3, 5}));
  EXPECT_TRUE(variant_info("hardened").has_dead_letter_queue({}));
}

TEST(VariantCatalogue, AnUnknownIdIsRefusedWithTheKnownOnes) {
  EXPECT_EQ(find_variant("plna"), nullptr);
  try {
    variant_info("plna");
    FAIL() << "an unknown variant was accepted";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("legacy, plan, plan-fix2-tx, hardened"),
              std::string::npos)
        << error.what();
  }
}

}  // namespace
}  // namespace dispatchsim::model
