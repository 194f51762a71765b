package dev.tandem.governance;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.metric.Tier;
import dev.tandem.organization.OrganizationView;

/** Escalations as the API shows them. */
public final class EscalationViews {

    private EscalationViews() {
    }

    @Name("Escalation")
    @Description("An issue handed to a governance tier for an answer, with its packet: one opens at a metric's tier when it turns RED.")
    public record EscalationView(
            @Id @NonNull @Description("The escalation's id.") String id,
            @NonNull @Description("The governance tier that must answer it now.") Tier tier,
            @NonNull @Description("OPEN, ACKNOWLEDGED or RESOLVED.") EscalationStatus status,
            @NonNull @Description("What happened: for a metric, its value and red threshold.") String summary,
            @Description("What the parties tried before escalating; null when not written yet.") String whatWasTried,
            @Description("What remains disputed between the parties; null when not written yet.") String disputed,
            @Description("How it was decided; null until RESOLVED.") String outcome,
            @NonNull @Description("When it was opened.") Instant openedAt,
            @Description("When the tier's agreed response time runs out; past it the escalation climbs to the next tier.") Instant responseDueAt,
            @Description("When its tier took it up; null while OPEN.") Instant acknowledgedAt,
            @Description("When it was resolved; null until then.") Instant resolvedAt,
            @Description("When it last climbed to the next tier (by itself or by hand); null if it never did.") Instant climbedAt,
            @Description("How often its metric turned RED while it was unresolved (1 at first).") int redCount,
            @Description("When its metric was GREEN again while it was unresolved; resolving stays a person's decision.") Instant backToGreenAt,
            @Description("Send it back with changes: a stale version is refused with CONFLICT.") int version,
            @Description("The viewer may work on it: a sponsor or steering member of an accepted party (a lead too at EXECUTION).") boolean viewerCanAct,
            @Ignore UUID metricId,
            @Ignore UUID partnershipId) {

        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    @Name("EscalationPosition")
    @Description("Where one party stands on an escalation, and the interest behind it.")
    public record PositionView(
            @NonNull @Description("The party.") OrganizationView organization,
            @NonNull @Description("Its position in its own words.") String position,
            @Description("The interest behind the position; null when not given.") String interest,
            @NonNull @Description("When it was stated.") Instant statedAt) {
    }
}
