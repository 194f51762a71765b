package dev.tandem.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.common.security.Caller;
import dev.tandem.common.security.Callers;
import dev.tandem.metric.Cadence;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The baseline of {@code ./tandem bench}: the metrics page's data (METRICS_PAGE in the front end, the same JSON
 * shape) read by five hand-written statements on the service's reactive pool and written by Jackson, behind the
 * same sign-in. Built only into the bench's jar ({@code -Dtandem.bench=true}), never into a production build.
 */
@Path("/bench/metrics-page")
@Authenticated
@IfBuildProperty(name = "tandem.bench", stringValue = "true")
public class HandWrittenMetricsPage {

    private static final int READINGS = 60;
    private static final int VITAL_FEW = 8;

    private final Pool pool;
    private final Callers callers;
    private final ObjectMapper json;

    public HandWrittenMetricsPage(Pool pool, Callers callers, ObjectMapper json) {
        this.pool = pool;
        this.callers = callers;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> page(@QueryParam("id") UUID id) {
        Caller caller = callers.current();
        Map<String, Object> partnership = new LinkedHashMap<>();
        return pool.preparedQuery("""
                SELECT p.id, p.name, (SELECT role FROM member WHERE partnership_id = p.id AND email = $2 LIMIT 1) AS role
                FROM partnership p JOIN party x ON x.partnership_id = p.id JOIN organization o ON o.id = x.organization_id
                WHERE p.id = $1 AND o.slug = $3""").execute(Tuple.of(id, caller.email(), caller.organization()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Response.ok("{\"data\":{\"partnership\":null}}").build());
                    }
                    Row row = rows.iterator().next();
                    partnership.put("id", row.getUUID("id").toString());
                    partnership.put("name", row.getString("name"));
                    partnership.put("health", null);
                    partnership.put("viewerRole", row.getString("role"));
                    return parties(id, caller, partnership).chain(viewer -> metrics(id, viewer, partnership)).chain(() -> escalations(id, partnership))
                            .map(ignored -> Response.ok(write(Map.of("data", Map.of("partnership", partnership)))).build());
                });
    }

    /** Who looks, for the viewerCan* fields: the same rules as the metric package's Viewer. */
    private record Viewer(String role, UUID organizationId, boolean accepted, boolean integrator) {

        boolean canRecord(UUID owningOrganization) {
            return accepted && owningOrganization.equals(organizationId) && (integrator || !"VIEWER".equals(role));
        }

        boolean canEdit() {
            return accepted && !integrator && ("SPONSOR".equals(role) || "STEERING".equals(role));
        }
    }

    private Uni<Viewer> parties(UUID id, Caller caller, Map<String, Object> partnership) {
        return pool.preparedQuery("""
                SELECT x.accepted_at IS NOT NULL AS accepted, o.id, o.name, o.slug FROM party x JOIN organization o ON o.id = x.organization_id
                WHERE x.partnership_id = $1 ORDER BY x.invited_at""").execute(Tuple.of(id)).map(rows -> {
            List<Object> parties = new ArrayList<>();
            Viewer viewer = null;
            for (Row row : rows) {
                parties.add(map("accepted", row.getBoolean("accepted"), "organization", organization(row, "id", "name", "slug")));
                if (row.getString("slug").equals(caller.organization())) {
                    viewer = new Viewer((String) partnership.get("viewerRole"), row.getUUID("id"), row.getBoolean("accepted"), !caller.isPerson());
                }
            }
            partnership.put("parties", parties);
            return viewer;
        });
    }

    private Uni<Void> metrics(UUID id, Viewer viewer, Map<String, Object> partnership) {
        return pool.preparedQuery("""
                SELECT m.*, o.name AS owner_name, o.slug AS owner_slug, po.name AS pending_name FROM metric m
                JOIN organization o ON o.id = m.owning_org_id LEFT JOIN organization po ON po.id = m.pending_org_id
                WHERE m.partnership_id = $1 ORDER BY m.created_at, m.id""").execute(Tuple.of(id))
                .chain(metricRows -> pool.preparedQuery("""
                        SELECT r.metric_id, r.id, r.value, r.observed_at, r.status, r.source FROM metric m
                        CROSS JOIN LATERAL (SELECT * FROM metric_reading WHERE metric_id = m.id ORDER BY observed_at DESC, id LIMIT $2) r
                        WHERE m.partnership_id = $1""").execute(Tuple.of(id, READINGS))
                        .invoke(readingRows -> partnership.putAll(metricsOf(metricRows, readingRows, viewer))))
                .replaceWithVoid();
    }

    private static Map<String, Object> metricsOf(RowSet<Row> metricRows, RowSet<Row> readingRows, Viewer viewer) {
        Map<UUID, List<Map<String, Object>>> readings = new LinkedHashMap<>();
        for (Row row : readingRows) {
            readings.computeIfAbsent(row.getUUID("metric_id"), ignored -> new ArrayList<>()).add(map("id", row.getUUID("id").toString(),
                    "value", row.getBigDecimal("value").doubleValue(), "observedAt", instant(row, "observed_at"), "status", row.getString("status"),
                    "source", row.getString("source")));
        }
        List<Object> metrics = new ArrayList<>();
        String health = "UNKNOWN";
        Instant now = Instant.now();
        for (Row row : metricRows) {
            UUID metricId = row.getUUID("id");
            List<Map<String, Object>> own = readings.getOrDefault(metricId, List.of());
            OffsetDateTime latestAt = row.getOffsetDateTime("latest_observed_at");
            Duration period = Cadence.valueOf(row.getString("cadence")).period();
            String status = latestAt == null || latestAt.toInstant().isBefore(now.minus(period.multipliedBy(2))) ? "UNKNOWN" : row.getString("status");
            health = worse(health, status);
            boolean canEdit = viewer != null && viewer.canEdit();
            Map<String, Object> metric = map("id", metricId.toString(), "name", row.getString("name"), "kind", row.getString("kind"), "unit", row.getString("unit"),
                    "direction", row.getString("direction"), "target", number(row, "target"), "amberThreshold", number(row, "amber_threshold"),
                    "redThreshold", number(row, "red_threshold"), "status", status, "latest", own.isEmpty() ? null : own.get(0), "readings", own,
                    "cadence", row.getString("cadence"), "owningParty", organization(row, "owning_org_id", "owner_name", "owner_slug"),
                    "escalationTier", row.getString("escalation_tier"), "version", row.getInteger("version"), "viewerCanRecord", viewer != null && viewer.canRecord(row.getUUID("owning_org_id")), "viewerCanEdit", canEdit,
                    "pendingChange", row.getUUID("pending_org_id") == null ? null
                            : map("target", number(row, "pending_target"), "amberThreshold", number(row, "pending_amber"), "redThreshold", number(row, "pending_red"),
                                    "proposedAt", instant(row, "pending_at"),
                                    "proposedBy", map("id", row.getUUID("pending_org_id").toString(), "name", row.getString("pending_name")),
                                    "viewerCanDecide", canEdit && !row.getUUID("pending_org_id").equals(viewer.organizationId())));
            metrics.add(metric);
        }
        return map("health", health, "metricWarnings", metrics.size() > VITAL_FEW
                ? List.of(metrics.size() + " metrics: focus on the vital few (5 to 8) that show whether the partnership works.") : List.of(),
                "metrics", metrics);
    }

    private Uni<Void> escalations(UUID id, Map<String, Object> partnership) {
        return pool.preparedQuery("""
                SELECT e.id, e.tier, e.status, e.summary, e.opened_at, m.id AS metric_id, m.name AS metric_name FROM escalation e
                LEFT JOIN metric m ON m.id = e.metric_id WHERE e.partnership_id = $1
                ORDER BY CASE e.status WHEN 'RESOLVED' THEN 1 ELSE 0 END, e.opened_at DESC""").execute(Tuple.of(id)).invoke(rows -> {
            List<Object> escalations = new ArrayList<>();
            for (Row row : rows) {
                escalations.add(map("id", row.getUUID("id").toString(), "tier", row.getString("tier"), "status", row.getString("status"),
                        "summary", row.getString("summary"), "openedAt", instant(row, "opened_at"),
                        "metric", row.getUUID("metric_id") == null ? null : map("id", row.getUUID("metric_id").toString(), "name", row.getString("metric_name"))));
            }
            partnership.put("escalations", escalations);
        }).replaceWithVoid();
    }

    private static String worse(String a, String b) {
        List<String> order = List.of("UNKNOWN", "GREEN", "AMBER", "RED");
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    private static Map<String, Object> organization(Row row, String id, String name, String slug) {
        return map("id", row.getUUID(id).toString(), "name", row.getString(name), "slug", row.getString(slug));
    }

    private static Object number(Row row, String column) {
        return row.getBigDecimal(column) == null ? null : row.getBigDecimal(column).doubleValue();
    }

    private static String instant(Row row, String column) {
        OffsetDateTime at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant().toString();
    }

    /** An ordered map that keeps nulls (Map.of does not), as the GraphQL answer has them. */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
