package dev.tandem.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.governance.GovernanceViews.ActionItemView;
import dev.tandem.governance.GovernanceViews.DecisionView;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.MemberRepository;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.Party;
import dev.tandem.partnership.PartyRepository;
import dev.tandem.person.PersonDirectory;
import dev.tandem.person.PersonView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What was recorded for meetings: attendees, decisions with who took them, action items, and the parties no decision-maker attended for. One statement per field. */
@ApplicationScoped
public class MeetingDetails {

    private record Row(UUID parentId, String value) {
    }

    private final Db db;
    private final PersonDirectory directory;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final OrganizationService organizations;

    public MeetingDetails(Db db, PersonDirectory directory, PartyRepository parties, MemberRepository members, OrganizationService organizations) {
        this.db = db;
        this.directory = directory;
        this.parties = parties;
        this.members = members;
        this.organizations = organizations;
    }

    public Uni<List<List<PersonView>>> attendees(List<MeetingView> meetings) {
        return db.read(() -> rows("SELECT meeting_id, email FROM meeting_attendee WHERE meeting_id IN (:ids) ORDER BY email", ids(meetings))
                .chain(rows -> directory.viewsOf(rows.stream().map(Row::value).collect(Collectors.toSet()))
                        .map(people -> meetings.stream().map(m -> rows.stream().filter(r -> r.parentId().equals(m.uuid())).map(r -> people.get(r.value())).toList())
                                .toList())));
    }

    public Uni<List<List<DecisionView>>> decisions(List<MeetingView> meetings) {
        return db.read(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT d.id, d.meeting_id, d.title, d.decision_type, d.decided_at, string_agg(m.email, ',' ORDER BY m.email)
                        FROM decision d LEFT JOIN decision_maker m ON m.decision_id = d.id WHERE d.meeting_id IN (:ids)
                        GROUP BY d.id ORDER BY d.decided_at""", Object[].class)
                .setParameter("ids", ids(meetings))
                .getResultList()))
                .map(rows -> meetings.stream().map(m -> rows.stream().filter(r -> m.uuid().equals(r[1]))
                        .map(r -> new DecisionView(r[0].toString(), (String) r[2], DecisionType.valueOf((String) r[3]), NativeSql.instant(r[4]),
                                r[5] == null ? List.of() : List.of(((String) r[5]).split(","))))
                        .toList()).toList());
    }

    public Uni<List<List<PersonView>>> decidedBy(List<DecisionView> decisions) {
        Set<String> emails = decisions.stream().flatMap(d -> d.deciderEmails().stream()).collect(Collectors.toSet());
        return db.read(() -> directory.viewsOf(emails)).map(people -> decisions.stream().map(d -> d.deciderEmails().stream().map(people::get).toList()).toList());
    }

    public Uni<List<List<ActionItemView>>> actionItems(List<MeetingView> meetings) {
        return db.read(() -> ActionItem.<ActionItem>list("meetingId in ?1 order by dueOn, title", ids(meetings)))
                .map(rows -> meetings.stream().map(m -> rows.stream().filter(a -> m.uuid().equals(a.meetingId)).map(MeetingReader::view).toList()).toList());
    }

    public Uni<List<PersonView>> owners(List<ActionItemView> items) {
        Set<String> emails = items.stream().map(ActionItemView::ownerEmail).collect(Collectors.toSet());
        return db.read(() -> directory.viewsOf(emails)).map(people -> items.stream().map(i -> people.get(i.ownerEmail())).toList());
    }

    /** For each minuted meeting, the accepted parties none of whose sponsors or steering members attended (an early warning sign). */
    public Uni<List<List<OrganizationView>>> missingDecisionMakers(List<MeetingView> meetings) {
        Set<UUID> partnershipIds = meetings.stream().map(MeetingView::partnershipId).collect(Collectors.toSet());
        return db.read(() -> rows("SELECT meeting_id, email FROM meeting_attendee WHERE meeting_id IN (:ids)", ids(meetings))
                .chain(attendees -> parties.ofPartnerships(partnershipIds)
                        .chain(partyRows -> members.ofPartnerships(partnershipIds)
                                .chain(memberRows -> organizations.byIdsInSession(partyRows.stream().map(p -> p.organizationId).collect(Collectors.toSet()))
                                        .map(orgs -> meetings.stream().map(m -> {
                                            if (m.minutedAt() == null) {
                                                return List.<OrganizationView>of();
                                            }
                                            Set<String> present = attendees.stream().filter(a -> a.parentId().equals(m.uuid())).map(Row::value).collect(Collectors.toSet());
                                            List<OrganizationView> missing = new ArrayList<>();
                                            for (Party party : partyRows.stream().filter(p -> p.partnershipId.equals(m.partnershipId()) && p.accepted()).toList()) {
                                                boolean attended = memberRows.stream().anyMatch(member -> member.partnershipId.equals(m.partnershipId())
                                                        && member.organizationId.equals(party.organizationId)
                                                        && (member.role == MemberRole.SPONSOR || member.role == MemberRole.STEERING) && present.contains(member.email));
                                                if (!attended) {
                                                    missing.add(OrganizationView.of(orgs.get(party.organizationId)));
                                                }
                                            }
                                            return missing;
                                        }).toList())))));
    }

    private static Set<UUID> ids(List<MeetingView> meetings) {
        return meetings.stream().map(MeetingView::uuid).collect(Collectors.toSet());
    }

    private static Uni<List<Row>> rows(String sql, Set<UUID> ids) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class).setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().map(r -> new Row((UUID) r[0], (String) r[1])).toList());
    }
}
