package dev.tandem.plan;

import static dev.tandem.plan.Batches.group;
import static dev.tandem.plan.Batches.idsOf;
import static dev.tandem.plan.PlanViewBuilder.deliverableView;
import static dev.tandem.plan.PlanViewBuilder.editable;
import static dev.tandem.plan.PlanViewBuilder.viewerAmong;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.db.Db;
import dev.tandem.person.PersonDirectory;
import dev.tandem.person.PersonView;
import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRepository.Dependency;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the delivery side of the plan for the GraphQL fields: workstreams, their leads and deliverables,
 * owners, dependencies and critical paths. Like PlanReader, each method answers a field for all its
 * parents in input order with a fixed number of statements.
 */
@ApplicationScoped
public class DeliveryReader {

    private final Db db;
    private final PlanRepository plans;
    private final PersonDirectory directory;

    public DeliveryReader(Db db, PlanRepository plans, PersonDirectory directory) {
        this.db = db;
        this.plans = plans;
        this.directory = directory;
    }

    public Uni<List<List<WorkstreamView>>> workstreams(List<PlanView> parents) {
        return db.read(() -> plans.workstreams(idsOf(parents, PlanView::uuid))
                .chain(rows -> plans.leads(rows.stream().map(w -> w.id).toList())
                        .map(leads -> group(parents, PlanView::uuid, rows, w -> w.planId, (plan, w) -> workstreamView(plan, w, leads)))));
    }

    private static WorkstreamView workstreamView(PlanView plan, Workstream w, List<Assignee> leads) {
        boolean leadsIt = viewerAmong(plan.viewer(), leads, w.id);
        return new WorkstreamView(w.id.toString(), w.name, w.version,
                plan.status() != null && editable(plan.status()) && (plan.viewer().steers() || leadsIt),
                w.planId, plan.status(), plan.viewer(), leadsIt);
    }

    public Uni<List<List<PersonView>>> leads(List<WorkstreamView> parents) {
        return db.read(() -> plans.leads(idsOf(parents, w -> UUID.fromString(w.id())))
                .chain(rows -> directory.viewsOf(rows.stream().map(Assignee::email).toList())
                        .map(people -> group(parents, w -> UUID.fromString(w.id()), rows, Assignee::itemId, (w, a) -> people.get(a.email())))));
    }

    public Uni<List<List<DeliverableView>>> deliverables(List<WorkstreamView> parents) {
        return db.read(() -> plans.deliverablesOfWorkstreams(idsOf(parents, w -> UUID.fromString(w.id())))
                .chain(rows -> plans.owners(rows.stream().map(d -> d.id).toList())
                        .map(owners -> group(parents, w -> UUID.fromString(w.id()), rows, d -> d.workstreamId,
                                (w, d) -> deliverableView(d, w.planStatus(), w.viewer(), w.viewerLeads(), viewerAmong(w.viewer(), owners, d.id))))));
    }

    public Uni<List<List<PersonView>>> owners(List<DeliverableView> parents) {
        return db.read(() -> plans.owners(idsOf(parents, d -> UUID.fromString(d.id())))
                .chain(rows -> directory.viewsOf(rows.stream().map(Assignee::email).toList())
                        .map(people -> group(parents, d -> UUID.fromString(d.id()), rows, Assignee::itemId, (d, a) -> people.get(a.email())))));
    }

    /** Prerequisites of each deliverable. */
    public Uni<List<List<DeliverableView>>> dependsOn(List<DeliverableView> parents) {
        return related(parents, (content, d) -> content.prerequisites().getOrDefault(UUID.fromString(d.id()), List.of()));
    }

    /** For a milestone, the chain of prerequisites that drives it, first to last; empty for other deliverables. */
    public Uni<List<List<DeliverableView>>> criticalPath(List<DeliverableView> parents) {
        return related(parents, (content, d) -> d.milestone()
                ? PlanRules.criticalPath(UUID.fromString(d.id()), content.deliverablesById(), content.prerequisites())
                : List.of());
    }

    private interface Relation {
        List<UUID> of(PlanContent content, DeliverableView deliverable);
    }

    /** Deliverables related to each parent within its plan: five statements for any number of plans. */
    private Uni<List<List<DeliverableView>>> related(List<DeliverableView> parents, Relation relation) {
        Set<UUID> planIds = parents.stream().map(DeliverableView::planId).collect(Collectors.toSet());
        return db.read(() -> plans.deliverables(planIds)
                .chain(deliverables -> plans.dependencies(planIds)
                        .chain(dependencies -> plans.owners(deliverables.stream().map(d -> d.id).toList())
                                .chain(owners -> plans.leads(deliverables.stream().map(d -> d.workstreamId).collect(Collectors.toSet()))
                                        .map(leads -> relatedViews(parents, relation, planIds, deliverables, dependencies, owners, leads))))));
    }

    private static List<List<DeliverableView>> relatedViews(List<DeliverableView> parents, Relation relation, Set<UUID> planIds,
            List<Deliverable> deliverables, List<Dependency> dependencies, List<Assignee> owners, List<Assignee> leads) {
        Map<UUID, PlanContent> contents = new HashMap<>();
        for (UUID planId : planIds) {
            contents.put(planId, new PlanContent(null, List.of(), List.of(), List.of(), List.of(),
                    deliverables.stream().filter(d -> d.planId.equals(planId)).toList(), List.of(),
                    dependencies, List.of()));
        }
        return parents.stream().map(parent -> relatedTo(parent, relation, contents.get(parent.planId()), owners, leads)).toList();
    }

    private static List<DeliverableView> relatedTo(DeliverableView parent, Relation relation, PlanContent content, List<Assignee> owners,
            List<Assignee> leads) {
        Map<UUID, Deliverable> byId = content.deliverablesById();
        return relation.of(content, parent).stream().map(byId::get).filter(Objects::nonNull)
                .map(d -> deliverableView(d, parent.planStatus(), parent.viewer(),
                        viewerAmong(parent.viewer(), leads, d.workstreamId), viewerAmong(parent.viewer(), owners, d.id)))
                .toList();
    }
}
