package dev.tandem.partnership;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on members. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Uni<List<Member>> ofPartnerships(Collection<UUID> partnershipIds) {
        return partnershipIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("partnershipId in ?1 order by role, email", partnershipIds);
    }

    /** The rows of one person (by email) in these partnerships. */
    public Uni<List<Member>> ofPerson(Collection<UUID> partnershipIds, String email) {
        return partnershipIds.isEmpty() || email == null ? Uni.createFrom().item(List.of())
                : list("partnershipId in ?1 and email = ?2", partnershipIds, email);
    }

    public Uni<List<Member>> sponsorsOf(Collection<UUID> partnershipIds) {
        return partnershipIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("partnershipId in ?1 and role = ?2 order by createdAt", partnershipIds, MemberRole.SPONSOR);
    }

    public Uni<Member> find(UUID partnershipId, String email) {
        return find("partnershipId = ?1 and email = ?2", partnershipId, email).firstResult();
    }
}
