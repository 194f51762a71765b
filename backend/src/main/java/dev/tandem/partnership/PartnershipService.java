package dev.tandem.partnership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationRepository;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.person.PersonService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Creating a partnership (announced to the features that start with it, such as the launch plan) and changing its charter, model and status. */
@ApplicationScoped
public class PartnershipService {

    static final int MAX_NAME = 120;
    static final int MAX_CHARTER = 5000;
    static final int MAX_INVITES = 20;

    private final Db db;
    private final PartnershipRepository partnerships;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final AuditService audit;
    private final PersonService callers;
    private final PartnershipAccess access;
    private final Instance<PartnershipCreation> onCreation;

    public PartnershipService(Db db, PartnershipRepository partnerships, PartyRepository parties, MemberRepository members, OrganizationRepository organizations, AuditService audit, PersonService callers, PartnershipAccess access, Instance<PartnershipCreation> onCreation) {
        this.db = db;
        this.partnerships = partnerships;
        this.parties = parties;
        this.members = members;
        this.organizations = organizations;
        this.audit = audit;
        this.callers = callers;
        this.access = access;
        this.onCreation = onCreation;
    }

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

        Party ownParty = Memberships.party(partnership, own, caller);
        ownParty.acceptedAt = now;
        ownParty.acceptedBy = caller.subject();
        List<Party> all = new ArrayList<>(List.of(ownParty));
        found.forEach(organization -> all.add(Memberships.party(partnership, organization, caller)));
        Member sponsor = caller.email() == null ? null : Memberships.member(partnership.id, own.id, caller.email(), MemberRole.SPONSOR);

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
                .map(ignored -> PartnershipReader.view(partnership, Standing.of(caller, ownParty, sponsor)));
    }

    /** Lets the features that start something with a partnership (its plan) do so in this same transaction, one after another. */
    private Uni<Void> announce(Partnership partnership, String createdBy) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PartnershipCreation listener : onCreation) {
            chain = chain.chain(() -> listener.created(partnership, createdBy));
        }
        return chain;
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
            return Uni.createFrom().item(PartnershipReader.view(partnership, context.standing()));
        }
        partnership.updatedAt = Clock.now();
        String summary = caller.name() + " changed " + changes.fields() + ".";
        return audit.record(caller, context.organization(), new Change(partnership.id, "partnership.updated", "Partnership", partnership.id, summary,
                        changes.before(), changes.after()))
                .chain(() -> partnerships.flush())
                .map(ignored -> PartnershipReader.view(partnership, context.standing()));
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
}
