package dev.tandem.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanViews.FieldChangeView;
import dev.tandem.plan.PlanViews.PlanChangeKind;
import dev.tandem.plan.PlanViews.PlanChangeView;
import dev.tandem.plan.PlanViews.WarningView;

/** The plan's rules that need no database: dependency cycles, critical paths, warnings and the diff of two versions. */
public final class PlanRules {

    static final int FEWEST_KEY_RESULTS = 3;
    static final int MOST_KEY_RESULTS = 5;

    private PlanRules() {
    }

    /** A cycle in the graph (deliverable → its prerequisites), as the ids along it with the first repeated at the end. */
    static Optional<List<UUID>> findCycle(Map<UUID, List<UUID>> prerequisites) {
        Map<UUID, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (UUID start : prerequisites.keySet()) {
            List<UUID> path = new ArrayList<>();
            Optional<List<UUID>> cycle = visit(start, prerequisites, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<UUID>> visit(UUID node, Map<UUID, List<UUID>> graph, Map<UUID, Integer> state, List<UUID> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (seen != null && seen == 1) {
            List<UUID> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (UUID next : graph.getOrDefault(node, List.of())) {
            Optional<List<UUID>> cycle = visit(next, graph, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return Optional.empty();
    }

    /**
     * The chain that drives a deliverable: from it, step to the prerequisite due last (undated ones count as
     * latest: nobody knows when they finish), until one has none; returned first to last.
     */
    public static List<UUID> criticalPath(UUID target, Map<UUID, Deliverable> byId, Map<UUID, List<UUID>> prerequisites) {
        List<UUID> path = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        UUID current = target;
        while (current != null && seen.add(current)) {
            path.add(0, current);
            current = prerequisites.getOrDefault(current, List.of()).stream()
                    .filter(byId::containsKey)
                    .max(Comparator.comparing((UUID id) -> byId.get(id).dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(id -> byId.get(id).title))
                    .orElse(null);
        }
        return path;
    }

    /** Advice where the plan is still vague (DESIGN.md: 3–5 key results per objective; an owner per party, a date and a done). */
    public static List<WarningView> warnings(PlanContent content, Collection<UUID> partyOrganizations, Map<UUID, String> organizationNames) {
        List<WarningView> warnings = new ArrayList<>();
        for (Objective objective : content.objectives()) {
            int count = content.keyResultsOf(objective.id).size();
            if (count < FEWEST_KEY_RESULTS) {
                warnings.add(new WarningView("OBJECTIVE_TOO_FEW_KEY_RESULTS",
                        "\"" + objective.title + "\" has " + count + " key result" + (count == 1 ? "" : "s") + "; 3 to 5 make an objective measurable.",
                        objective.id.toString()));
            } else if (count > MOST_KEY_RESULTS) {
                warnings.add(new WarningView("OBJECTIVE_TOO_MANY_KEY_RESULTS",
                        "\"" + objective.title + "\" has " + count + " key results; more than 5 dilute its focus.", objective.id.toString()));
            }
        }
        for (Deliverable deliverable : content.deliverables()) {
            Set<UUID> owned = content.ownersOf(deliverable.id).stream().map(Assignee::organizationId).collect(Collectors.toSet());
            List<String> missing = partyOrganizations.stream().filter(org -> !owned.contains(org))
                    .map(org -> organizationNames.getOrDefault(org, "a party")).sorted().toList();
            if (!missing.isEmpty()) {
                warnings.add(new WarningView("DELIVERABLE_MISSING_OWNER",
                        "\"" + deliverable.title + "\" has no owner of " + String.join(", ", missing) + ".", deliverable.id.toString()));
            }
            if (deliverable.dueOn == null) {
                warnings.add(new WarningView("DELIVERABLE_MISSING_DUE_DATE", "\"" + deliverable.title + "\" has no due date.", deliverable.id.toString()));
            }
            if (deliverable.definitionOfDone == null || deliverable.definitionOfDone.isBlank()) {
                warnings.add(new WarningView("DELIVERABLE_MISSING_DEFINITION_OF_DONE",
                        "\"" + deliverable.title + "\" has no definition of done.", deliverable.id.toString()));
            }
        }
        return warnings;
    }

    // ------------------------------------------------------------------------------------ diff

    /** Items added, removed and changed (field by field) from one version to another, matched by lineage. */
    static List<PlanChangeView> diff(PlanContent from, PlanContent to) {
        List<PlanChangeView> changes = new ArrayList<>();
        FieldChangeView review = field("nextReviewOn", from.plan().nextReviewOn, to.plan().nextReviewOn);
        if (review != null) {
            changes.add(new PlanChangeView(PlanChangeKind.CHANGED, "Plan", "Version " + to.plan().number, List.of(review)));
        }
        compare(changes, "Objective", from.objectives(), to.objectives(), o -> o.lineage, o -> o.title,
                o -> fields("title", o.title, "description", o.description));
        compare(changes, "KeyResult", from.keyResults(), to.keyResults(), k -> k.lineage, k -> k.title,
                k -> fields("title", k.title, "baseline", plain(k.baseline), "target", plain(k.target), "unit", k.unit,
                        "objective", objectiveOf(k.objectiveId, from, to)));
        compare(changes, "Workstream", from.workstreams(), to.workstreams(), w -> w.lineage, w -> w.name,
                w -> fields("name", w.name, "leads", emails(w.id, from.leads(), to.leads())));
        compare(changes, "Deliverable", from.deliverables(), to.deliverables(), d -> d.lineage, d -> d.title,
                d -> fields("title", d.title, "definitionOfDone", d.definitionOfDone, "dueOn", d.dueOn, "milestone", d.milestone,
                        "owners", emails(d.id, from.owners(), to.owners()), "dependsOn", prerequisitesOf(d.id, from, to)));
        compare(changes, "Risk", from.risks(), to.risks(), r -> r.lineage, r -> r.title,
                r -> fields("title", r.title, "probability", r.probability, "impact", r.impact, "mitigation", r.mitigation, "owner", r.ownerEmail));
        return changes;
    }

    private static <T> void compare(List<PlanChangeView> changes, String type, List<T> before, List<T> after,
            Function<T, UUID> lineage, Function<T, String> title, Function<T, Map<String, Object>> fieldsOf) {
        Map<UUID, T> old = before.stream().collect(Collectors.toMap(lineage, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UUID, T> now = after.stream().collect(Collectors.toMap(lineage, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (T item : after) {
            T previous = old.get(lineage.apply(item));
            if (previous == null) {
                changes.add(new PlanChangeView(PlanChangeKind.ADDED, type, title.apply(item), List.of()));
                continue;
            }
            Map<String, Object> a = fieldsOf.apply(previous);
            Map<String, Object> b = fieldsOf.apply(item);
            List<FieldChangeView> fields = new ArrayList<>();
            a.forEach((name, value) -> {
                FieldChangeView change = field(name, value, b.get(name));
                if (change != null) {
                    fields.add(change);
                }
            });
            if (!fields.isEmpty()) {
                changes.add(new PlanChangeView(PlanChangeKind.CHANGED, type, title.apply(item), fields));
            }
        }
        for (T item : before) {
            if (!now.containsKey(lineage.apply(item))) {
                changes.add(new PlanChangeView(PlanChangeKind.REMOVED, type, title.apply(item), List.of()));
            }
        }
    }

    private static FieldChangeView field(String name, Object before, Object after) {
        String a = before == null ? null : before.toString();
        String b = after == null ? null : after.toString();
        boolean same = before instanceof Ref || after instanceof Ref ? Objects.equals(before, after) : Objects.equals(a, b);
        return same ? null : new FieldChangeView(name, a, b);
    }

    /**
     * A reference to other items, the same across versions when their lineages are (so renaming an objective is
     * no change of its key results), shown by their titles.
     */
    private record Ref(Object lineages, String titles) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Ref ref && lineages.equals(ref.lineages);
        }

        @Override
        public int hashCode() {
            return lineages.hashCode();
        }

        @Override
        public String toString() {
            return titles;
        }
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** Emails assigned to an item (searched in both versions' rows: ids are unique across versions). */
    private static String emails(UUID itemId, List<Assignee> from, List<Assignee> to) {
        List<String> emails = new ArrayList<>();
        from.stream().filter(a -> a.itemId().equals(itemId)).forEach(a -> emails.add(a.email()));
        to.stream().filter(a -> a.itemId().equals(itemId)).forEach(a -> emails.add(a.email()));
        return emails.isEmpty() ? null : emails.stream().sorted().collect(Collectors.joining(", "));
    }

    /** The objective a key result belongs to (searched in both versions: ids are unique across versions). */
    private static Ref objectiveOf(UUID objectiveId, PlanContent from, PlanContent to) {
        for (PlanContent content : List.of(from, to)) {
            for (Objective o : content.objectives()) {
                if (o.id.equals(objectiveId)) {
                    return new Ref(o.lineage, o.title);
                }
            }
        }
        return null;
    }

    private static Ref prerequisitesOf(UUID deliverableId, PlanContent from, PlanContent to) {
        List<Deliverable> prerequisites = new ArrayList<>();
        for (PlanContent content : List.of(from, to)) {
            Map<UUID, Deliverable> byId = content.deliverablesById();
            content.dependencies().stream().filter(d -> d.deliverableId().equals(deliverableId))
                    .map(d -> byId.get(d.dependsOnId())).filter(Objects::nonNull).forEach(prerequisites::add);
        }
        if (prerequisites.isEmpty()) {
            return null;
        }
        Set<UUID> lineages = prerequisites.stream().map(d -> d.lineage).collect(Collectors.toSet());
        return new Ref(lineages, prerequisites.stream().map(d -> d.title).sorted().collect(Collectors.joining(", ")));
    }
}
