package dev.tandem.governance;

import java.time.Duration;
import java.util.UUID;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.partnership.PartnershipAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Changes to one meeting of a series: moving it, cancelling it, adding an item to its agenda; the series stays as the cadence has it. */
@ApplicationScoped
public class MeetingChanges {

    private final Db db;
    private final PartnershipAccess access;
    private final MeetingReader meetings;
    private final MeetingRecords records;
    private final GovernanceJournal journal;

    public MeetingChanges(Db db, PartnershipAccess access, MeetingReader meetings, MeetingRecords records, GovernanceJournal journal) {
        this.db = db;
        this.access = access;
        this.meetings = meetings;
        this.records = records;
        this.journal = journal;
    }

    public Uni<MeetingView> move(Caller caller, MeetingInputs.Move input) {
        if (input.durationMinutes() != null && (input.durationMinutes() < 15 || input.durationMinutes() > 480)) {
            throw new ValidationFailed("durationMinutes", "durationMinutes is from 15 to 480.");
        }
        if (input.startsAt().isBefore(Clock.now().minus(Duration.ofDays(1)))) {
            throw new ValidationFailed("startsAt", "A meeting is moved to a time from today on.");
        }
        return change(caller, input.partnershipId(), input.meetingId(), input.version(), "meeting.moved", row -> {
            row.startsAt = input.startsAt();
            row.durationMinutes = input.durationMinutes() == null ? row.durationMinutes : input.durationMinutes();
            return "moved " + row.title + " to " + row.startsAt;
        });
    }

    public Uni<MeetingView> cancel(Caller caller, MeetingInputs.Cancel input) {
        String reason = Validate.optional("reason", input.reason(), 500);
        return change(caller, input.partnershipId(), input.meetingId(), input.version(), "meeting.cancelled", row -> {
            row.cancelled = true;
            row.cancelReason = reason;
            return "cancelled " + row.title + " of " + row.startsAt + (reason == null ? "" : ": " + reason);
        });
    }

    public Uni<MeetingView> addAgendaItem(Caller caller, MeetingInputs.AddAgendaItem input) {
        String title = Validate.required("title", input.title(), 300);
        return db.write(() -> access.require(caller, input.partnershipId())
                .chain(granted -> meetings.occurrence(granted, MeetingRecords.id(input.meetingId()))
                        .chain(meeting -> records.mayRecord(caller, granted, meeting)
                                .chain(() -> MeetingRecords.stored(meeting))
                                .chain(row -> {
                                    if (row.minutedAt != null) {
                                        throw new Conflict("meetingId", "The meeting is minuted: its agenda is final.");
                                    }
                                    return NativeSql.execute("INSERT INTO meeting_agenda_item (id, meeting_id, title, added_by, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                                                    UUID.randomUUID(), row.id, title, caller.subject(), Clock.now())
                                            .chain(() -> journal.record(caller, granted.organization(), new Change(row.partnershipId, "meeting.agenda_item_added",
                                                    "Meeting", row.id, caller.name() + " put \"" + title + "\" on the agenda of " + row.title, null, Changes.state("title", title))))
                                            .map(ignored -> MeetingReader.view(row));
                                }))));
    }

    @FunctionalInterface
    private interface Edit {
        String apply(Meeting row);
    }

    private Uni<MeetingView> change(Caller caller, String partnershipId, String meetingId, int version, String action, Edit edit) {
        return db.write(() -> access.require(caller, partnershipId)
                .chain(granted -> meetings.occurrence(granted, MeetingRecords.id(meetingId))
                        .chain(meeting -> records.mayRecord(caller, granted, meeting)
                                .chain(() -> MeetingRecords.stored(meeting))
                                .chain(row -> {
                                    if (row.version != version) {
                                        throw new Conflict("version", "The meeting was changed in the meantime: reload it and try again.");
                                    }
                                    if (row.minutedAt != null) {
                                        throw new Conflict("meetingId", "The meeting is minuted: it took place.");
                                    }
                                    String summary = caller.name() + " " + edit.apply(row);
                                    return journal.record(caller, granted.organization(), new Change(row.partnershipId, action, "Meeting", row.id, summary, null,
                                                    Changes.state("startsAt", row.startsAt, "cancelled", row.cancelled)))
                                            .chain(() -> Panache.getSession().chain(session -> session.flush()))
                                            .map(ignored -> MeetingReader.view(row));
                                }))));
    }
}
