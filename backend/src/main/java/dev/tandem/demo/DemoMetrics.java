package dev.tandem.demo;

import static dev.tandem.demo.DemoPeople.ACME_INTEGRATOR;
import static dev.tandem.demo.DemoPeople.ALICE;
import static dev.tandem.demo.DemoPeople.GLOBEX_INTEGRATOR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.tandem.common.Clock;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.Cadence;
import dev.tandem.metric.Direction;
import dev.tandem.metric.MetricDefinitions;
import dev.tandem.metric.MetricInputs;
import dev.tandem.metric.MetricKind;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.metric.ReadingIngest;
import dev.tandem.metric.Tier;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Seeds six metrics of different kinds with a year of readings from each owner's BI system: one ends amber, one red. */
@ApplicationScoped
class DemoMetrics {

    /** One demo metric: its definition, and a year of readings shaped by {@code start → end} with some noise. */
    private record DemoMetric(String name, MetricKind kind, String unit, Direction direction, String target, String amber, String red,
            Cadence cadence, String owner, Tier tier, double start, double end, double noise) {
    }

    private static final List<DemoMetric> METRICS = List.of(
            new DemoMetric("On-time delivery", MetricKind.LEADING_KPI, "%", Direction.HIGHER_IS_BETTER, "97", "92", "85", Cadence.WEEKLY,
                    "globex", Tier.EXECUTION, 88, 95.5, 1.2),
            new DemoMetric("Joint-offer orders", MetricKind.LAGGING_KPI, "orders/month", Direction.HIGHER_IS_BETTER, "4000", "3000", "2000",
                    Cadence.MONTHLY, "acme", Tier.STEERING, 300, 2650, 120),
            new DemoMetric("Customer complaints", MetricKind.LAGGING_KPI, "per 1,000 orders", Direction.LOWER_IS_BETTER, "2", "4", "6",
                    Cadence.WEEKLY, "globex", Tier.STEERING, 3.1, 6.8, 0.3),
            new DemoMetric("Partnership health score", MetricKind.HEALTH, "of 10", Direction.HIGHER_IS_BETTER, "8", "6.5", "5", Cadence.MONTHLY,
                    "acme", Tier.STRATEGIC, 6.9, 7.6, 0.25),
            new DemoMetric("Regions served next-day", MetricKind.KEY_RESULT, "regions", Direction.HIGHER_IS_BETTER, "12", "6", "3", Cadence.MONTHLY,
                    "globex", Tier.STEERING, 0, 7, 0),
            new DemoMetric("Return on joint marketing", MetricKind.ROI, "× spend", Direction.HIGHER_IS_BETTER, "3", "2", "1", Cadence.QUARTERLY,
                    "acme", Tier.STRATEGIC, 1.4, 2.6, 0.1));

    private final MetricDefinitions definitions;
    private final ReadingIngest ingest;

    DemoMetrics(MetricDefinitions definitions, ReadingIngest ingest) {
        this.definitions = definitions;
        this.ingest = ingest;
    }

    /** One metric after the other; the noise is seeded so every start draws the same history. */
    Uni<Void> seed(PartnershipView partnership) {
        Instant now = Clock.now();
        Random noise = new Random(42);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DemoMetric demo : METRICS) {
            chain = chain.chain(() -> define(partnership, demo))
                    .chain(metric -> ingest.record(integratorOf(demo), history(demo, metric, now, noise), true))
                    .replaceWithVoid();
        }
        return chain;
    }

    private Uni<MetricView> define(PartnershipView partnership, DemoMetric demo) {
        return definitions.define(ALICE, new MetricInputs.Define(partnership.id(), demo.name(), demo.kind(), demo.unit(),
                demo.direction(), new BigDecimal(demo.target()), new BigDecimal(demo.amber()), new BigDecimal(demo.red()), demo.cadence(),
                demo.owner(), demo.tier()));
    }

    /** A year of readings at the metric's cadence (at least four), the last one exactly on {@code end}. */
    private static List<MetricInputs.Reading> history(DemoMetric demo, MetricView metric, Instant now, Random noise) {
        long step = demo.cadence().period().toHours();
        int points = (int) Math.max(4, Duration.ofDays(365).toHours() / step);
        List<MetricInputs.Reading> readings = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double progress = points == 1 ? 1 : (double) i / (points - 1);
            double value = demo.start() + (demo.end() - demo.start()) * progress
                    + (i == points - 1 ? 0 : noise.nextGaussian() * demo.noise());
            Instant at = now.minus((points - 1 - i) * step, ChronoUnit.HOURS).minusSeconds(3600);
            readings.add(new MetricInputs.Reading(metric.id(), BigDecimal.valueOf(value).setScale(demo.noise() == 0 ? 0 : 2,
                    RoundingMode.HALF_UP), at, "demo-" + i));
        }
        return readings;
    }

    private static Caller integratorOf(DemoMetric demo) {
        return "acme".equals(demo.owner()) ? ACME_INTEGRATOR : GLOBEX_INTEGRATOR;
    }
}
