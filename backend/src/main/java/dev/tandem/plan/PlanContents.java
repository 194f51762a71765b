package dev.tandem.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Loads whole plan versions (every item of each) for the rules that need all of a plan at once: warnings, copying, the diff. */
@ApplicationScoped
class PlanContents {

    private final PlanRepository plans;

    PlanContents(PlanRepository plans) {
        this.plans = plans;
    }

    /** Whole plan versions, within the current session: nine statements for any number of versions. */
    Uni<Map<UUID, PlanContent>> load(Collection<UUID> planIds) {
        return Plan.<Plan>list("id in ?1", planIds)
                .chain(planRows -> plans.objectives(planIds)
                .chain(objectives -> plans.keyResults(planIds)
                .chain(keyResults -> plans.workstreams(planIds)
                .chain(workstreams -> plans.leads(workstreams.stream().map(w -> w.id).toList())
                .chain(leads -> plans.deliverables(planIds)
                .chain(deliverables -> plans.owners(deliverables.stream().map(d -> d.id).toList())
                .chain(owners -> plans.dependencies(planIds)
                .chain(dependencies -> plans.risks(planIds)
                .map(risks -> byPlan(planRows, new PlanContent(null, objectives, keyResults, workstreams, leads, deliverables, owners,
                        dependencies, risks)))))))))));
    }

    /** The rows of all the plans (gathered in one PlanContent without a plan), shared out to each plan. */
    private static Map<UUID, PlanContent> byPlan(List<Plan> planRows, PlanContent all) {
        Map<UUID, PlanContent> result = new HashMap<>();
        for (Plan plan : planRows) {
            Set<UUID> deliverableIds = all.deliverables().stream().filter(d -> d.planId.equals(plan.id)).map(d -> d.id).collect(Collectors.toSet());
            Set<UUID> workstreamIds = all.workstreams().stream().filter(w -> w.planId.equals(plan.id)).map(w -> w.id).collect(Collectors.toSet());
            result.put(plan.id, new PlanContent(plan,
                    all.objectives().stream().filter(o -> o.planId.equals(plan.id)).toList(),
                    all.keyResults().stream().filter(k -> k.planId.equals(plan.id)).toList(),
                    all.workstreams().stream().filter(w -> w.planId.equals(plan.id)).toList(),
                    all.leads().stream().filter(l -> workstreamIds.contains(l.itemId())).toList(),
                    all.deliverables().stream().filter(d -> d.planId.equals(plan.id)).toList(),
                    all.owners().stream().filter(o -> deliverableIds.contains(o.itemId())).toList(),
                    all.dependencies().stream().filter(d -> deliverableIds.contains(d.deliverableId())).toList(),
                    all.risks().stream().filter(r -> r.planId.equals(plan.id)).toList()));
        }
        return result;
    }
}
