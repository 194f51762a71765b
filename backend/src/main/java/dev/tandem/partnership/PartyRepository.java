package dev.tandem.partnership;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on parties. */
@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<Party, UUID> {

    public Uni<List<Party>> ofPartnerships(Collection<UUID> partnershipIds) {
        return partnershipIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("partnershipId in ?1 order by invitedAt, id", partnershipIds);
    }
}
