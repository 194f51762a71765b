package dev.tandem.partnership;

import org.eclipse.microprofile.graphql.Description;

/** How tightly the partners govern together; decides the governance tiers and the launch plan template. */
@Description("How tightly the partners govern together; decides the governance tiers and the launch plan.")
public enum GovernanceModel {
    @Description("A quarterly business review and a named contact per party.")
    LIGHTWEIGHT_ALLIANCE,
    @Description("Three governance tiers: execution, steering and strategic.")
    INTEGRATED_OPERATIONAL_PARTNERSHIP,
    @Description("Three governance tiers with a board at the top.")
    JOINT_VENTURE_LITE
}
