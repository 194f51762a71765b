package dev.tandem.governance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.governance.EscalationViews.EscalationView;
import dev.tandem.governance.EscalationViews.PositionView;
import dev.tandem.metric.Tier;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.partnership.Standing;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Escalations as partners see them: per partnership, open ones first, with each party's position; one statement per field. */
@ApplicationScoped
public class EscalationReader {

    private record Position(UUID escalationId, UUID organizationId, String position, String interest, Instant statedAt) {
    }

    private final Db db;
    private final OrganizationService organizations;

    public EscalationReader(Db db, OrganizationService organizations) {
        this.db = db;
        this.organizations = organizations;
    }

    public Uni<List<List<EscalationView>>> escalationsOf(List<PartnershipView> partnerships) {
        Set<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).collect(Collectors.toSet());
        return db.read(() -> Escalation.<Escalation>list("partnershipId in ?1", ids))
                .map(rows -> partnerships.stream().map(p -> rows.stream()
                        .filter(e -> e.partnershipId.toString().equals(p.id()))
                        .sorted(Comparator.comparing((Escalation e) -> e.status == EscalationStatus.RESOLVED).thenComparing(e -> e.openedAt, Comparator.reverseOrder()))
                        .map(e -> view(e, p.viewerRole(), p.viewerPartyAccepted()))
                        .toList()).toList());
    }

    public Uni<List<List<PositionView>>> positions(List<EscalationView> escalations) {
        Set<UUID> ids = escalations.stream().map(EscalationView::uuid).collect(Collectors.toSet());
        return db.read(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "SELECT escalation_id, organization_id, position, interest, stated_at FROM escalation_position WHERE escalation_id IN (:ids) ORDER BY stated_at",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new Position((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], NativeSql.instant(r[4]))).toList())
                .chain(positions -> organizations.byIdsInSession(positions.stream().map(Position::organizationId).collect(Collectors.toSet()))
                        .map(orgs -> escalations.stream().map(e -> positions.stream().filter(p -> p.escalationId().equals(e.uuid()))
                                .map(p -> new PositionView(OrganizationView.of(orgs.get(p.organizationId())), p.position(), p.interest(), p.statedAt()))
                                .toList()).toList())));
    }

    static EscalationView view(Escalation e, Standing standing) {
        return view(e, standing.role(), standing.accepted());
    }

    static EscalationView view(Escalation e, MemberRole role, boolean accepted) {
        boolean steers = accepted && (role == MemberRole.SPONSOR || role == MemberRole.STEERING);
        boolean canAct = e.status != EscalationStatus.RESOLVED && (steers || accepted && e.tier == Tier.EXECUTION && role == MemberRole.LEAD);
        return new EscalationView(e.id.toString(), e.tier, e.status, e.summary, e.whatWasTried, e.disputed, e.outcome, e.openedAt, e.responseDueAt,
                e.acknowledgedAt, e.resolvedAt, e.climbedAt, e.redCount, e.backToGreenAt, e.version, canAct, e.metricId, e.partnershipId);
    }

}
