package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.governance.GovernanceViews.ActionItemView;
import dev.tandem.governance.GovernanceViews.AgendaItemView;
import dev.tandem.governance.GovernanceViews.DecisionView;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.person.PersonDirectory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a meeting records: minutes and attendance (which freeze its agenda), decisions taken by a person of every
 * accountable party, and action items with one owner and a due date. Sponsors, steering members and the
 * members of the meeting's tier record them.
 */
@ApplicationScoped
public class MeetingRecords {

    static final int MAX_MINUTES = 20_000;

    private final Db db;
    private final PartnershipAccess access;
    private final MeetingReader meetings;
    private final PartyPeople people;
    private final PersonDirectory directory;
    private final DecisionRights rights;
    private final GovernanceJournal journal;
    private final ObjectMapper json;

    public MeetingRecords(Db db, PartnershipAccess access, MeetingReader meetings, PartyPeople people, PersonDirectory directory, DecisionRights rights, GovernanceJournal journal,
            ObjectMapper json) {
        this.db = db;
        this.access = access;
        this.meetings = meetings;
        this.people = people;
        this.directory = directory;
        this.rights = rights;
        this.journal = journal;
        this.json = json;
    }

    public Uni<MeetingView> recordMinutes(Caller caller, MeetingInputs.Minutes input) {
        String minutes = Validate.required("minutes", input.minutes(), MAX_MINUTES);
        UUID meetingId = id(input.meetingId());
        // the agenda to freeze is read first, on its own: it reads other features' data in sessions of their own
        return db.read(() -> access.require(caller, input.partnershipId()).chain(granted -> meetings.occurrence(granted, meetingId)))
                .chain(meetings::agendaNow)
                .chain(agenda -> db.write(() -> access.require(caller, input.partnershipId())
                        .chain(granted -> meetings.occurrence(granted, meetingId)
                                .chain(meeting -> mayRecord(caller, granted, meeting)
                                        .chain(() -> people.check(input.attendees(), "attendees", granted.acceptedOrganizations()))
                                        .chain(attendees -> stored(meeting).chain(row -> minute(caller, granted, row, input.version(), minutes, attendees, agenda)))))));
    }

    private Uni<MeetingView> minute(Caller caller, Access granted, Meeting row, int version, String minutes, List<String> attendees, List<AgendaItemView> agenda) {
        if (row.version != version) {
            throw new Conflict("version", "The meeting was recorded by someone else in the meantime: reload it and try again.");
        }
        row.minutes = minutes;
        row.minutedAt = row.minutedAt == null ? Clock.now() : row.minutedAt;
        row.agenda = row.agenda == null ? write(agenda) : row.agenda;
        return NativeSql.execute("DELETE FROM meeting_attendee WHERE meeting_id = ?1", row.id)
                .chain(() -> insertAll("INSERT INTO meeting_attendee (meeting_id, email) VALUES (?1, ?2)", row.id, attendees))
                .chain(() -> journal.record(caller, granted.organization(), new Change(row.partnershipId, "meeting.minuted", "Meeting", row.id,
                        caller.name() + " recorded the minutes of " + row.title, null, Changes.state("attendees", attendees.size()))))
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .map(ignored -> MeetingReader.view(row));
    }

    public Uni<DecisionView> recordDecision(Caller caller, MeetingInputs.Decide input) {
        String title = Validate.required("title", input.title(), 500);
        return db.write(() -> access.require(caller, input.partnershipId())
                .chain(granted -> meetings.occurrence(granted, id(input.meetingId()))
                        .chain(meeting -> mayRecord(caller, granted, meeting)
                                .chain(() -> people.check(input.decidedBy(), "decidedBy", granted.acceptedOrganizations()))
                                .chain(deciders -> directory.organizationsOf(deciders)
                                        .call(orgs -> rights.checkAccountable(input.type(), granted, orgs))
                                        .chain(orgs -> stored(meeting).chain(row -> {
                                            UUID decisionId = UUID.randomUUID();
                                            Instant now = Clock.now();
                                            Uni<Integer> chain = NativeSql.execute("""
                                                    INSERT INTO decision (id, partnership_id, meeting_id, title, decision_type, decided_at, recorded_by)
                                                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""", decisionId, row.partnershipId, row.id, title, input.type().name(), now, caller.subject());
                                            for (String email : deciders) {
                                                chain = chain.chain(() -> NativeSql.execute("INSERT INTO decision_maker (decision_id, email, organization_id) VALUES (?1, ?2, ?3)",
                                                        decisionId, email, orgs.get(email)));
                                            }
                                            return chain.chain(() -> journal.record(caller, granted.organization(), new Change(row.partnershipId, "decision.recorded",
                                                            "Decision", decisionId, caller.name() + " recorded the decision \"" + title + "\"", null,
                                                            Changes.state("type", input.type(), "decidedBy", String.join(", ", deciders)))))
                                                    .map(ignored -> new DecisionView(decisionId.toString(), title, input.type(), now, deciders));
                                        }))))));
    }

