package dev.tandem.governance;

import java.time.Duration;

import dev.tandem.metric.Tier;

/**
 * How long each tier has to take up an escalation before it climbs. The partners agree these times; no
 * seed gives a number, so Tandem starts from times that fit each tier's rhythm (the working level within
 * half a week, steering within a week, the executives within two) and shows them on every escalation.
 */
final class TierDefaults {

    private TierDefaults() {
    }

    static Duration responseTime(Tier tier) {
        return switch (tier) {
            case EXECUTION -> Duration.ofDays(3);
            case STEERING -> Duration.ofDays(7);
            case STRATEGIC -> Duration.ofDays(14);
        };
    }

    /** The tier above, or null at the top. */
    static Tier above(Tier tier) {
        return switch (tier) {
            case EXECUTION -> Tier.STEERING;
            case STEERING -> Tier.STRATEGIC;
            case STRATEGIC -> null;
        };
    }
}
