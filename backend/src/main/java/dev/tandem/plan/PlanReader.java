package dev.tandem.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.common.db.Db;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.PartyRepository;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.person.PersonDirectory;
import dev.tandem.person.PersonView;
import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRepository.Ratification;
import dev.tandem.plan.PlanViews.CheckInView;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.HeatCellView;
import dev.tandem.plan.PlanViews.KeyResultView;
import dev.tandem.plan.PlanViews.ObjectiveView;
import dev.tandem.plan.PlanViews.PartyConfidenceView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.PlanViewer;
import dev.tandem.plan.PlanViews.RatificationView;
import dev.tandem.plan.PlanViews.RiskView;
import dev.tandem.plan.PlanViews.WarningView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the plan for the GraphQL fields. Every method takes the parents of one field across the whole
 * response and answers in input order with a fixed number of statements, however large the plans are.
 * Parents were reached through a visible partnership, so no access check is repeated here.
 */
@ApplicationScoped
public class PlanReader {

    private final Db db;
    private final PlanRepository plans;
    private final PartyRepository parties;
    private final OrganizationService organizations;
    private final PersonDirectory directory;

    public PlanReader(Db db, PlanRepository plans, PartyRepository parties, OrganizationService organizations, PersonDirectory directory) {
        this.db = db;
        this.plans = plans;
        this.parties = parties;
        this.organizations = organizations;
        this.directory = directory;
    }

    // ------------------------------------------------------------------------------------ plans of partnerships

