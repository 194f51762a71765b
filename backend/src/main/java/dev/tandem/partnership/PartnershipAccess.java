package dev.tandem.partnership;

import java.util.List;
import java.util.UUID;

import dev.tandem.common.Ids;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.person.PersonService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one gate to a partnership and everything under it: only its parties see it, and to anyone else it
 * does not exist (NOT_FOUND, worded exactly as for an id that never existed).
 */
@ApplicationScoped
public class PartnershipAccess {

    private final PartnershipRepository partnerships;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final PersonService callers;

    public PartnershipAccess(PartnershipRepository partnerships, PartyRepository parties, MemberRepository members, PersonService callers) {
        this.partnerships = partnerships;
        this.parties = parties;
        this.members = members;
        this.callers = callers;
    }

    /** What a change needs to know: the caller's organisation, the partnership, its parties and the caller's standing. */
    public record Access(Organization organization, Partnership partnership, List<Party> parties, Standing standing) {

        public List<UUID> acceptedOrganizations() {
            return parties.stream().filter(Party::accepted).map(p -> p.organizationId).toList();
        }
    }

    public Uni<Access> require(Caller caller, String partnershipId) {
        UUID id = Ids.parse(partnershipId).orElse(null);
        return id == null ? Uni.createFrom().failure(notFound()) : require(caller, id);
    }

    /** Within the current session; fails with NOT_FOUND when the partnership is absent or not the caller's. */
    public Uni<Access> require(Caller caller, UUID partnershipId) {
        return callers.enter(caller)
                .chain(organization -> partnerships.findVisible(partnershipId, organization.id)
                        .onItem().ifNull().failWith(PartnershipAccess::notFound)
                        .chain(partnership -> parties.ofPartnerships(List.of(partnershipId))
                                .chain(partyRows -> members.ofPerson(List.of(partnershipId), caller.email())
                                        .map(own -> new Access(organization, partnership, partyRows,
                                                Standing.of(caller, partyOf(partyRows, organization.id), own.isEmpty() ? null : own.get(0)))))));
    }

    public static NotFound notFound() {
        return new NotFound("No partnership with that id.");
    }

    static Party partyOf(List<Party> rows, UUID organizationId) {
        return rows.stream().filter(p -> p.organizationId.equals(organizationId)).findFirst().orElse(null);
    }
}
