package dev.tandem.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.tandem.common.security.Caller;
import dev.tandem.plan.Deliverable;
import dev.tandem.plan.KeyResult;
import dev.tandem.plan.Objective;
import dev.tandem.plan.PlanContent;
import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRules;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Shapes the rows HandWrittenPlanPage read into the plan page's JSON, as the GraphQL fields answer it: the same
 * orders, the same nulls and the same rights of the viewer (PlanViewBuilder's rules); warnings and critical paths
 * come from PlanRules.
 */
final class PlanPageJson {

    /** How many check-ins of each key result the page shows: {@code checkIns(last: 10)}. */
    static final int CHECK_INS = 10;

    private PlanPageJson() {
    }

    /** The rows of the ten statements; those of the plan's tree stay empty when the partnership has no plan. */
    static final class Rows {
        List<Row> parties = List.of();
        List<Row> plans = List.of();
        List<Row> ratifications = List.of();
        List<Row> objectives = List.of();
        List<Row> checkIns = List.of();
        List<Row> work = List.of();
        List<Row> assignees = List.of();
        List<Row> dependencies = List.of();
        List<Row> risks = List.of();
        List<Row> people = List.of();
    }

    /** Who is looking: role is null for integrators. */
    private record Viewer(String role, String email, UUID organizationId, boolean accepted) {

        boolean steers() {
            return accepted && ("SPONSOR".equals(role) || "STEERING".equals(role));
        }

        boolean sponsors() {
            return accepted && "SPONSOR".equals(role);
        }
    }

    /** The version {@code plan(id: null)} shows: the newest RATIFIED, else the newest (rows newest first). */
    static UUID current(List<Row> plans) {
        return plans.stream().filter(p -> "RATIFIED".equals(p.getString("status"))).findFirst().orElse(plans.get(0)).getUUID("id");
    }

    /** Every email the page names a person by. */
    static Set<String> emails(Rows rows) {
        Set<String> emails = new LinkedHashSet<>();
        Stream.of(column(rows.ratifications, "ratified_by_email"), column(rows.checkIns, "by_email"), column(rows.assignees, "email"),
                column(rows.risks, "owner_email")).forEach(emails::addAll);
        return emails;
    }

    private static List<String> column(List<Row> rows, String name) {
        return rows.stream().map(r -> r.getString(name)).filter(Objects::nonNull).toList();
    }

    static Map<String, Object> page(Rows rows, Caller caller) {
        Row mine = rows.parties.stream().filter(r -> r.getString("slug").equals(caller.organization())).findFirst().orElse(null);
        if (mine == null) {
            return map("data", map("partnership", null));
        }
        String role = !caller.isPerson() ? null : mine.getString("role") != null ? mine.getString("role") : "VIEWER";
        Viewer viewer = new Viewer(role, caller.email(), mine.getUUID("id"), mine.getBoolean("accepted"));
        UUID current = rows.plans.isEmpty() ? null : current(rows.plans);
        Row first = rows.parties.get(0);
        return map("data", map("partnership", map("id", first.getUUID("partnership_id").toString(), "name", first.getString("partnership_name"),
                "viewerRole", role, "parties", rows.parties.stream().map(r -> map("accepted", r.getBoolean("accepted"), "organization", organization(r))).toList(),
                "currentPlan", current == null ? null : map("id", current.toString()),
                "plans", rows.plans.stream().map(p -> map("id", p.getUUID("id").toString(), "version", p.getInteger("number"), "status", p.getString("status"))).toList(),
                "plan", current == null ? null : plan(rows, viewer, current))));
    }

    private static Map<String, Object> plan(Rows rows, Viewer viewer, UUID id) {
        Row plan = rows.plans.stream().filter(p -> p.getUUID("id").equals(id)).findFirst().orElseThrow();
        String status = plan.getString("status");
        boolean editable = "DRAFT".equals(status) || "PROPOSED".equals(status);
        boolean ratifiedByViewer = rows.ratifications.stream().anyMatch(r -> r.getUUID("organization_id").equals(viewer.organizationId()));
        Map<String, Map<String, Object>> people = people(rows.people);
        List<Row> accepted = rows.parties.stream().filter(r -> r.getBoolean("accepted")).toList();
        List<Object> ratifications = accepted.stream().map(party -> {
            Row r = rows.ratifications.stream().filter(x -> x.getUUID("organization_id").equals(party.getUUID("id"))).findFirst().orElse(null);
            return (Object) map("organization", organization(party), "ratified", r != null,
                    "by", r == null || r.getString("ratified_by_email") == null ? null : people.get(r.getString("ratified_by_email")),
                    "at", r == null ? null : instant(r, "ratified_at"));
        }).toList();

        Map<UUID, Map<String, Object>> objectives = new LinkedHashMap<>();
        List<Objective> objectiveRows = new ArrayList<>();
        List<KeyResult> keyResultRows = new ArrayList<>();
        for (Row row : rows.objectives) {
            Map<String, Object> objective = objectives.computeIfAbsent(row.getUUID("id"), objectiveId -> {
                Objective o = new Objective();
                o.id = objectiveId;
                o.title = row.getString("title");
                objectiveRows.add(o);
                return map("id", objectiveId.toString(), "title", o.title, "description", row.getString("description"), "version", row.getInteger("version"),
                        "keyResults", new ArrayList<>());
            });
            if (row.getUUID("k_id") != null) {
                KeyResult k = new KeyResult();
                k.id = row.getUUID("k_id");
                k.objectiveId = row.getUUID("id");
                keyResultRows.add(k);
                list(objective, "keyResults").add(keyResult(row, rows, accepted, people));
            }
        }

        Map<UUID, List<Map<String, Object>>> leads = new HashMap<>();
        Map<UUID, List<Map<String, Object>>> owners = new HashMap<>();
        List<Assignee> ownerRows = new ArrayList<>();
        Set<UUID> viewerLeads = new LinkedHashSet<>();
        Set<UUID> viewerOwns = new LinkedHashSet<>();
        for (Row row : rows.assignees) {
            UUID item = row.getUUID("item_id");
            String email = row.getString("email");
            boolean lead = row.getBoolean("lead");
            (lead ? leads : owners).computeIfAbsent(item, ignored -> new ArrayList<>()).add(people.get(email));
            if (!lead) {
                ownerRows.add(new Assignee(item, row.getUUID("organization_id"), email));
            }
            if (email.equals(viewer.email())) {
                (lead ? viewerLeads : viewerOwns).add(item);
            }
        }
        Map<UUID, List<UUID>> prerequisites = new HashMap<>();
        rows.dependencies.forEach(d -> prerequisites.computeIfAbsent(d.getUUID("deliverable_id"), ignored -> new ArrayList<>()).add(d.getUUID("depends_on_id")));
        Map<UUID, Deliverable> byId = new HashMap<>();
        Map<UUID, Long> planOrder = new HashMap<>();
        for (Row row : rows.work) {
            if (row.getUUID("d_id") != null) {
                Deliverable d = new Deliverable();
                d.id = row.getUUID("d_id");
                d.title = row.getString("title");
                d.dueOn = row.getLocalDate("due_on");
                d.definitionOfDone = row.getString("definition_of_done");
                byId.put(d.id, d);
                planOrder.put(d.id, row.getLong("plan_order"));
            }
        }
        Map<UUID, Map<String, Object>> workstreams = new LinkedHashMap<>();
        for (Row row : rows.work) {
            UUID workstreamId = row.getUUID("id");
            boolean leadsIt = viewerLeads.contains(workstreamId);
            Map<String, Object> workstream = workstreams.computeIfAbsent(workstreamId, ignored -> map("id", workstreamId.toString(), "name", row.getString("name"),
                    "version", row.getInteger("version"), "viewerCanEdit", editable && (viewer.steers() || leadsIt),
                    "leads", leads.getOrDefault(workstreamId, List.of()), "deliverables", new ArrayList<>()));
            UUID d = row.getUUID("d_id");
            if (d != null) {
                boolean milestone = row.getBoolean("milestone");
                list(workstream, "deliverables").add(map("id", d.toString(), "title", row.getString("title"),
                        "definitionOfDone", Objects.requireNonNullElse(row.getString("definition_of_done"), ""), "dueOn", date(row.getLocalDate("due_on")),
                        "status", row.getString("status"), "milestone", milestone, "version", row.getInteger("d_version"),
                        "viewerCanEdit", editable && (viewer.steers() || leadsIt),
                        "viewerCanUpdateStatus", !"SUPERSEDED".equals(status) && viewer.accepted() && (viewer.steers() || leadsIt || viewerOwns.contains(d)),
                        "owners", owners.getOrDefault(d, List.of()),
                        "dependsOn", ids(prerequisites.getOrDefault(d, List.of()).stream().filter(byId::containsKey).toList()),
                        "criticalPath", milestone ? ids(PlanRules.criticalPath(d, byId, prerequisites)) : List.of()));
            }
        }

        List<Deliverable> deliverables = byId.values().stream().sorted(Comparator.comparing(d -> planOrder.get(d.id))).toList();
        PlanContent content = new PlanContent(null, objectiveRows, keyResultRows, List.of(), List.of(), deliverables, ownerRows, List.of(), List.of());
        Map<UUID, String> names = new HashMap<>();
        rows.parties.forEach(r -> names.put(r.getUUID("id"), r.getString("name")));
        List<Object> warnings = PlanRules.warnings(content, accepted.stream().map(r -> r.getUUID("id")).toList(), names).stream()
                .map(w -> (Object) map("code", w.code(), "message", w.message(), "subjectId", w.subjectId())).toList();

        List<Map<String, Object>> risks = rows.risks.stream().map(r -> map("id", r.getUUID("id").toString(), "title", r.getString("title"),
                "probability", r.getInteger("probability"), "impact", r.getInteger("impact"), "score", r.getInteger("probability") * r.getInteger("impact"),
                "mitigation", r.getString("mitigation"), "version", r.getInteger("version"),
                "owner", r.getString("owner_email") == null ? null : people.get(r.getString("owner_email")),
                "deliverable", r.getUUID("d_id") == null ? null : map("id", r.getUUID("d_id").toString(), "title", r.getString("d_title")),
                "keyResult", r.getUUID("k_id") == null ? null : map("id", r.getUUID("k_id").toString(), "title", r.getString("k_title")))).toList();
        List<Object> heatMap = new ArrayList<>(25);
        for (int probability = 5; probability >= 1; probability--) {
            for (int impact = 1; impact <= 5; impact++) {
                int p = probability;
                int i = impact;
                heatMap.add(map("probability", p, "impact", i, "score", p * i, "risks", risks.stream()
                        .filter(r -> r.get("probability").equals(p) && r.get("impact").equals(i)).map(r -> map("id", r.get("id"), "title", r.get("title"))).toList()));
            }
        }

        return map("id", id.toString(), "version", plan.getInteger("number"), "status", status, "revision", plan.getInteger("revision"),
                "amendmentReason", plan.getString("amendment_reason"), "nextReviewOn", date(plan.getLocalDate("next_review_on")),
                "createdAt", instant(plan, "created_at"), "viewerCanEdit", viewer.steers() && editable,
                "viewerCanPropose", viewer.sponsors() && "DRAFT".equals(status),
                "viewerCanRatify", viewer.sponsors() && "PROPOSED".equals(status) && !ratifiedByViewer,
                "viewerCanAmend", viewer.steers() && "RATIFIED".equals(status) && plan.getInteger("number").equals(rows.plans.get(0).getInteger("number")),
                "ratifications", ratifications, "warnings", warnings, "riskHeatMap", heatMap, "objectives", List.copyOf(objectives.values()),
                "workstreams", List.copyOf(workstreams.values()), "risks", risks);
    }

    /** A key result with each accepted party's latest confidence and the newest check-ins (the rows bring both). */
    private static Map<String, Object> keyResult(Row row, Rows rows, List<Row> accepted, Map<String, Map<String, Object>> people) {
        UUID lineage = row.getUUID("k_lineage");
        List<Row> checkIns = rows.checkIns.stream().filter(c -> c.getUUID("key_result_lineage").equals(lineage)).toList();
        List<Object> confidence = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Row party : accepted) {
            Row last = checkIns.stream().filter(c -> c.getLong("newest_of_party") == 1 && c.getUUID("organization_id").equals(party.getUUID("id")))
                    .findFirst().orElse(null);
            confidence.add(map("organization", organization(party), "confidence", last == null ? null : last.getInteger("confidence"),
                    "at", last == null ? null : instant(last, "at")));
            if (last != null) {
                values.add(last.getInteger("confidence"));
            }
        }
        Integer gap = values.size() < 2 ? null : values.stream().max(Integer::compare).get() - values.stream().min(Integer::compare).get();
        return map("id", row.getUUID("k_id").toString(), "title", row.getString("k_title"), "baseline", row.getBigDecimal("baseline"),
                "target", row.getBigDecimal("target"), "unit", row.getString("unit"), "version", row.getInteger("k_version"), "confidenceGap", gap,
                "confidence", confidence, "checkIns", checkIns.stream().filter(c -> c.getLong("newest") <= CHECK_INS)
                        .map(c -> map("id", c.getUUID("id").toString(), "value", c.getBigDecimal("value"), "confidence", c.getInteger("confidence"),
                                "comment", c.getString("comment"), "organization", organization(c, "organization_id"),
                                "by", c.getString("by_email") == null ? null : people.get(c.getString("by_email")), "at", instant(c, "at")))
                        .toList());
    }

    /** Email → the person as PersonFields shows them: their subject once they signed in, else their email. */
    private static Map<String, Map<String, Object>> people(List<Row> rows) {
        Map<String, Map<String, Object>> people = new HashMap<>();
        for (Row row : rows) {
            String email = row.getString("email");
            people.put(email, map("subject", Objects.requireNonNullElse(row.getString("subject"), email), "displayName", row.getString("display_name"),
                    "email", email, "organization", row.getUUID("id") == null ? null : map("id", row.getUUID("id").toString(), "name", row.getString("name"))));
        }
        return people;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        return (List<Object>) parent.get(key);
    }

    private static List<Object> ids(List<UUID> ids) {
        return ids.stream().map(id -> (Object) map("id", id.toString())).toList();
    }

    private static Map<String, Object> organization(Row row) {
        return organization(row, "id");
    }

    private static Map<String, Object> organization(Row row, String id) {
        return map("id", row.getUUID(id).toString(), "name", row.getString("name"), "slug", row.getString("slug"));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String instant(Row row, String column) {
        OffsetDateTime at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant().toString();
    }

    /** An ordered map that keeps nulls (Map.of does not), as the GraphQL answer has them. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
