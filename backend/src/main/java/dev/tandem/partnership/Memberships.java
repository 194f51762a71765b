package dev.tandem.partnership;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Clock;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationRepository;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.person.PersonRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is in a partnership: accepting an invitation, inviting another organisation, and the roles of each party's people. */
@ApplicationScoped
public class Memberships {

    private final Db db;
    private final PartnershipRepository partnerships;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final AuditService audit;
    private final PartnershipAccess access;

    public Memberships(Db db, PartnershipRepository partnerships, PartyRepository parties, MemberRepository members, OrganizationRepository organizations, PersonRepository people, AuditService audit, PartnershipAccess access) {
        this.db = db;
        this.partnerships = partnerships;
        this.parties = parties;
        this.members = members;
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
        this.access = access;
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
                        .map(ignored -> PartnershipReader.view(partnership, Standing.of(caller, party, member))));
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
                    .map(ignored -> PartnershipReader.view(partnership, context.standing()));
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
                        .map(persons -> new MemberView(PartnershipReader.person(member, persons, Map.of(own.id, own)), member.role)));
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


    static Party party(Partnership partnership, Organization organization, Caller caller) {
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.partnershipId = partnership.id;
        party.organizationId = organization.id;
        party.invitedAt = Clock.now();
        party.invitedBy = caller.subject();
        return party;
    }

    static Member member(UUID partnershipId, UUID organizationId, String email, MemberRole role) {
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
}
