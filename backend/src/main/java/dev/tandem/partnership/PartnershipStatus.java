package dev.tandem.partnership;

import org.eclipse.microprofile.graphql.Description;

/** Life cycle of a partnership. */
@Description("Where a partnership is in its life cycle; set by a sponsor.")
public enum PartnershipStatus {
    @Description("Created; not every invited party has accepted yet.")
    PROPOSED,
    @Description("Every invited party has accepted; the partnership is getting started.")
    LAUNCHING,
    @Description("Running normally.")
    ACTIVE,
    @Description("Running, but its sponsors judge it in trouble.")
    AT_RISK,
    @Description("Being brought to an end.")
    WINDING_DOWN,
    @Description("Ended.")
    CLOSED
}