    public Uni<ActionItemView> addActionItem(Caller caller, MeetingInputs.AddAction input) {
        String title = Validate.required("title", input.title(), 500);
        String owner = Validate.email("owner", input.owner());
        if ((input.meetingId() == null) == (input.escalationId() == null)) {
            throw new ValidationFailed("meetingId", "An action item comes from a meeting or from an escalation: give one of meetingId and escalationId.");
        }
        if (input.dueOn().isBefore(LocalDate.now(ZoneOffset.UTC).minusDays(1))) {
            throw new ValidationFailed("dueOn", "dueOn is today or later.");
        }
        return db.write(() -> access.require(caller, input.partnershipId())
                .chain(granted -> origin(granted, input)
                        .chain(origin -> mayRecord(caller, granted, origin)
                                .chain(() -> people.check(List.of(owner), "owner", granted.acceptedOrganizations()))
                                .chain(() -> origin.version() == -1 ? Uni.createFrom().voidItem() : stored(origin).replaceWithVoid())
                                .chain(() -> {
                                    ActionItem item = new ActionItem();
                                    item.id = UUID.randomUUID();
                                    item.partnershipId = granted.partnership().id;
                                    item.meetingId = input.meetingId() == null ? null : origin.uuid();
                                    item.escalationId = input.escalationId() == null ? null : id(input.escalationId(), "escalationId", "escalation");
                                    item.tier = origin.tier();
                                    item.title = title;
                                    item.ownerEmail = owner;
                                    item.dueOn = input.dueOn();
                                    item.createdAt = Clock.now();
                                    return item.<ActionItem>persist()
                                            .call(() -> journal.record(caller, granted.organization(), new Change(item.partnershipId, "action_item.added", "ActionItem",
                                                    item.id, caller.name() + " gave " + owner + " the action \"" + title + "\" due " + item.dueOn, null,
                                                    Changes.state("owner", owner, "dueOn", item.dueOn))))
                                            .call(() -> Panache.getSession().chain(session -> session.flush()))
                                            .map(MeetingReader::view);
                                }))));
    }

    public Uni<ActionItemView> setDone(Caller caller, MeetingInputs.SetDone input) {
        UUID id = id(input.actionItemId(), "actionItemId", "action item");
        return db.write(() -> ActionItem.<ActionItem>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("actionItemId", "No action item with that id."))
                .chain(item -> access.require(caller, item.partnershipId)
                        .onFailure(NotFound.class).transform(e -> new NotFound("actionItemId", "No action item with that id."))
                        .chain(granted -> {
                            if (!granted.standing().steers() && !item.ownerEmail.equalsIgnoreCase(caller.email() == null ? "" : caller.email())) {
                                throw new Forbidden("Only its owner, a sponsor or a steering member marks an action item done.");
                            }
                            if (item.version != input.version()) {
                                throw new Conflict("version", "The action item was changed in the meantime: reload it and try again.");
                            }
                            item.done = input.done();
                            item.doneAt = input.done() ? Clock.now() : null;
                            return journal.record(caller, granted.organization(), new Change(item.partnershipId, input.done() ? "action_item.done" : "action_item.reopened",
                                            "ActionItem", item.id, caller.name() + (input.done() ? " finished \"" : " reopened \"") + item.title + "\"", null,
                                            Changes.state("done", input.done())))
                                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                                    .map(ignored -> MeetingReader.view(item));
                        })));
    }

    /** The meeting an action item comes from, or a stand-in at the escalation's tier (version -1: nothing to store). */
    private Uni<MeetingView> origin(Access granted, MeetingInputs.AddAction input) {
        if (input.meetingId() != null) {
            return meetings.occurrence(granted, id(input.meetingId()));
        }
        UUID escalationId = id(input.escalationId(), "escalationId", "escalation");
        return Escalation.<Escalation>findById(escalationId)
                .map(e -> {
                    if (e == null || !e.partnershipId.equals(granted.partnership().id)) {
                        throw new NotFound("escalationId", "No escalation with that id.");
                    }
                    return new MeetingView(e.id.toString(), e.tier, e.summary, e.openedAt, 0, null, null, -1, false, null, e.partnershipId, null);
                });
    }

    /** Sponsors and steering members of an accepted party, and the members of the meeting's tier. */
    Uni<Void> mayRecord(Caller caller, Access granted, MeetingView meeting) {
        if (granted.standing().steers()) {
            return Uni.createFrom().voidItem();
        }
        return meetings.tierMembers(granted, meeting.tier()).invoke(members -> {
            if (!granted.standing().accepted() || caller.email() == null || !members.contains(caller.email())) {
                throw new Forbidden("Only sponsors, steering members and members of the " + meeting.tier() + " tier record its meetings.");
            }
        }).replaceWithVoid();
    }

    static Uni<Meeting> stored(MeetingView meeting) {
        return Meeting.<Meeting>findById(meeting.uuid()).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            Meeting row = new Meeting();
            row.id = meeting.uuid();
            row.partnershipId = meeting.partnershipId();
            row.tier = meeting.tier();
            row.title = meeting.title();
            row.startsAt = meeting.startsAt();
            row.durationMinutes = meeting.durationMinutes();
            return row.<Meeting>persist().call(() -> Panache.getSession().chain(session -> session.flush()));
        });
    }

    private static Uni<Integer> insertAll(String sql, UUID id, List<String> emails) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (String email : emails) {
            chain = chain.chain(() -> NativeSql.execute(sql, id, email));
        }
        return chain;
    }

    private String write(List<AgendaItemView> agenda) {
        try {
            return json.writeValueAsString(agenda);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The agenda could not be written as JSON", e);
        }
    }

    static UUID id(String value) {
        return id(value, "meetingId", "meeting");
    }

    private static UUID id(String value, String field, String what) {
        return Ids.parse(value).orElseThrow(() -> new NotFound(field, "No " + what + " with that id."));
    }

}
