package dev.tandem.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.PageInfo;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationRepository;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.person.Person;
import dev.tandem.person.PersonRepository;
import dev.tandem.person.PersonService;
import dev.tandem.person.PersonView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Partnerships, their parties and members: the visibility rule (only parties see a partnership; to
 * anyone else it does not exist), who may change what, and the transaction of every change.
 */
@ApplicationScoped
public class PartnershipService {

    static final int MAX_NAME = 120;
    static final int MAX_CHARTER = 5000;
    static final int MAX_INVITES = 20;

    private final Db db;
    private final PartnershipRepository partnerships;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final OrganizationService organizationService;
    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final AuditService audit;
    private final PersonService callers;
    private final PartnershipAccess access;
    private final Instance<PartnershipCreation> onCreation;
    private final GraphQLLimits limits;

    public PartnershipService(Db db, PartnershipRepository partnerships, PartyRepository parties, MemberRepository members,
            OrganizationService organizationService, OrganizationRepository organizations, PersonRepository people,
            AuditService audit, PersonService callers, PartnershipAccess access, Instance<PartnershipCreation> onCreation, GraphQLLimits limits) {
        this.db = db;
        this.partnerships = partnerships;
        this.parties = parties;
        this.members = members;
        this.organizationService = organizationService;
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
        this.callers = callers;
        this.access = access;
        this.onCreation = onCreation;
        this.limits = limits;
    }

    // ------------------------------------------------------------------------------------------ reads

