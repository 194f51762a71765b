package dev.tandem.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.PageInfo;
import dev.tandem.common.graphql.PageSlice;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.viewer.ActorKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes the audit trail (inside the caller's transaction) and reads it back per partnership. */
@ApplicationScoped
public class AuditService {

    private final Db db;
    private final AuditRepository events;
    private final OrganizationService organizations;
    private final ObjectMapper json;

    public AuditService(Db db, AuditRepository events, OrganizationService organizations, ObjectMapper json) {
        this.db = db;
        this.events = events;
        this.organizations = organizations;
        this.json = json;
    }

    /** What changed, for {@link #record}. {@code before}/{@code after} are small maps of the fields that matter. */
    public record Change(UUID partnershipId, String action, String entityType, UUID entityId, String summary,
            Map<String, ?> before, Map<String, ?> after) {
    }

    /** Adds an event to the current transaction: it commits or rolls back with the change it describes. */
    public Uni<AuditEvent> record(Caller caller, Organization callerOrganization, Change change) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.partnershipId = change.partnershipId();
        event.at = Clock.now();
        event.actorSubject = caller.subject();
        event.actorName = caller.displayName();
        event.actorKind = ActorKind.valueOf(caller.kind().name()).name();
        event.actorOrgId = callerOrganization == null ? null : callerOrganization.id;
        event.action = change.action();
        event.entityType = change.entityType();
        event.entityId = change.entityId();
        event.summary = change.summary().length() > 500 ? change.summary().substring(0, 497) + "..." : change.summary();
        event.beforeState = toJson(change.before());
        event.afterState = toJson(change.after());
        return events.persist(event);
    }

    /**
     * One page of events for each of the partnerships (already checked visible to the caller), in input
     * order: three statements whatever the number of partnerships.
     */
    public Uni<List<AuditEventConnection>> pages(List<UUID> partnershipIds, Page page) {
        if (partnershipIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> ids = new HashSet<>(partnershipIds);
        return db.read(() -> events.pageOf(ids, page)
                .chain(rows -> events.countOf(ids)
                        .chain(counts -> organizationsOf(rows)
                                .map(orgs -> connections(partnershipIds, page, rows, counts, orgs)))));
    }

    private Uni<Map<UUID, Organization>> organizationsOf(List<AuditEvent> rows) {
        Set<UUID> orgIds = new HashSet<>();
        rows.stream().filter(e -> e.actorOrgId != null).forEach(e -> orgIds.add(e.actorOrgId));
        return organizations.byIdsInSession(orgIds);
    }

    private static List<AuditEventConnection> connections(List<UUID> partnershipIds, Page page, List<AuditEvent> rows,
            List<Object[]> counts, Map<UUID, Organization> orgs) {
        Map<UUID, Integer> totals = PageSlice.totals(counts);
        List<PageSlice<AuditEvent>> slices = PageSlice.perParent(partnershipIds, rows, e -> e.partnershipId, page.first());
        List<AuditEventConnection> result = new ArrayList<>(partnershipIds.size());
        for (int i = 0; i < partnershipIds.size(); i++) {
            List<AuditEventConnection.Edge> edges = slices.get(i).items().stream()
                    .map(e -> new AuditEventConnection.Edge(Page.cursor(e.at, e.id), view(e, orgs.get(e.actorOrgId))))
                    .toList();
            String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
            result.add(new AuditEventConnection(edges, new PageInfo(slices.get(i).hasNext(), end), totals.getOrDefault(partnershipIds.get(i), 0)));
        }
        return result;
    }

    private static AuditEventView view(AuditEvent event, Organization organization) {
        return new AuditEventView(event.id.toString(), event.at, event.action, event.summary,
                new AuditEventView.Actor(event.actorSubject, event.actorName, OrganizationView.of(organization),
                        ActorKind.valueOf(event.actorKind)));
    }

    private String toJson(Map<String, ?> state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(new LinkedHashMap<>(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit state is not serialisable", e);
        }
    }

}
