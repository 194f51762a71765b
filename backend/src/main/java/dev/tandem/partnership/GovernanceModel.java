package dev.tandem.partnership;

/** How tightly the partners govern together; decides the governance tiers and the launch plan template. */
public enum GovernanceModel { LIGHTWEIGHT_ALLIANCE, INTEGRATED_OPERATIONAL_PARTNERSHIP, JOINT_VENTURE_LITE }