    public Uni<PartnershipConnection> page(Caller caller, Integer first, String after) {
        Page page = Page.of(first, after, limits.maxPageSize());
        return db.read(() -> callers.enter(caller)
                .chain(organization -> partnerships.pageVisibleTo(organization.id, page)
                        .chain(rows -> partnerships.countVisibleTo(organization.id)
                                .chain(total -> views(caller, organization, rows.stream().limit(page.first()).toList())
                                        .map(views -> connection(views, rows.size() > page.first(), total))))));
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

    // ------------------------------------------------------------------------------------------ changes

    public Uni<PartnershipView> create(Caller caller, PartnershipInputs.Create input) {
        if (!caller.isPartnerAdmin()) {
            throw new Forbidden(caller.isPerson() ? "Only a partner-admin of your organisation can create partnerships."
                    : "Integrators cannot create partnerships.");
        }
        String name = Validate.required("name", input.name(), MAX_NAME);
        String charter = Validate.optional("charter", input.charter(), MAX_CHARTER);
        Validate.plausibleDate("startsOn", input.startsOn());
        Set<String> invited = invitedSlugs(input.invite());
        return db.write(() -> callers.enter(caller)
                .chain(own -> organizations.findBySlugs(invited)
                        .chain(found -> createWith(caller, own, name, charter, input, invited, found))));
    }

    private Uni<PartnershipView> createWith(Caller caller, Organization own, String name, String charter,
            PartnershipInputs.Create input, Set<String> invited, List<Organization> found) {
        if (invited.contains(own.slug)) {
            throw new ValidationFailed("invite", "Your own organisation is always a party: invite the others.");
        }
        Set<String> known = found.stream().map(o -> o.slug).collect(Collectors.toSet());
        invited.stream().filter(slug -> !known.contains(slug)).findFirst().ifPresent(slug -> {
            throw new ValidationFailed("invite", "There is no organisation '" + slug + "'.");
        });
        var now = Clock.now();
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.name = name;
        partnership.charter = charter;
        partnership.governanceModel = input.governanceModel();
        partnership.status = PartnershipStatus.PROPOSED;
        partnership.startsOn = input.startsOn();
        partnership.createdByOrgId = own.id;
        partnership.createdAt = now;
        partnership.updatedAt = now;

        Party ownParty = party(partnership, own, caller);
        ownParty.acceptedAt = now;
        ownParty.acceptedBy = caller.subject();
        List<Party> all = new ArrayList<>(List.of(ownParty));
        found.forEach(organization -> all.add(party(partnership, organization, caller)));
        Member sponsor = caller.email() == null ? null : member(partnership.id, own.id, caller.email(), MemberRole.SPONSOR);

        Map<String, Object> after = Changes.state("name", name, "governanceModel", input.governanceModel(),
                "invited", found.stream().map(o -> o.slug).sorted().toList());
        String summary = caller.name() + " created the partnership and invited "
                + found.stream().map(o -> o.name).sorted().collect(Collectors.joining(", ")) + ".";
        return partnerships.persist(partnership)
                .chain(() -> parties.persist(all))
                .chain(() -> sponsor == null ? Uni.createFrom().voidItem() : members.persist(sponsor).replaceWithVoid())
                .chain(() -> announce(partnership, caller.subject()))
                .chain(() -> audit.record(caller, own, new Change(partnership.id, "partnership.created", "Partnership", partnership.id, summary, null, after)))
                .chain(() -> partnerships.flush())
                .map(ignored -> view(partnership, Standing.of(caller, ownParty, sponsor)));
    }

    /** Lets the features that start something with a partnership (its plan) do so in this same transaction, one after another. */
    private Uni<Void> announce(Partnership partnership, String createdBy) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PartnershipCreation listener : onCreation) {
            chain = chain.chain(() -> listener.created(partnership, createdBy));
        }
        return chain;
    }

    public Uni<PartnershipView> accept(Caller caller, String partnershipId) {
        return db.write(() -> access.require(caller, partnershipId).chain(context -> acceptWith(caller, context)));
    }

    private Uni<PartnershipView> acceptWith(Caller caller, Access context) {
        Standing standing = context.standing();
        if (standing.accepted()) {
            throw new Conflict("Your organisation has already accepted this partnership.");
        }
        if (!standing.canAccept()) {
            throw new Forbidden("Only your organisation's sponsor or a partner-admin can accept this invitation.");
        }
        var now = Clock.now();
        Party party = standing.party();
        party.acceptedAt = now;
        party.acceptedBy = caller.subject();
        Partnership partnership = context.partnership();
        boolean everyoneIn = context.parties().stream().allMatch(Party::accepted);
        if (everyoneIn && partnership.status == PartnershipStatus.PROPOSED) {
            partnership.status = PartnershipStatus.LAUNCHING;
            partnership.updatedAt = now;
        }
        String summary = caller.name() + " accepted the invitation for " + context.organization().name + ".";
        return members.sponsorsOf(List.of(partnership.id))
                .chain(sponsors -> sponsorIfNone(caller, context, sponsors))
                .chain(member -> audit.record(caller, context.organization(),
                        new Change(partnership.id, "party.accepted", "Party", party.id, summary, Map.of("accepted", false), Map.of("accepted", true)))
                        .chain(() -> partnerships.flush())
                        .map(ignored -> view(partnership, Standing.of(caller, party, member))));
    }

    /** The first to accept for a party without a sponsor becomes its sponsor. */
    private Uni<Member> sponsorIfNone(Caller caller, Access context, List<Member> sponsors) {
        UUID own = context.organization().id;
        boolean hasSponsor = sponsors.stream().anyMatch(m -> m.organizationId.equals(own));
        if (hasSponsor || caller.email() == null) {
            return members.find(context.partnership().id, caller.email());
        }
        return members.find(context.partnership().id, caller.email())
                .chain(existing -> {
                    if (existing != null) {
                        existing.role = MemberRole.SPONSOR;
                        existing.updatedAt = Clock.now();
                        return Uni.createFrom().item(existing);
                    }
                    return members.persist(member(context.partnership().id, own, caller.email(), MemberRole.SPONSOR));
                });
    }

    public Uni<PartnershipView> update(Caller caller, PartnershipInputs.Update input, Provided provided) {
        return db.write(() -> access.require(caller, input.id()).chain(context -> updateWith(caller, context, input, provided)));
    }

    private Uni<PartnershipView> updateWith(Caller caller, Access context, PartnershipInputs.Update input, Provided provided) {
        if (!context.standing().canEdit()) {
            throw new Forbidden("Only a sponsor can edit the partnership.");
        }
        Partnership partnership = context.partnership();
        String name = input.name() == null ? null : Validate.required("name", input.name(), MAX_NAME);
        String charter = input.charter() == null ? null : Validate.optional("charter", input.charter(), MAX_CHARTER);
        Validate.plausibleDate("startsOn", input.startsOn());
        if (input.status() != null && partnership.status == PartnershipStatus.CLOSED && input.status() != PartnershipStatus.CLOSED) {
            throw new ValidationFailed("status", "A closed partnership cannot be reopened.");
        }
        if (input.version() != partnership.version) {
            throw new Conflict("version", "The partnership changed since you read it (version " + input.version()
                    + ", now " + partnership.version + "); reload and try again.");
        }
        Changes changes = new Changes();
        changes.set("name", partnership.name, name, v -> partnership.name = v);
        if (input.charter() != null || provided.cleared("charter", null)) {
            changes.replace("charter", partnership.charter, charter, v -> partnership.charter = v);
        }
        changes.set("governanceModel", partnership.governanceModel, input.governanceModel(), v -> partnership.governanceModel = v);
        changes.set("status", partnership.status, input.status(), v -> partnership.status = v);
        changes.set("startsOn", partnership.startsOn, input.startsOn(), v -> partnership.startsOn = v);
        if (provided.cleared("startsOn", input.startsOn())) {
            changes.replace("startsOn", partnership.startsOn, null, v -> partnership.startsOn = v);
        }
        if (changes.isEmpty()) {
            return Uni.createFrom().item(view(partnership, context.standing()));
        }
        partnership.updatedAt = Clock.now();
        String summary = caller.name() + " changed " + changes.fields() + ".";
        return audit.record(caller, context.organization(), new Change(partnership.id, "partnership.updated", "Partnership", partnership.id, summary,
                        changes.before(), changes.after()))
                .chain(() -> partnerships.flush())
                .map(ignored -> view(partnership, context.standing()));
    }

    public Uni<PartnershipView> invite(Caller caller, PartnershipInputs.Invite input) {
        return db.write(() -> access.require(caller, input.partnershipId()).chain(context -> inviteWith(caller, context, input)));
    }

    private Uni<PartnershipView> inviteWith(Caller caller, Access context, PartnershipInputs.Invite input) {
        if (!context.standing().canInvite()) {
            throw new Forbidden("Only a partner-admin of an accepted party can invite organisations.");
        }
        String slug = Validate.slug("organization", input.organization());
        Partnership partnership = context.partnership();
        if (partnership.status == PartnershipStatus.CLOSED) {
            throw new Conflict("The partnership is closed.");
        }
        return organizations.findBySlug(slug).chain(organization -> {
            if (organization == null) {
                throw new ValidationFailed("organization", "There is no organisation '" + slug + "'.");
            }
            if (context.parties().stream().anyMatch(p -> p.organizationId.equals(organization.id))) {
                throw new ValidationFailed("organization", organization.name + " is already a party.");
            }
            Party party = party(partnership, organization, caller);
            String summary = caller.name() + " invited " + organization.name + ".";
            return parties.persist(party)
                    .chain(() -> audit.record(caller, context.organization(),
                            new Change(partnership.id, "party.invited", "Party", party.id, summary, null, Map.of("organization", slug))))
                    .map(ignored -> view(partnership, context.standing()));
        });
    }

    public Uni<MemberView> setMemberRole(Caller caller, PartnershipInputs.SetMemberRole input) {
        return db.write(() -> access.require(caller, input.partnershipId()).chain(context -> setRoleWith(caller, context, input)));
    }

    private Uni<MemberView> setRoleWith(Caller caller, Access context, PartnershipInputs.SetMemberRole input) {
        if (!context.standing().canManageMembers()) {
            throw new Forbidden("Only your party's sponsor or a partner-admin can set roles.");
        }
        String email = Validate.email("email", input.email());
        Organization own = context.organization();
        UUID partnershipId = context.partnership().id;
        return belongsTo(email, own)
                .chain(belongs -> {
                    if (!belongs) {
                        throw new ValidationFailed("email", email + " is not a person of " + own.name + ".");
                    }
                    return members.find(partnershipId, email);
                })
                .chain(existing -> members.sponsorsOf(List.of(partnershipId))
                        .chain(sponsors -> applyRole(caller, context, email, input.role(), existing, sponsors)))
                .chain(member -> people.byEmails(List.of(email))
                        .map(persons -> new MemberView(person(member, persons, Map.of(own.id, own)), member.role)));
    }

    private Uni<Member> applyRole(Caller caller, Access context, String email, MemberRole role, Member existing, List<Member> sponsors) {
        Organization own = context.organization();
        MemberRole previous = existing == null ? null : existing.role;
        if (role == previous) {
            return Uni.createFrom().item(existing);
        }
        long ownSponsors = sponsors.stream().filter(m -> m.organizationId.equals(own.id)).count();
        if (previous == MemberRole.SPONSOR && ownSponsors <= 1 && context.standing().accepted()) {
            throw new ValidationFailed("role", own.name + " needs a sponsor: make someone else sponsor first.");
        }
        Member member = existing != null ? existing : member(context.partnership().id, own.id, email, role);
        member.role = role;
        member.updatedAt = Clock.now();
        String summary = caller.name() + " made " + email + " " + role + ".";
        Uni<Member> saved = existing != null ? Uni.createFrom().item(existing) : members.persist(member);
        return saved.call(ignored -> audit.record(caller, own, new Change(context.partnership().id, "member.role_set", "Member", member.id, summary,
                previous == null ? null : Map.of("email", email, "role", previous), Map.of("email", email, "role", role))));
    }

    /** A person belongs to an organisation when their email's domain is the organisation's, or Tandem saw them signed in with it. */
    private Uni<Boolean> belongsTo(String email, Organization organization) {
        String domain = email.substring(email.indexOf('@') + 1);
        return organizations.ownsDomain(organization.id, domain)
                .chain(owns -> owns ? Uni.createFrom().item(true)
                        : people.byEmails(List.of(email)).map(found -> found.containsKey(email)
                                && organization.id.equals(found.get(email).organizationId)));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Uni<List<PartnershipView>> views(Caller caller, Organization organization, List<Partnership> rows) {
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

    private static PartnershipView view(Partnership p, Standing standing) {
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

    private static Party party(Partnership partnership, Organization organization, Caller caller) {
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.partnershipId = partnership.id;
        party.organizationId = organization.id;
        party.invitedAt = Clock.now();
        party.invitedBy = caller.subject();
        return party;
    }

    private static Member member(UUID partnershipId, UUID organizationId, String email, MemberRole role) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.partnershipId = partnershipId;
        member.organizationId = organizationId;
        member.email = email;
        member.role = role;
        member.createdAt = Clock.now();
        member.updatedAt = member.createdAt;
        return member;
    }

    private static Set<String> invitedSlugs(List<String> invite) {
        if (invite == null || invite.isEmpty()) {
            throw new ValidationFailed("invite", "Invite at least one organisation: a partnership has two parties or more.");
        }
        if (invite.size() > MAX_INVITES) {
            throw new ValidationFailed("invite", "Invite at most " + MAX_INVITES + " organisations at once.");
        }
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : invite) {
            if (!slugs.add(Validate.slug("invite", value))) {
                throw new ValidationFailed("invite", "'" + value + "' is invited twice.");
            }
        }
        return slugs;
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

    private static PersonView person(Member member, Map<String, Person> persons, Map<UUID, Organization> orgs) {
        Person person = persons.get(member.email);
        return new PersonView(person != null ? person.subject : member.email, person != null ? person.displayName : null,
                member.email, OrganizationView.of(orgs.get(member.organizationId)));
    }
}
