package dev.tandem.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

import dev.tandem.common.error.ValidationFailed;

/** How a value maps to green, amber and red, and which thresholds make sense. */
final class MetricRules {

    /** More than this many metrics and a partnership is no longer watching the vital few. */
    static final int VITAL_FEW = 8;

    private MetricRules() {
    }

    /** HIGHER_IS_BETTER: at or below red is RED, below amber AMBER, else GREEN; LOWER_IS_BETTER mirrored. */
    static Rag status(BigDecimal value, Direction direction, BigDecimal amber, BigDecimal red) {
        if (direction == Direction.HIGHER_IS_BETTER) {
            return value.compareTo(red) <= 0 ? Rag.RED : value.compareTo(amber) < 0 ? Rag.AMBER : Rag.GREEN;
        }
        return value.compareTo(red) >= 0 ? Rag.RED : value.compareTo(amber) > 0 ? Rag.AMBER : Rag.GREEN;
    }

    /** For HIGHER_IS_BETTER: red < amber <= target; mirrored for LOWER_IS_BETTER. */
    static void checkThresholds(Direction direction, BigDecimal target, BigDecimal amber, BigDecimal red) {
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        if (higher ? red.compareTo(amber) >= 0 : red.compareTo(amber) <= 0) {
            throw new ValidationFailed("redThreshold", higher ? "The red threshold must be below the amber one when higher is better."
                    : "The red threshold must be above the amber one when lower is better.");
        }
        if (target != null && (higher ? amber.compareTo(target) > 0 : amber.compareTo(target) < 0)) {
            throw new ValidationFailed("amberThreshold", higher ? "The amber threshold must not be above the target when higher is better."
                    : "The amber threshold must not be below the target when lower is better.");
        }
    }

    /** The status as of now: UNKNOWN when no reading arrived within two cadences. */
    static Rag current(Metric metric, Instant now) {
        if (metric.latestObservedAt == null || metric.latestObservedAt.isBefore(now.minus(metric.cadence.period().multipliedBy(2)))) {
            return Rag.UNKNOWN;
        }
        return metric.status;
    }

    /** The worst known status: RED over AMBER over GREEN; UNKNOWN only when nothing is known. */
    static Rag worst(Collection<Rag> statuses) {
        if (statuses.contains(Rag.RED)) {
            return Rag.RED;
        }
        if (statuses.contains(Rag.AMBER)) {
            return Rag.AMBER;
        }
        return statuses.contains(Rag.GREEN) ? Rag.GREEN : Rag.UNKNOWN;
    }
}
