package dev.tandem.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.Clock;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.PartnershipView;

/** Metrics as the API shows them. */
public final class MetricViews {

    private MetricViews() {
    }

    @Name("Metric")
    public record MetricView(
            @Id @NonNull String id,
            @NonNull String name,
            @NonNull MetricKind kind,
            String unit,
            @NonNull Direction direction,
            BigDecimal target,
            BigDecimal amberThreshold,
            BigDecimal redThreshold,
            @NonNull @Description("From the latest reading by observed time; UNKNOWN when none arrived within two cadences.") Rag status,
            ReadingView latest,
            @NonNull Cadence cadence,
            @NonNull OrganizationView owningParty,
            @NonNull Tier escalationTier,
            int version,
            @Description("A member (not VIEWER) or integrator of the owning party.") boolean viewerCanRecord,
            @Description("A sponsor or steering member.") boolean viewerCanEdit,
            @Ignore UUID partnershipId,
            @Ignore PartnershipView partnership) {

        UUID uuid() {
            return UUID.fromString(id);
        }

        /**
         * The metric with what its view needs. {@code viewer} null: nobody in particular (events, links), no rights.
         * {@code partnership}: given for an event, whose subscribers have no request to resolve it with; else null.
         */
        static MetricView of(Metric metric, MetricReading latest, Organization owner, Viewer viewer, PartnershipView partnership) {
            return new MetricView(metric.id.toString(), metric.name, metric.kind, metric.unit, metric.direction, plain(metric.target),
                    plain(metric.amberThreshold), plain(metric.redThreshold), MetricRules.current(metric, Clock.now()), ReadingView.of(latest),
                    metric.cadence, OrganizationView.of(owner), metric.escalationTier, metric.version,
                    viewer != null && viewer.canRecord(metric), viewer != null && viewer.canEdit(), metric.partnershipId, partnership);
        }
    }

    @Name("MetricReading")
    public record ReadingView(@Id @NonNull String id, @NonNull BigDecimal value, @NonNull Instant observedAt, @NonNull Rag status,
            @NonNull ReadingSource source) {

        static ReadingView of(MetricReading reading) {
            return reading == null ? null
                    : new ReadingView(reading.id.toString(), plain(reading.value), reading.observedAt, reading.status, reading.source);
        }
    }

    /** 70.000000 as 70 (never 7E+1). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Name("MetricStatusChange")
    public record StatusChangeView(
            @Id @NonNull @Description("Give it back as `after` when resubscribing to receive what you missed.") String id,
            @NonNull MetricView metric, @NonNull Rag previous, @NonNull Rag current, @NonNull ReadingView reading, @NonNull Instant at) {
    }

    @Name("Escalation")
    public record EscalationView(@Id @NonNull String id, @NonNull Tier tier, @NonNull EscalationStatus status, @NonNull String summary,
            @NonNull Instant openedAt, @Ignore UUID metricId, @Ignore UUID partnershipId) {
    }
}
