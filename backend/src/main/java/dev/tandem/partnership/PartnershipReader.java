package dev.tandem.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.common.Ids;
import dev.tandem.common.db.Db;
import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.PageInfo;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.person.Person;
import dev.tandem.person.PersonRepository;
import dev.tandem.person.PersonService;
import dev.tandem.person.PersonView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Partnerships as their parties see them (to anyone else they do not exist): pages, by id, parties and members. */
@ApplicationScoped
public class PartnershipReader {

    private final Db db;
    private final PartnershipRepository partnerships;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final OrganizationService organizationService;
    private final PersonRepository people;
    private final PersonService callers;
    private final GraphQLLimits limits;

    public PartnershipReader(Db db, PartnershipRepository partnerships, PartyRepository parties, MemberRepository members, OrganizationService organizationService, PersonRepository people, PersonService callers, GraphQLLimits limits) {
        this.db = db;
        this.partnerships = partnerships;
        this.parties = parties;
        this.members = members;
        this.organizationService = organizationService;
        this.people = people;
        this.callers = callers;
        this.limits = limits;
    }

    public Uni<PartnershipConnection> page(Caller caller, Integer first, String after) {
        Page page = Page.of(first, after, limits.maxPageSize());
        return db.read(() -> callers.enter(caller)
                .chain(organization -> partnerships.pageVisibleTo(organization.id, page)
                        .chain(rows -> partnerships.countVisibleTo(organization.id)
                                .chain(total -> views(caller, organization, rows.stream().limit(page.first()).toList())
                                        .map(views -> connection(views, rows.size() > page.first(), total))))));
    }

    /** Every partnership in which the caller's organisation is an accepted party, as the caller sees it: five statements. */
    public Uni<List<PartnershipView>> accepted(Caller caller) {
        return db.read(() -> callers.enter(caller)
                .chain(organization -> partnerships.acceptedBy(organization.id)
                        .chain(rows -> views(caller, organization, rows))));
    }

    /** The partnership, or null when it does not exist or the caller's organisation is no party of it. */
    public Uni<PartnershipView> get(Caller caller, String id) {
        UUID uuid = Ids.parse(id).orElse(null);
        if (uuid == null) {
            return Uni.createFrom().nullItem();
        }
        return db.read(() -> callers.enter(caller)
                .chain(organization -> partnerships.findVisible(uuid, organization.id)
                        .chain(found -> found == null ? Uni.createFrom().<PartnershipView>nullItem()
                                : views(caller, organization, List.of(found)).map(list -> list.get(0)))));
    }

    /** Partnerships by id, in input order; null for one that is absent or not the caller's. Four statements in all. */
    public Uni<List<PartnershipView>> byIds(Caller caller, List<UUID> ids) {
        return db.read(() -> callers.enter(caller)
                .chain(organization -> partnerships.findVisible(new java.util.HashSet<>(ids), organization.id)
                        .chain(found -> views(caller, organization, found))))
                .map(views -> ids.stream().map(id -> views.stream().filter(v -> v.id().equals(id.toString())).findFirst().orElse(null)).toList());
    }

    /** Parties of each partnership (already visible to the caller), in input order: four statements in all. */
    public Uni<List<List<PartyView>>> parties(List<PartnershipView> views) {
        List<UUID> ids = idsOf(views);
        return db.read(() -> parties.ofPartnerships(ids)
                .chain(partyRows -> members.sponsorsOf(ids)
                        .chain(sponsors -> people.byEmails(emailsOf(sponsors))
                                .chain(persons -> organizationService.byIdsInSession(organizationIdsOf(partyRows, persons.values()))
                                        .map(orgs -> partiesByPartnership(ids, partyRows, sponsors, persons, orgs))))));
    }

    /** Members of each partnership (already visible to the caller), in input order: three statements in all. */
    public Uni<List<List<MemberView>>> members(List<PartnershipView> views) {
        List<UUID> ids = idsOf(views);
        return db.read(() -> members.ofPartnerships(ids)
                .chain(memberRows -> people.byEmails(emailsOf(memberRows))
                        .chain(persons -> organizationService.byIdsInSession(memberRows.stream().map(m -> m.organizationId).collect(Collectors.toSet()))
                                .map(orgs -> {
                                    Map<UUID, List<MemberView>> byPartnership = new HashMap<>();
                                    memberRows.forEach(m -> byPartnership.computeIfAbsent(m.partnershipId, k -> new ArrayList<>())
                                            .add(new MemberView(person(m, persons, orgs), m.role)));
                                    return ids.stream().map(id -> byPartnership.getOrDefault(id, List.of())).toList();
                                }))));
    }


