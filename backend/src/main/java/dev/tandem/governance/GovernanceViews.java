package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.graphql.PageInfo;
import dev.tandem.metric.Rag;
import dev.tandem.metric.Tier;

/** Governance tiers and meetings as the API shows them. */
public final class GovernanceViews {

    private GovernanceViews() {
    }

    @Name("GovernanceTier")
    @Description("A tier of the partnership's governance: when it meets, who sits in it, how long it has to take up an escalation.")
    public record TierView(
            @NonNull @Description("The tier.") Tier tier,
            @NonNull @Description("What the partners call it, e.g. Steering committee or Board.") String name,
            @NonNull @Description("How often it meets.") Cadence cadence,
            @Description("How long a meeting lasts, in minutes.") int durationMinutes,
            @Description("The weekday it meets on, 1 (Monday) to 7 (Sunday).") int weekday,
            @NonNull @Description("When its meetings start, HH:mm in its time zone.") String timeOfDay,
            @NonNull @Description("The time zone of its meetings, e.g. Europe/Berlin.") String timeZone,
            @Description("How many hours it has to take up an escalation before it climbs to the next tier; the partners agree it (the default fits the tier's rhythm: 72, 168 or 336).") int responseTimeHours,
            @Description("Send it back with edits: a stale version is refused with CONFLICT (0 while the model's defaults apply).") int version,
            @Description("The viewer may edit it: a sponsor or steering member of an accepted party.") boolean viewerCanEdit,
            @Ignore List<String> memberEmails,
            @Ignore UUID partnershipId) {
    }

    @Name("Meeting")
    @Description("A meeting of a governance tier, scheduled from its cadence; its agenda opens with what is red.")
    public record MeetingView(
            @Id @NonNull @Description("The meeting's id (stable for a scheduled occurrence).") String id,
            @NonNull @Description("The tier that meets.") Tier tier,
            @NonNull @Description("What it is, e.g. Steering committee, or First steering review.") String title,
            @NonNull @Description("When it starts.") Instant startsAt,
            @Description("How long it lasts, in minutes.") int durationMinutes,
            @Description("The minutes as recorded; null until the meeting is minuted (its agenda is frozen then).") String minutes,
            @Description("When the minutes were recorded; null until then.") Instant minutedAt,
            @Description("Send it back with the minutes: a stale version is refused with CONFLICT (0 until something was recorded).") int version,
            @Description("Cancelled on its own (the tier's other meetings stay).") boolean cancelled,
            @Description("Why it was cancelled; null unless it was.") String cancelReason,
            @Ignore UUID partnershipId,
            @Ignore String frozenAgenda) {

        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    @Name("AgendaItem")
    @Description("One item of a meeting's agenda, built from the partnership's data: red metrics first, then amber, escalations, overdue actions, deliverables at risk and survey flags.")
    public record AgendaItemView(
            @NonNull @Description("What kind of item it is; the agenda is ordered by kind.") AgendaItemKind kind,
            @NonNull @Description("The item in a few words.") String title,
            @Description("Its status, for a metric (RED, AMBER); null otherwise.") Rag status,
            @Id @Description("The id of its subject (a metric, an escalation, a deliverable, a survey round); null for a manual item.") String subjectId) {
    }

    @Name("MeetingConnection")
    @Description("A page of a partnership's meetings: upcoming ones soonest first, past ones latest first.")
    public record MeetingConnection(
            @NonNull @Description("The meetings of this page, each with its cursor.") List<@NonNull Edge> edges,
            @NonNull @Description("Whether more follow, and the cursor to ask for them.") PageInfo pageInfo,
            @Description("How many meetings the asked range has in all (upcoming: the next three months).") int totalCount) {

        @Name("MeetingEdge")
        @Description("One meeting of a page, with its cursor.")
        public record Edge(
                @NonNull @Description("Give it as `after` to get the meetings that follow this one.") String cursor,
                @NonNull @Description("The meeting.") MeetingView node) {
        }
    }

    @Name("Decision")
    @Description("A decision recorded in a meeting, with the people of each party who took it.")
    public record DecisionView(
            @Id @NonNull @Description("The decision's id.") String id,
            @NonNull @Description("What was decided.") String title,
            @NonNull @Description("What kind of decision it is.") DecisionType type,
            @NonNull @Description("When it was recorded.") Instant decidedAt,
            @Ignore List<String> deciderEmails) {
    }

    @Name("ActionItem")
    @Description("Something one person does by a date, agreed in a meeting or on an escalation; overdue ones go on the tier's next agenda.")
    public record ActionItemView(
            @Id @NonNull @Description("The action item's id.") String id,
            @NonNull @Description("What is to be done.") String title,
            @NonNull @Description("When it is due, a date (yyyy-MM-dd).") LocalDate dueOn,
            @Description("Whether it is done.") boolean done,
            @NonNull @Description("The tier whose agenda shows it when overdue.") Tier tier,
            @Description("Past its due date and not done.") boolean overdue,
            @Description("Send it back with changes: a stale version is refused with CONFLICT.") int version,
            @Ignore String ownerEmail,
            @Ignore UUID partnershipId,
            @Ignore UUID meetingId) {
    }
}
