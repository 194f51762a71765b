package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** What clients send to record a meeting: minutes and attendance, decisions, action items. */
public final class MeetingInputs {

    private MeetingInputs() {
    }

    @Name("RecordMinutesInput")
    @Description("The minutes and attendance of a meeting; recording them freezes its agenda.")
    public record Minutes(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Id @Description("The meeting.") String meetingId,
            @Description("The version you read (0 until something was recorded): a stale one is refused with CONFLICT.") int version,
            @NonNull @Description("The minutes, 1 to 20,000 characters.") String minutes,
            @NonNull @Description("The emails of the people who attended: people of the accepted parties.") List<String> attendees) {
    }

    @Name("RecordDecisionInput")
    @Description("A decision taken in a meeting, with the people who took it: a person of every accountable party.")
    public record Decide(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Description("What was decided, 1 to 500 characters.") String title,
            @NonNull @Description("What kind of decision it is.") DecisionType type,
            @NonNull @Description("The emails of the people who took it.") List<String> decidedBy) {
    }

    @Name("AddActionItemInput")
    @Description("An action item from a meeting or an escalation: one owner, a due date.")
    public record AddAction(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @Id @Description("The meeting it comes from; null when it comes from an escalation.") String meetingId,
            @Id @Description("The escalation it comes from; null when it comes from a meeting.") String escalationId,
            @NonNull @Description("What is to be done, 1 to 500 characters.") String title,
            @NonNull @Description("The owner's email: a person of an accepted party.") String owner,
            @NonNull @Description("When it is due, a date (yyyy-MM-dd).") LocalDate dueOn) {
    }

    @Name("SetActionItemDoneInput")
    @Description("Marks an action item done, or not done again.")
    public record SetDone(
            @NonNull @Id @Description("The action item.") String actionItemId,
            @Description("The version you read.") int version,
            @Description("Done or not.") boolean done) {
    }

    @Name("MoveMeetingInput")
    @Description("Moves one meeting; the tier's other meetings stay where its cadence has them.")
    public record Move(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Id @Description("The meeting.") String meetingId,
            @Description("The version you read (0 until something was recorded).") int version,
            @NonNull @Description("When it starts now.") Instant startsAt,
            @Description("How long it lasts now, 15 to 480 minutes; absent keeps its length.") Integer durationMinutes) {
    }

    @Name("CancelMeetingInput")
    @Description("Cancels one meeting; the tier's other meetings stay.")
    public record Cancel(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Id @Description("The meeting.") String meetingId,
            @Description("The version you read (0 until something was recorded).") int version,
            @Description("Why, up to 500 characters.") String reason) {
    }

    @Name("AddAgendaItemInput")
    @Description("An item of your own on a meeting's agenda, after the items built from the data.")
    public record AddAgendaItem(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Description("The item, 1 to 300 characters.") String title) {
    }
}
