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
    @Description("One of the vital few measures a partnership watches, rated GREEN, AMBER or RED by its thresholds; owned by one party.")
    public record MetricView(
            @Id @NonNull @Description("The metric's id.") String id,
            @NonNull @Description("The metric's name.") String name,
            @NonNull @Description("What the metric measures.") MetricKind kind,
            @Description("The unit of its values, e.g. % or days; null when none.") String unit,
            @NonNull @Description("Whether higher or lower values are better.") Direction direction,
            @Description("The value the partners aim for, in its unit; null when not set.") BigDecimal target,
            @Description("Where AMBER begins: below it when higher is better, above it when lower is better.") BigDecimal amberThreshold,
            @Description("Where RED begins: at or below it when higher is better, at or above it when lower is better.") BigDecimal redThreshold,
            @NonNull @Description("From the latest reading by observed time; UNKNOWN when none arrived within two cadences.") Rag status,
            @Description("The latest reading by observed time; null before the first one.") ReadingView latest,
            @NonNull @Description("How often a reading is expected; none within two cadences makes the status UNKNOWN.") Cadence cadence,
            @NonNull @Description("The party that owns the metric: its members and integrators record the readings.") OrganizationView owningParty,
            @NonNull @Description("The governance tier where an escalation opens when the metric turns RED.") Tier escalationTier,
            @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version,
            @Description("The viewer may record readings: a member (not VIEWER) or integrator of the owning party.") boolean viewerCanRecord,
            @Description("The viewer may change the metric: a sponsor or steering member.") boolean viewerCanEdit,
            @Description("A change to the target or thresholds one party proposed, waiting for another party to agree; null when none.") PendingChangeView pendingChange,
            @Ignore UUID partnershipId,
            @Ignore PartnershipView partnership) {

        UUID uuid() {
            return UUID.fromString(id);
        }

        /**
         * The metric with what its view needs. {@code viewer} null: nobody in particular (events, links), no rights.
         * {@code partnership}: given for an event, whose subscribers have no request to resolve it with; else null.
         */
        static MetricView of(Metric metric, MetricReading latest, Organization owner, Organization proposer, Viewer viewer, PartnershipView partnership) {
            PendingChangeView pending = !metric.hasPendingChange() ? null
                    : new PendingChangeView(plain(metric.pendingClearsTarget ? null : metric.pendingTarget), plain(metric.pendingAmber), plain(metric.pendingRed),
                            OrganizationView.of(proposer), metric.pendingAt,
                            viewer != null && viewer.canEdit() && !metric.pendingOrgId.equals(viewer.organizationId()));
            return new MetricView(metric.id.toString(), metric.name, metric.kind, metric.unit, metric.direction, plain(metric.target),
                    plain(metric.amberThreshold), plain(metric.redThreshold), MetricRules.current(metric, Clock.now()), ReadingView.of(latest),
                    metric.cadence, OrganizationView.of(owner), metric.escalationTier, metric.version,
                    viewer != null && viewer.canRecord(metric), viewer != null && viewer.canEdit(), pending, metric.partnershipId, partnership);
        }
    }

    @Name("PendingMetricChange")
    @Description("A change to a metric's target or thresholds that one party proposed; it takes effect when another accepted party agrees.")
    public record PendingChangeView(
            @Description("The proposed target; null when the change clears it or keeps none.") BigDecimal target,
            @NonNull @Description("The proposed amber threshold.") BigDecimal amberThreshold,
            @NonNull @Description("The proposed red threshold.") BigDecimal redThreshold,
            @NonNull @Description("The party that proposed it.") OrganizationView proposedBy,
            @NonNull @Description("When it was proposed.") Instant proposedAt,
            @Description("The viewer may agree to it or turn it down: a sponsor or steering member of another accepted party.") boolean viewerCanDecide) {
    }

    @Name("MetricReading")
    @Description("One value of a metric, as observed at a point in time.")
    public record ReadingView(
            @Id @NonNull @Description("The reading's id.") String id,
            @NonNull @Description("The value, in the metric's unit.") BigDecimal value,
            @NonNull @Description("When the value was observed (not when it was recorded).") Instant observedAt,
            @NonNull @Description("How the metric's thresholds rate the value; the latest reading is re-rated when the thresholds change, older ones keep theirs.") Rag status,
            @NonNull @Description("Who recorded it: a person, an integrator or a survey.") ReadingSource source) {

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
    @Description("A metric's status moved, because of a new reading or new thresholds.")
    public record StatusChangeView(
            @Id @NonNull @Description("Give it back as `after` when resubscribing to receive what you missed.") String id,
            @NonNull @Description("The metric, as it is now; its viewerCan* fields are false here.") MetricView metric,
            @NonNull @Description("The status before.") Rag previous,
            @NonNull @Description("The status now.") Rag current,
            @NonNull @Description("The reading the new status stands on.") ReadingView reading,
            @NonNull @Description("When the status changed.") Instant at) {
    }
}
