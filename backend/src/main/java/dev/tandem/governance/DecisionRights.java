package dev.tandem.governance;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.error.ValidationFailed;
import dev.tandem.organization.OrganizationService;
import dev.tandem.partnership.MemberRepository;
import dev.tandem.partnership.PartnershipAccess.Access;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who must take a decision. Until the partners agree a decision-rights matrix, every accepted party is accountable
 * for every type of decision: a decision is recorded only with a person of each of them among those who took it.
 */
@ApplicationScoped
public class DecisionRights {

    private final OrganizationService organizations;
    private final MemberRepository members;

    public DecisionRights(OrganizationService organizations, MemberRepository members) {
        this.organizations = organizations;
        this.members = members;
    }

    /** Fails with VALIDATION on decidedBy, naming each accountable party without a person among the deciders and who could decide for it. */
    Uni<Void> checkAccountable(DecisionType type, Access granted, Map<String, UUID> decidersOrganizations) {
        List<UUID> missing = granted.acceptedOrganizations().stream().filter(org -> !decidersOrganizations.containsValue(org)).toList();
        if (missing.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return organizations.byIdsInSession(missing)
                .chain(orgs -> members.sponsorsOf(List.of(granted.partnership().id)).map(sponsors -> {
                    String who = missing.stream().map(org -> orgs.get(org).name + sponsors.stream().filter(s -> s.organizationId.equals(org)).findFirst()
                            .map(s -> " (its sponsor " + s.email + ")").orElse("")).collect(Collectors.joining(", "));
                    throw new ValidationFailed("decidedBy", "A " + type + " decision needs a person of every accountable party; " + who + " must decide too.");
                }));
    }
}
