package dev.tandem.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.bench.PlanPageJson.Rows;
import dev.tandem.common.security.Caller;
import dev.tandem.common.security.Callers;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The baseline of {@code ./tandem bench}: the plan page's data (PLAN_PAGE in the front end with no planId, the same
 * JSON) read by ten hand-written set-based statements on the service's reactive pool, whatever the plan's size, and
 * written by Jackson, behind the same sign-in. The values the page computes (warnings, critical paths) come from the
 * plan's own rules (PlanRules); PlanPageJson shapes the rows. Built only into the bench's jar ({@code -Dtandem.bench=true}).
 */
@Path("/bench/plan-page")
@Authenticated
@IfBuildProperty(name = "tandem.bench", stringValue = "true")
public class HandWrittenPlanPage {

    private final Pool pool;
    private final Callers callers;
    private final ObjectMapper json;

    public HandWrittenPlanPage(Pool pool, Callers callers, ObjectMapper json) {
        this.pool = pool;
        this.callers = callers;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> page(@QueryParam("id") UUID id) {
        Caller caller = callers.current();
        Rows rows = new Rows();
        return read("""
                SELECT p.id AS partnership_id, p.name AS partnership_name, o.id, o.name, o.slug, x.accepted_at IS NOT NULL AS accepted,
                       (SELECT m.role FROM member m WHERE m.partnership_id = p.id AND m.email = $2 LIMIT 1) AS role
                FROM partnership p JOIN party x ON x.partnership_id = p.id JOIN organization o ON o.id = x.organization_id
                WHERE p.id = $1 ORDER BY x.invited_at, x.id""", Tuple.of(id, caller.email()), list -> rows.parties = list)
                .chain(() -> rows.parties.stream().noneMatch(r -> r.getString("slug").equals(caller.organization())) ? Uni.createFrom().voidItem()
                        : read("""
                                SELECT id, number, status, revision, amendment_reason, next_review_on, created_at FROM plan
                                WHERE partnership_id = $1 ORDER BY number DESC""", Tuple.of(id), list -> rows.plans = list)
                                .chain(() -> rows.plans.isEmpty() ? Uni.createFrom().voidItem() : plan(rows, PlanPageJson.current(rows.plans))))
                .map(ignored -> Response.ok(write(PlanPageJson.page(rows, caller))).build());
    }

    /** The tree of the version shown: eight statements. */
    private Uni<Void> plan(Rows rows, UUID planId) {
        Tuple plan = Tuple.of(planId);
        return read("SELECT organization_id, ratified_by_email, ratified_at FROM plan_ratification WHERE plan_id = $1", plan, list -> rows.ratifications = list)
                .chain(() -> read("""
                        SELECT o.id, o.title, o.description, o.version, k.id AS k_id, k.title AS k_title, k.baseline, k.target, k.unit,
                               k.version AS k_version, k.lineage AS k_lineage
                        FROM objective o LEFT JOIN key_result k ON k.objective_id = o.id
                        WHERE o.plan_id = $1 ORDER BY o.position, o.id, k.position, k.id""", plan, list -> rows.objectives = list))
                .chain(() -> read("""
                        SELECT * FROM (
                          SELECT c.id, c.key_result_lineage, c.organization_id, c.value, c.confidence, c.comment, c.by_email, c.at, o.name, o.slug,
                                 row_number() OVER (PARTITION BY c.key_result_lineage ORDER BY c.at DESC, c.id DESC) AS newest,
                                 row_number() OVER (PARTITION BY c.key_result_lineage, c.organization_id ORDER BY c.at DESC, c.id DESC) AS newest_of_party
                          FROM check_in c JOIN organization o ON o.id = c.organization_id WHERE c.key_result_lineage = ANY($1)) c
                        WHERE newest <= $2 OR newest_of_party = 1 ORDER BY at DESC, id DESC""",
                        Tuple.of(ids(rows.objectives, "k_lineage"), PlanPageJson.CHECK_INS), list -> rows.checkIns = list))
                .chain(() -> read("""
                        SELECT w.id, w.name, w.version, d.id AS d_id, d.title, d.definition_of_done, d.due_on, d.status, d.milestone,
                               d.version AS d_version, row_number() OVER (ORDER BY d.position, d.id) AS plan_order
                        FROM workstream w LEFT JOIN deliverable d ON d.workstream_id = w.id
                        WHERE w.plan_id = $1 ORDER BY w.position, w.id, d.position, d.id""", plan, list -> rows.work = list))
                // leads and owners, by email, as PlanRepository reads them
                .chain(() -> read("""
                        SELECT true AS lead, workstream_id AS item_id, organization_id, email FROM workstream_lead WHERE workstream_id = ANY($1)
                        UNION ALL
                        SELECT false, deliverable_id, organization_id, email FROM deliverable_owner WHERE deliverable_id = ANY($2)
                        ORDER BY email""",
                        Tuple.of(ids(rows.work, "id"), ids(rows.work, "d_id")), list -> rows.assignees = list))
                .chain(() -> read("""
                        SELECT dd.deliverable_id, dd.depends_on_id FROM deliverable_dependency dd
                        JOIN deliverable d ON d.id = dd.deliverable_id JOIN deliverable needed ON needed.id = dd.depends_on_id
                        WHERE d.plan_id = $1 ORDER BY needed.position, needed.id""", plan, list -> rows.dependencies = list))
                .chain(() -> read("""
                        SELECT r.id, r.title, r.probability, r.impact, r.mitigation, r.version, r.owner_email,
                               d.id AS d_id, d.title AS d_title, k.id AS k_id, k.title AS k_title
                        FROM risk r LEFT JOIN deliverable d ON d.id = r.deliverable_id LEFT JOIN key_result k ON k.id = r.key_result_id
                        WHERE r.plan_id = $1 ORDER BY r.probability * r.impact DESC, r.title, r.id""", plan, list -> rows.risks = list))
                .chain(() -> read("""
                        SELECT e.email, p.subject, p.display_name, o.id, o.name FROM unnest($1::text[]) AS e(email)
                        LEFT JOIN LATERAL (SELECT subject, display_name, organization_id FROM person WHERE email = e.email
                                           ORDER BY last_seen_at DESC LIMIT 1) p ON true
                        LEFT JOIN organization_domain od ON od.domain = substring(e.email FROM position('@' IN e.email) + 1)
                        LEFT JOIN organization o ON o.id = coalesce(p.organization_id, od.organization_id)""",
                        Tuple.of(PlanPageJson.emails(rows).toArray(String[]::new)), list -> rows.people = list));
    }

    private Uni<Void> read(String sql, Tuple arguments, Consumer<List<Row>> into) {
        return pool.preparedQuery(sql).execute(arguments).invoke(set -> {
            List<Row> list = new ArrayList<>(set.size());
            set.forEach(list::add);
            into.accept(list);
        }).replaceWithVoid();
    }

    /** The distinct non-null UUIDs of a column, in row order. */
    private static UUID[] ids(List<Row> rows, String column) {
        return rows.stream().map(r -> r.getUUID(column)).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
