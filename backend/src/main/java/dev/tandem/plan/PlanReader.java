package dev.tandem.plan;

import static dev.tandem.plan.Batches.group;
import static dev.tandem.plan.Batches.idsOf;
import static dev.tandem.plan.PlanViewBuilder.deliverableView;
import static dev.tandem.plan.PlanViewBuilder.keyResultView;
import static dev.tandem.plan.PlanViewBuilder.riskView;
import static dev.tandem.plan.PlanViewBuilder.view;
import static dev.tandem.plan.PlanViewBuilder.viewerOf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import dev.tandem.partnership.PartnershipView;
import dev.tandem.partnership.PartyRepository;
import dev.tandem.person.PersonDirectory;
import dev.tandem.person.PersonView;
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
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the plan for the GraphQL fields: its versions, objectives, key results and check-ins, risks,
 * ratifications and warnings (DeliveryReader reads workstreams and deliverables). Every method takes the parents of one field across the whole
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
    private final PlanContents contents;

    public PlanReader(Db db, PlanRepository plans, PartyRepository parties, OrganizationService organizations, PersonDirectory directory,
            PlanContents contents) {
        this.db = db;
        this.plans = plans;
        this.parties = parties;
        this.organizations = organizations;
        this.directory = directory;
        this.contents = contents;
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

    /** The version with this id of each partnership, or its current one without an id; null where it has no such version. */
    public Uni<List<PlanView>> planOf(List<PartnershipView> partnerships, String planId, String viewerEmail) {
        if (planId == null) {
            return currentOf(partnerships, viewerEmail);
        }
        return plansOf(partnerships, viewerEmail).map(lists -> lists.stream()
                .map(versions -> versions.stream().filter(v -> v.id().equals(planId)).findFirst().orElse(null))
                .toList());
    }

    /** The version each plan item belongs to, as the item's viewer sees it: two statements whatever the number of items. */
    public <T> Uni<List<PlanView>> plansOfItems(List<T> items, Function<T, UUID> planId, Function<T, PlanViewer> viewer) {
        Set<UUID> ids = items.stream().map(planId).collect(Collectors.toSet());
        return db.read(() -> plans.siblingsOf(ids)
                .chain(rows -> plans.ratifications(ids)
                        .map(ratifications -> itemPlans(items, planId, viewer, rows, ratifications))));
    }

    private static <T> List<PlanView> itemPlans(List<T> items, Function<T, UUID> planId, Function<T, PlanViewer> viewer, List<Plan> rows,
            List<Ratification> ratifications) {
        Map<UUID, Plan> byId = rows.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, Integer> newest = rows.stream().collect(Collectors.toMap(p -> p.partnershipId, p -> p.number, Math::max));
        return items.stream().map(item -> {
            Plan plan = byId.get(planId.apply(item));
            return view(plan, viewer.apply(item), ratifications, newest.get(plan.partnershipId));
        }).toList();
    }

    /** A deliverable of a partnership's plan in force that is BLOCKED or AT_RISK, for governance agendas. */
    public record DeliverableAtRisk(UUID partnershipId, String id, String title, DeliverableStatus status) {
    }

    /** The BLOCKED and AT_RISK deliverables of each partnership's current version (the newest ratified, else the newest): two statements. */
    public Uni<List<DeliverableAtRisk>> deliverablesAtRisk(Collection<UUID> partnershipIds) {
        return db.read(() -> plans.ofPartnerships(partnershipIds).chain(rows -> {
            Map<UUID, Plan> current = new HashMap<>();
            for (Plan plan : rows) {   // newest first
                Plan seen = current.get(plan.partnershipId);
                if (seen == null || seen.status != PlanStatus.RATIFIED && plan.status == PlanStatus.RATIFIED) {
                    current.put(plan.partnershipId, plan);
                }
            }
            Map<UUID, UUID> partnershipOf = current.values().stream().collect(Collectors.toMap(p -> p.id, p -> p.partnershipId));
            return plans.deliverables(partnershipOf.keySet()).map(deliverables -> deliverables.stream()
                    .filter(d -> d.status == DeliverableStatus.BLOCKED || d.status == DeliverableStatus.AT_RISK)
                    .map(d -> new DeliverableAtRisk(partnershipOf.get(d.planId), d.id.toString(), d.title, d.status))
                    .toList());
        }));
    }

    // ------------------------------------------------------------------------------------ the tree

    public Uni<List<List<ObjectiveView>>> objectives(List<PlanView> parents) {
        return db.read(() -> plans.objectives(idsOf(parents, PlanView::uuid)))
                .map(rows -> group(parents, PlanView::uuid, rows, o -> o.planId,
                        (plan, o) -> new ObjectiveView(o.id.toString(), o.title, o.description, o.version, o.planId, plan.partnershipId(), plan.status(), plan.viewer())));
    }

    public Uni<List<List<KeyResultView>>> keyResults(List<ObjectiveView> parents) {
        return db.read(() -> plans.keyResultsOfObjectives(idsOf(parents, o -> UUID.fromString(o.id()))))
                .map(rows -> group(parents, o -> UUID.fromString(o.id()), rows, k -> k.objectiveId,
                        (objective, k) -> keyResultView(k, objective.partnershipId(), objective.viewer())));
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

    public Uni<List<List<RiskView>>> risks(List<PlanView> parents) {
        return db.read(() -> plans.risks(idsOf(parents, PlanView::uuid)))
                .map(rows -> group(parents, PlanView::uuid, rows, r -> r.planId, (plan, r) -> riskView(r, plan)));
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
                        return k == null ? null : keyResultView(k, r.partnershipId(), r.viewer());
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
        return db.read(() -> contents.load(idsOf(parents, PlanView::uuid))
                .chain(byPlan -> parties.ofPartnerships(partnershipIds)
                        .chain(partyRows -> organizations.byIdsInSession(partyRows.stream().map(p -> p.organizationId).collect(Collectors.toSet()))
                                .map(orgs -> parents.stream().map(plan -> {
                                    List<UUID> accepted = partyRows.stream()
                                            .filter(p -> p.partnershipId.equals(plan.partnershipId()) && p.accepted())
                                            .map(p -> p.organizationId).toList();
                                    return PlanRules.warnings(byPlan.get(plan.uuid()), accepted, names(orgs));
                                }).toList()))));
    }

    static Map<UUID, String> names(Map<UUID, Organization> orgs) {
        Map<UUID, String> names = new HashMap<>();
        orgs.forEach((id, o) -> names.put(id, o.name));
        return names;
    }
}
