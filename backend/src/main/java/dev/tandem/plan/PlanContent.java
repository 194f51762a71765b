package dev.tandem.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRepository.Dependency;

/** Everything in one plan version, loaded together: what the plan-wide rules (DAG, warnings, diff, copy) work on. */
public record PlanContent(Plan plan, List<Objective> objectives, List<KeyResult> keyResults, List<Workstream> workstreams,
        List<Assignee> leads, List<Deliverable> deliverables, List<Assignee> owners, List<Dependency> dependencies, List<Risk> risks) {

    Map<UUID, Deliverable> deliverablesById() {
        Map<UUID, Deliverable> byId = new HashMap<>();
        deliverables.forEach(d -> byId.put(d.id, d));
        return byId;
    }

    /** Deliverable id → the ids it depends on. */
    Map<UUID, List<UUID>> prerequisites() {
        Map<UUID, List<UUID>> graph = new HashMap<>();
        dependencies.forEach(d -> graph.computeIfAbsent(d.deliverableId(), k -> new ArrayList<>()).add(d.dependsOnId()));
        return graph;
    }

    List<KeyResult> keyResultsOf(UUID objectiveId) {
        return keyResults.stream().filter(k -> k.objectiveId.equals(objectiveId)).toList();
    }

    List<Assignee> ownersOf(UUID deliverableId) {
        return owners.stream().filter(o -> o.itemId().equals(deliverableId)).toList();
    }

    List<Assignee> leadsOf(UUID workstreamId) {
        return leads.stream().filter(l -> l.itemId().equals(workstreamId)).toList();
    }
}