    public Uni<List<List<PlanView>>> plansOf(List<PartnershipView> partnerships, String viewerEmail) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        return db.read(() -> plans.ofPartnerships(ids)
                .chain(rows -> plans.ratifications(rows.stream().map(p -> p.id).toList())
                        .map(ratifications -> {
                            Map<UUID, List<Plan>> byPartnership = rows.stream().collect(Collectors.groupingBy(p -> p.partnershipId));
                            List<List<PlanView>> result = new ArrayList<>();
                            for (PartnershipView partnership : partnerships) {
                                List<Plan> versions = byPartnership.getOrDefault(UUID.fromString(partnership.id()), List.of());
                                PlanViewer viewer = viewerOf(partnership, viewerEmail);
                                int newest = versions.stream().mapToInt(p -> p.number).max().orElse(0);
                                result.add(versions.stream().map(p -> view(p, viewer, ratifications, newest)).toList());
                            }
                            return result;
                        })));
    }

    /** The newest RATIFIED version, else the newest one. */
    public Uni<List<PlanView>> currentOf(List<PartnershipView> partnerships, String viewerEmail) {
        return plansOf(partnerships, viewerEmail).map(lists -> lists.stream()
                .map(versions -> versions.stream().filter(v -> v.status() == PlanStatus.RATIFIED).findFirst()
                        .orElse(versions.isEmpty() ? null : versions.get(0)))
                .toList());
    }

    static PlanViewer viewerOf(PartnershipView partnership, String viewerEmail) {
        return new PlanViewer(partnership.viewerRole(), viewerEmail, partnership.viewerOrganizationId(), partnership.viewerPartyAccepted());
    }

    static PlanView view(Plan plan, PlanViewer viewer, List<Ratification> ratifications, int newestNumber) {
        boolean ratifiedByViewer = ratifications.stream()
                .anyMatch(r -> r.planId().equals(plan.id) && r.organizationId().equals(viewer.organizationId()));
        return new PlanView(plan.id.toString(), plan.number, plan.status, plan.revision, plan.amendmentReason, plan.nextReviewOn,
                plan.createdAt,
                viewer.steers() && plan.editable(),
                viewer.sponsors() && plan.status == PlanStatus.DRAFT,
                viewer.sponsors() && plan.status == PlanStatus.PROPOSED && !ratifiedByViewer,
                viewer.steers() && plan.status == PlanStatus.RATIFIED && plan.number == newestNumber,
                plan.partnershipId, viewer);
    }

    // ------------------------------------------------------------------------------------ the tree

    public Uni<List<List<ObjectiveView>>> objectives(List<PlanView> parents) {
        return db.read(() -> plans.objectives(idsOf(parents, PlanView::uuid)))
                .map(rows -> group(parents, PlanView::uuid, rows, o -> o.planId,
                        (plan, o) -> new ObjectiveView(o.id.toString(), o.title, o.description, o.version, plan.partnershipId(), plan.status(), plan.viewer())));
    }

    public Uni<List<List<KeyResultView>>> keyResults(List<ObjectiveView> parents) {
        return db.read(() -> plans.keyResultsOfObjectives(idsOf(parents, o -> UUID.fromString(o.id()))))
                .map(rows -> group(parents, o -> UUID.fromString(o.id()), rows, k -> k.objectiveId,
                        (objective, k) -> keyResultView(k, objective.partnershipId())));
    }

    static KeyResultView keyResultView(KeyResult k, UUID partnershipId) {
        return new KeyResultView(k.id.toString(), k.title, k.baseline, k.target, k.unit, k.version, k.lineage, partnershipId, k.metricId);
    }

    public Uni<List<List<CheckInView>>> checkIns(List<KeyResultView> parents, int last) {
        Set<UUID> lineages = parents.stream().map(KeyResultView::lineage).collect(Collectors.toSet());
        return db.read(() -> plans.latestCheckIns(lineages, Math.max(0, Math.min(last, 100)))
                .chain(rows -> checkInViews(rows)
                        .map(views -> parents.stream()
                                .map(k -> rows.stream().filter(c -> c.keyResultLineage.equals(k.lineage())).map(c -> views.get(c.id)).toList())
                                .toList())));
    }

    Uni<Map<UUID, CheckInView>> checkInViews(List<CheckIn> rows) {
        Set<UUID> orgIds = rows.stream().map(c -> c.organizationId).collect(Collectors.toSet());
        Set<String> emails = rows.stream().map(c -> c.byEmail).filter(Objects::nonNull).collect(Collectors.toSet());
        return organizations.byIdsInSession(orgIds)
                .chain(orgs -> directory.viewsOf(emails)
                        .map(people -> rows.stream().collect(Collectors.toMap(c -> c.id, c -> new CheckInView(c.id.toString(), c.value,
                                c.confidence, c.comment, OrganizationView.of(orgs.get(c.organizationId)),
                                c.byEmail == null ? null : people.get(c.byEmail), c.at)))));
    }

    /** Each accepted party's latest confidence in each key result, side by side. */
    public Uni<List<List<PartyConfidenceView>>> confidence(List<KeyResultView> parents) {
        Set<UUID> lineages = parents.stream().map(KeyResultView::lineage).collect(Collectors.toSet());
        Set<UUID> partnershipIds = parents.stream().map(KeyResultView::partnershipId).collect(Collectors.toSet());
        return db.read(() -> plans.latestConfidence(lineages)
                .chain(latest -> parties.ofPartnerships(partnershipIds)
                        .chain(partyRows -> organizations.byIdsInSession(partyRows.stream().map(p -> p.organizationId).collect(Collectors.toSet()))
                                .map(orgs -> parents.stream().map(k -> partyRows.stream()
                                        .filter(p -> p.partnershipId.equals(k.partnershipId()) && p.accepted())
                                        .map(p -> {
                                            CheckIn last = latest.stream()
                                                    .filter(c -> c.keyResultLineage.equals(k.lineage()) && c.organizationId.equals(p.organizationId))
                                                    .findFirst().orElse(null);
                                            return new PartyConfidenceView(OrganizationView.of(orgs.get(p.organizationId)),
                                                    last == null ? null : last.confidence, last == null ? null : last.at);
                                        }).toList()).toList()))));
    }

    /** Highest minus lowest of the parties' latest confidence; null until two parties have checked in. */
    public Uni<List<Integer>> confidenceGap(List<KeyResultView> parents) {
        return confidence(parents).map(lists -> lists.stream().map(list -> {
            List<Integer> values = list.stream().map(PartyConfidenceView::confidence).filter(Objects::nonNull).toList();
            return values.size() < 2 ? null : values.stream().max(Integer::compare).get() - values.stream().min(Integer::compare).get();
        }).toList());
    }

    public Uni<List<List<WorkstreamView>>> workstreams(List<PlanView> parents) {
        return db.read(() -> plans.workstreams(idsOf(parents, PlanView::uuid))
                .chain(rows -> plans.leads(rows.stream().map(w -> w.id).toList())
                        .map(leads -> group(parents, PlanView::uuid, rows, w -> w.planId, (plan, w) -> {
                            boolean leadsIt = viewerAmong(plan.viewer(), leads, w.id);
                            return new WorkstreamView(w.id.toString(), w.name, w.version,
                                    plan.status() != null && editable(plan.status()) && (plan.viewer().steers() || leadsIt),
                                    plan.status(), plan.viewer(), leadsIt);
                        }))));
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

    static DeliverableView deliverableView(Deliverable d, PlanStatus planStatus, PlanViewer viewer, boolean leads, boolean owns) {
        boolean canEdit = editable(planStatus) && (viewer.steers() || leads);
        boolean canUpdate = planStatus != PlanStatus.SUPERSEDED && viewer.accepted() && (viewer.steers() || leads || owns);
        return new DeliverableView(d.id.toString(), d.title, d.definitionOfDone == null ? "" : d.definitionOfDone, d.dueOn, d.status,
                d.milestone, d.version, canEdit, canUpdate, d.planId, planStatus, viewer);
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
                                        .map(leads -> {
                                            Map<UUID, PlanContent> contents = new HashMap<>();
                                            for (UUID planId : planIds) {
                                                contents.put(planId, new PlanContent(null, List.of(), List.of(), List.of(), List.of(),
                                                        deliverables.stream().filter(d -> d.planId.equals(planId)).toList(), List.of(),
                                                        dependencies, List.of()));
                                            }
                                            return parents.stream().map(parent -> {
                                                PlanContent content = contents.get(parent.planId());
                                                Map<UUID, Deliverable> byId = content.deliverablesById();
                                                return relation.of(content, parent).stream().map(byId::get).filter(Objects::nonNull)
                                                        .map(d -> deliverableView(d, parent.planStatus(), parent.viewer(),
                                                                viewerAmong(parent.viewer(), leads, d.workstreamId), viewerAmong(parent.viewer(), owners, d.id)))
                                                        .toList();
                                            }).toList();
                                        })))));
    }

    public Uni<List<List<RiskView>>> risks(List<PlanView> parents) {
        return db.read(() -> plans.risks(idsOf(parents, PlanView::uuid)))
                .map(rows -> group(parents, PlanView::uuid, rows, r -> r.planId, (plan, r) -> riskView(r, plan)));
    }

    static RiskView riskView(Risk r, PlanView plan) {
        return new RiskView(r.id.toString(), r.title, r.probability, r.impact, r.score(), r.mitigation, r.version, r.ownerEmail,
                r.deliverableId, r.keyResultId, plan.partnershipId(), plan.status(), plan.viewer());
    }

    /** The 5 × 5 grid, every cell present, highest probability first. */
    public Uni<List<List<HeatCellView>>> heatMaps(List<PlanView> parents) {
        return risks(parents).map(lists -> lists.stream().map(risks -> {
            List<HeatCellView> cells = new ArrayList<>(25);
            for (int probability = 5; probability >= 1; probability--) {
                for (int impact = 1; impact <= 5; impact++) {
                    int p = probability;
                    int i = impact;
                    cells.add(new HeatCellView(p, i, p * i, risks.stream().filter(r -> r.probability() == p && r.impact() == i).toList()));
                }
            }
            return cells;
        }).toList());
    }

    public Uni<List<PersonView>> riskOwners(List<RiskView> parents) {
        return db.read(() -> directory.viewsOf(parents.stream().map(RiskView::ownerEmail).filter(Objects::nonNull).toList()))
                .map(people -> parents.stream().map(r -> r.ownerEmail() == null ? null : people.get(r.ownerEmail())).toList());
    }

    public Uni<List<DeliverableView>> riskDeliverables(List<RiskView> parents) {
        Set<UUID> ids = parents.stream().map(RiskView::deliverableId).filter(Objects::nonNull).collect(Collectors.toSet());
        return db.read(() -> plans.deliverablesByIds(ids))
                .map(rows -> {
                    Map<UUID, Deliverable> byId = rows.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
                    return parents.stream().map(r -> {
                        Deliverable d = r.deliverableId() == null ? null : byId.get(r.deliverableId());
                        return d == null ? null : deliverableView(d, r.planStatus(), r.viewer(), false, false);
                    }).toList();
                });
    }

    public Uni<List<KeyResultView>> riskKeyResults(List<RiskView> parents) {
        Set<UUID> ids = parents.stream().map(RiskView::keyResultId).filter(Objects::nonNull).collect(Collectors.toSet());
        return db.read(() -> plans.keyResultsByIds(ids))
                .map(rows -> {
                    Map<UUID, KeyResult> byId = rows.stream().collect(Collectors.toMap(k -> k.id, Function.identity()));
                    return parents.stream().map(r -> {
                        KeyResult k = r.keyResultId() == null ? null : byId.get(r.keyResultId());
                        return k == null ? null : keyResultView(k, r.partnershipId());
                    }).toList();
                });
    }

    // ------------------------------------------------------------------------------------ plan-wide

    /** One row per accepted party: whether (and by whom, when) it ratified that version. */
    public Uni<List<List<RatificationView>>> ratifications(List<PlanView> parents) {
        Set<UUID> partnershipIds = parents.stream().map(PlanView::partnershipId).collect(Collectors.toSet());
        return db.read(() -> plans.ratifications(idsOf(parents, PlanView::uuid))
                .chain(ratified -> parties.ofPartnerships(partnershipIds)
                        .chain(partyRows -> organizations.byIdsInSession(partyRows.stream().map(p -> p.organizationId).collect(Collectors.toSet()))
                                .chain(orgs -> directory.viewsOf(ratified.stream().map(Ratification::email).filter(Objects::nonNull).toList())
                                        .map(people -> parents.stream().map(plan -> partyRows.stream()
                                                .filter(p -> p.partnershipId.equals(plan.partnershipId()) && p.accepted())
                                                .map(p -> {
                                                    Ratification r = ratified.stream()
                                                            .filter(x -> x.planId().equals(plan.uuid()) && x.organizationId().equals(p.organizationId))
                                                            .findFirst().orElse(null);
                                                    return new RatificationView(OrganizationView.of(orgs.get(p.organizationId)), r != null,
                                                            r == null || r.email() == null ? null : people.get(r.email()), r == null ? null : r.at());
                                                }).toList()).toList())))));
    }

    public Uni<List<List<WarningView>>> warnings(List<PlanView> parents) {
        Set<UUID> partnershipIds = parents.stream().map(PlanView::partnershipId).collect(Collectors.toSet());
        return db.read(() -> contents(idsOf(parents, PlanView::uuid))
                .chain(contents -> parties.ofPartnerships(partnershipIds)
                        .chain(partyRows -> organizations.byIdsInSession(partyRows.stream().map(p -> p.organizationId).collect(Collectors.toSet()))
                                .map(orgs -> parents.stream().map(plan -> {
                                    List<UUID> accepted = partyRows.stream()
                                            .filter(p -> p.partnershipId.equals(plan.partnershipId()) && p.accepted())
                                            .map(p -> p.organizationId).toList();
                                    return PlanRules.warnings(contents.get(plan.uuid()), accepted, names(orgs));
                                }).toList()))));
    }

    static Map<UUID, String> names(Map<UUID, Organization> orgs) {
        Map<UUID, String> names = new HashMap<>();
        orgs.forEach((id, o) -> names.put(id, o.name));
        return names;
    }

    /** Whole plan versions, within the current session: nine statements for any number of versions. */
    Uni<Map<UUID, PlanContent>> contents(Collection<UUID> planIds) {
        return Plan.<Plan>list("id in ?1", planIds)
                .chain(planRows -> plans.objectives(planIds)
                .chain(objectives -> plans.keyResults(planIds)
                .chain(keyResults -> plans.workstreams(planIds)
                .chain(workstreams -> plans.leads(workstreams.stream().map(w -> w.id).toList())
                .chain(leads -> plans.deliverables(planIds)
                .chain(deliverables -> plans.owners(deliverables.stream().map(d -> d.id).toList())
                .chain(owners -> plans.dependencies(planIds)
                .chain(dependencies -> plans.risks(planIds)
                .map(risks -> {
                    Map<UUID, PlanContent> result = new HashMap<>();
                    for (Plan plan : planRows) {
                        Set<UUID> deliverableIds = deliverables.stream().filter(d -> d.planId.equals(plan.id)).map(d -> d.id).collect(Collectors.toSet());
                        Set<UUID> workstreamIds = workstreams.stream().filter(w -> w.planId.equals(plan.id)).map(w -> w.id).collect(Collectors.toSet());
                        result.put(plan.id, new PlanContent(plan,
                                objectives.stream().filter(o -> o.planId.equals(plan.id)).toList(),
                                keyResults.stream().filter(k -> k.planId.equals(plan.id)).toList(),
                                workstreams.stream().filter(w -> w.planId.equals(plan.id)).toList(),
                                leads.stream().filter(l -> workstreamIds.contains(l.itemId())).toList(),
                                deliverables.stream().filter(d -> d.planId.equals(plan.id)).toList(),
                                owners.stream().filter(o -> deliverableIds.contains(o.itemId())).toList(),
                                dependencies.stream().filter(d -> deliverableIds.contains(d.deliverableId())).toList(),
                                risks.stream().filter(r -> r.planId.equals(plan.id)).toList()));
                    }
                    return result;
                })))))))));
    }

    // ------------------------------------------------------------------------------------ helpers

    static boolean editable(PlanStatus status) {
        return status == PlanStatus.DRAFT || status == PlanStatus.PROPOSED;
    }

    private static boolean viewerAmong(PlanViewer viewer, List<Assignee> assignees, UUID itemId) {
        return viewer.email() != null && assignees.stream().anyMatch(a -> a.itemId().equals(itemId) && a.email().equals(viewer.email()));
    }

    private static <P> Set<UUID> idsOf(List<P> parents, Function<P, UUID> id) {
        return parents.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private interface Mapper<P, R, V> {
        V map(P parent, R row);
    }

    /** Groups rows under their parents, in parent order and row order. */
    private static <P, R, V> List<List<V>> group(List<P> parents, Function<P, UUID> parentId, List<R> rows, Function<R, UUID> rowParent,
            Mapper<P, R, V> mapper) {
        Map<UUID, List<R>> byParent = new HashMap<>();
        rows.forEach(r -> byParent.computeIfAbsent(rowParent.apply(r), k -> new ArrayList<>()).add(r));
        return parents.stream()
                .map(p -> byParent.getOrDefault(parentId.apply(p), List.of()).stream().map(r -> mapper.map(p, r)).toList())
                .toList();
    }
}
