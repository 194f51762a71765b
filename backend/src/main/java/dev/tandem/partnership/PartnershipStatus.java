package dev.tandem.partnership;

import org.eclipse.microprofile.graphql.Description;

/** Life cycle of a partnership. */
@Description("Where a partnership is in its life cycle; a sponsor sets it.")
public enum PartnershipStatus {
    @Description("Created; not every invited party has accepted yet.")
    PROPOSED,
    @Description("Getting started: a PROPOSED partnership becomes LAUNCHING once every invited party has accepted.")
    LAUNCHING,
    @Description("Running normally.")
    ACTIVE,
    @Description("Running, but in trouble.")
    AT_RISK,
    @Description("Being brought to an end.")
    WINDING_DOWN,
    @Description("Ended.")
    CLOSED
}