    Uni<List<PartnershipView>> views(Caller caller, Organization organization, List<Partnership> rows) {
        List<UUID> ids = rows.stream().map(p -> p.id).toList();
        return parties.ofPartnerships(ids)
                .chain(partyRows -> members.ofPerson(ids, caller.email())
                        .map(own -> {
                            Map<UUID, Member> ownByPartnership = own.stream().collect(Collectors.toMap(m -> m.partnershipId, Function.identity()));
                            return rows.stream()
                                    .map(p -> view(p, Standing.of(caller, partyOf(partyRows, p.id, organization.id), ownByPartnership.get(p.id))))
                                    .toList();
                        }));
    }

    static PartnershipView view(Partnership p, Standing standing) {
        return new PartnershipView(p.id.toString(), p.name, p.charter, p.governanceModel, p.status, p.startsOn,
                p.version, p.createdAt, standing.role(), standing.canEdit(), standing.canInvite(), standing.canAccept(),
                standing.party() == null ? null : standing.party().organizationId, standing.accepted());
    }

    private static PartnershipConnection connection(List<PartnershipView> views, boolean hasNext, long total) {
        List<PartnershipConnection.Edge> edges = views.stream()
                .map(v -> new PartnershipConnection.Edge(Page.cursor(v.createdAt(), UUID.fromString(v.id())), v))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new PartnershipConnection(edges, new PageInfo(hasNext, end), (int) total);
    }

    private static Party partyOf(List<Party> rows, UUID organizationId) {
        return rows.stream().filter(p -> p.organizationId.equals(organizationId)).findFirst().orElse(null);
    }

    private static Party partyOf(List<Party> rows, UUID partnershipId, UUID organizationId) {
        return rows.stream().filter(p -> p.partnershipId.equals(partnershipId) && p.organizationId.equals(organizationId)).findFirst().orElse(null);
    }

    private static List<UUID> idsOf(List<PartnershipView> views) {
        return views.stream().map(v -> UUID.fromString(v.id())).toList();
    }

    private static Set<String> emailsOf(List<Member> rows) {
        return rows.stream().map(m -> m.email).collect(Collectors.toSet());
    }

    private static Set<UUID> organizationIdsOf(List<Party> partyRows, java.util.Collection<Person> persons) {
        Set<UUID> ids = new HashSet<>();
        partyRows.forEach(p -> ids.add(p.organizationId));
        persons.stream().map(p -> p.organizationId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    private static List<List<PartyView>> partiesByPartnership(List<UUID> ids, List<Party> partyRows, List<Member> sponsors,
            Map<String, Person> persons, Map<UUID, Organization> orgs) {
        Map<String, Member> sponsorByParty = new HashMap<>();
        sponsors.forEach(m -> sponsorByParty.putIfAbsent(m.partnershipId + "/" + m.organizationId, m));
        Map<UUID, List<PartyView>> byPartnership = new HashMap<>();
        for (Party party : partyRows) {
            Member sponsor = sponsorByParty.get(party.partnershipId + "/" + party.organizationId);
            byPartnership.computeIfAbsent(party.partnershipId, k -> new ArrayList<>()).add(new PartyView(
                    OrganizationView.of(orgs.get(party.organizationId)),
                    sponsor == null ? null : person(sponsor, persons, orgs),
                    party.accepted(), party.invitedAt, party.acceptedAt));
        }
        return ids.stream().map(id -> byPartnership.getOrDefault(id, List.of())).toList();
    }

    static PersonView person(Member member, Map<String, Person> persons, Map<UUID, Organization> orgs) {
        Person person = persons.get(member.email);
        return new PersonView(person != null ? person.subject : member.email, person != null ? person.displayName : null,
                member.email, OrganizationView.of(orgs.get(member.organizationId)));
    }
}
