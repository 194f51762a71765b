package dev.tandem.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.tandem.common.error.ValidationFailed;

/** How a value maps to green, amber and red, which thresholds are accepted, and when a status goes stale. */
class MetricRulesTest {

    @Nested
    class HigherIsBetter {

        // amber at 80, red at 50: green above 80 ... amber below 80 ... red at 50 and below

        @Test
        void exactlyAtTheAmberThresholdIsStillGreen() {
            assertThat(status("80", Direction.HIGHER_IS_BETTER)).isEqualTo(Rag.GREEN);
            assertThat(status("80.00", Direction.HIGHER_IS_BETTER)).isEqualTo(Rag.GREEN);
        }

        @Test
        void justBelowAmberIsAmber() {
            assertThat(status("79.999", Direction.HIGHER_IS_BETTER)).isEqualTo(Rag.AMBER);
            assertThat(status("50.001", Direction.HIGHER_IS_BETTER)).isEqualTo(Rag.AMBER);
        }

        @Test
        void exactlyAtTheRedThresholdIsRed() {
            assertThat(status("50", Direction.HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
            assertThat(status("50.0", Direction.HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
            assertThat(status("-3", Direction.HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
        }

        @Test
        void thresholdsMustRunRedBelowAmberAtOrBelowTarget() {
            assertThatCode(() -> check(Direction.HIGHER_IS_BETTER, "100", "80", "50")).doesNotThrowAnyException();
            assertThatCode(() -> check(Direction.HIGHER_IS_BETTER, "80", "80", "50")).doesNotThrowAnyException();
            assertThatCode(() -> check(Direction.HIGHER_IS_BETTER, null, "80", "50")).doesNotThrowAnyException();
            assertRejected(() -> check(Direction.HIGHER_IS_BETTER, "100", "80", "80"), "redThreshold");
            assertRejected(() -> check(Direction.HIGHER_IS_BETTER, "100", "50", "80"), "redThreshold");
            assertRejected(() -> check(Direction.HIGHER_IS_BETTER, "79", "80", "50"), "amberThreshold");
        }
    }

    @Nested
    class LowerIsBetter {

        // amber at 20, red at 40: green up to 20 ... amber above 20 ... red at 40 and above

        @Test
        void exactlyAtTheAmberThresholdIsStillGreen() {
            assertThat(status("20", Direction.LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
            assertThat(status("-1", Direction.LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
        }

        @Test
        void justAboveAmberIsAmber() {
            assertThat(status("20.001", Direction.LOWER_IS_BETTER)).isEqualTo(Rag.AMBER);
            assertThat(status("39.999", Direction.LOWER_IS_BETTER)).isEqualTo(Rag.AMBER);
        }

        @Test
        void exactlyAtTheRedThresholdIsRed() {
            assertThat(status("40", Direction.LOWER_IS_BETTER)).isEqualTo(Rag.RED);
            assertThat(status("40.000", Direction.LOWER_IS_BETTER)).isEqualTo(Rag.RED);
            assertThat(status("1000", Direction.LOWER_IS_BETTER)).isEqualTo(Rag.RED);
        }

        @Test
        void thresholdsMustRunRedAboveAmberAtOrAboveTarget() {
            assertThatCode(() -> check(Direction.LOWER_IS_BETTER, "10", "20", "40")).doesNotThrowAnyException();
            assertThatCode(() -> check(Direction.LOWER_IS_BETTER, "20", "20", "40")).doesNotThrowAnyException();
            assertThatCode(() -> check(Direction.LOWER_IS_BETTER, null, "20", "40")).doesNotThrowAnyException();
            assertRejected(() -> check(Direction.LOWER_IS_BETTER, "10", "20", "20"), "redThreshold");
            assertRejected(() -> check(Direction.LOWER_IS_BETTER, "10", "40", "20"), "redThreshold");
            assertRejected(() -> check(Direction.LOWER_IS_BETTER, "21", "20", "40"), "amberThreshold");
        }
    }

    @Nested
    class Staleness {

        private final Instant now = Instant.parse("2026-03-15T12:00:00Z");

        @Test
        void aMetricWithoutAReadingIsUnknown() {
            assertThat(MetricRules.current(metric(Cadence.DAILY, null, Rag.GREEN), now)).isEqualTo(Rag.UNKNOWN);
        }

        @Test
        void aReadingExactlyTwoCadencesOldStillCounts() {
            for (Cadence cadence : Cadence.values()) {
                Instant observed = now.minus(cadence.period().multipliedBy(2));
                assertThat(MetricRules.current(metric(cadence, observed, Rag.AMBER), now)).as(cadence.name()).isEqualTo(Rag.AMBER);
            }
        }

        @Test
        void aReadingOlderThanTwoCadencesMakesTheStatusUnknown() {
            for (Cadence cadence : Cadence.values()) {
                Instant observed = now.minus(cadence.period().multipliedBy(2)).minusNanos(1_000);
                assertThat(MetricRules.current(metric(cadence, observed, Rag.RED), now)).as(cadence.name()).isEqualTo(Rag.UNKNOWN);
            }
        }

        @Test
        void aWeeklyMetricReadTenDaysAgoIsKnownADailyOneIsNot() {
            Instant observed = now.minus(Duration.ofDays(10));
            assertThat(MetricRules.current(metric(Cadence.WEEKLY, observed, Rag.GREEN), now)).isEqualTo(Rag.GREEN);
            assertThat(MetricRules.current(metric(Cadence.DAILY, observed, Rag.GREEN), now)).isEqualTo(Rag.UNKNOWN);
        }

        private static Metric metric(Cadence cadence, Instant latestObservedAt, Rag status) {
            Metric metric = new Metric();
            metric.cadence = cadence;
            metric.latestObservedAt = latestObservedAt;
            metric.status = status;
            return metric;
        }
    }

    @Nested
    class Worst {

        @Test
        void redOutranksAmberOutranksGreen() {
            assertThat(MetricRules.worst(List.of(Rag.GREEN, Rag.RED, Rag.AMBER))).isEqualTo(Rag.RED);
            assertThat(MetricRules.worst(List.of(Rag.GREEN, Rag.AMBER, Rag.GREEN))).isEqualTo(Rag.AMBER);
            assertThat(MetricRules.worst(List.of(Rag.GREEN))).isEqualTo(Rag.GREEN);
        }

        @Test
        void anUnknownMetricDoesNotHideWhatIsKnown() {
            assertThat(MetricRules.worst(List.of(Rag.UNKNOWN, Rag.GREEN))).isEqualTo(Rag.GREEN);
            assertThat(MetricRules.worst(List.of(Rag.UNKNOWN, Rag.AMBER, Rag.UNKNOWN))).isEqualTo(Rag.AMBER);
        }

        @Test
        void nothingKnownIsUnknown() {
            assertThat(MetricRules.worst(List.of())).isEqualTo(Rag.UNKNOWN);
            assertThat(MetricRules.worst(List.of(Rag.UNKNOWN, Rag.UNKNOWN))).isEqualTo(Rag.UNKNOWN);
        }
    }

    private static Rag status(String value, Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER
                ? MetricRules.status(new BigDecimal(value), direction, new BigDecimal("80"), new BigDecimal("50"))
                : MetricRules.status(new BigDecimal(value), direction, new BigDecimal("20"), new BigDecimal("40"));
    }

    private static void check(Direction direction, String target, String amber, String red) {
        MetricRules.checkThresholds(direction, target == null ? null : new BigDecimal(target), new BigDecimal(amber), new BigDecimal(red));
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationFailed.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo("VALIDATION");
        });
    }
}
