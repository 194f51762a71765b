package dev.tandem.plan;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.GUS;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The Joint Execution Plan over GraphQL, with real tokens of both partners and of an outsider. */
@QuarkusTest
class PlanTest {

    static final String PLAN_FIELDS = """
            id version status revision amendmentReason viewerCanEdit viewerCanPropose viewerCanRatify viewerCanAmend
            ratifications { organization { slug } ratified by { email } }
            warnings { code subjectId }
            objectives { id title version keyResults { id title version confidence { organization { slug } confidence } confidenceGap
                         checkIns { confidence organization { slug } } plan { revision } } }
            workstreams { id name version viewerCanEdit leads { email }
                          deliverables { id title dueOn status milestone version viewerCanEdit viewerCanUpdateStatus owners { email }
                                         dependsOn { title } criticalPath { title } plan { status } } }
            risks { id title score owner { email } }
            riskHeatMap { probability impact risks { title } }
            """;

    static final String PLANS = "query($id: ID!) { partnership(id: $id) { currentPlan { id version status } plans { " + PLAN_FIELDS + " } } }";

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    /** A partnership of Acme and Globex (both accepted) with its generated draft plan; returns [partnershipId, planId]. */
    static String[] partnership(String model) {
        String id = as(ALICE).ok("""
                mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }""",
                Map.of("input", Map.of("name", "Plan " + UUID.randomUUID(), "governanceModel", model, "invite", List.of("globex"),
                        "startsOn", "2027-03-01"))).getString("data.createPartnership.id");
        as(GRACE).ok("mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id } }", Map.of("id", id));
        return new String[] {id, plan(ALICE, id).getString("id")};
    }

    /** The newest version as {@code email} sees it. */
    static JsonPath plan(String email, String partnershipId) {
        return as(email).ok(PLANS, Map.of("id", partnershipId)).setRootPath("data.partnership.plans[0]");
    }

    static JsonPath mutate(String email, String mutation, Map<String, ?> input) {
        return as(email).ok("mutation($input: " + inputType(mutation) + "!) { " + mutation + "(input: $input) { id } }", Map.of("input", input));
    }

    static String inputType(String mutation) {
        return switch (mutation) {
            case "proposePlan", "ratifyPlan" -> "PlanRevisionInput";
            case "removePlanItem" -> "RemovePlanItemInput";
            case "checkInKeyResult" -> "CheckInInput";
            case "setDeliverableStatus" -> "SetDeliverableStatusInput";
            default -> Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        };
    }

    /** Gives every deliverable of the newest version an owner of each party. */
    static void ownEverything(String partnershipId) {
        JsonPath plan = plan(ALICE, partnershipId);
        List<Map<String, Object>> deliverables = plan.getList("workstreams.deliverables.flatten()");
        for (Map<String, Object> d : deliverables) {
            mutate(ALICE, "updateDeliverable", Map.of("id", d.get("id"), "version", d.get("version"), "owners", List.of(ALICE, GRACE)));
        }
    }

    static void proposeAndRatify(String partnershipId) {
        JsonPath plan = plan(ALICE, partnershipId);
        mutate(ALICE, "proposePlan", Map.of("planId", plan.getString("id"), "revision", plan.getInt("revision")));
        int revision = plan(ALICE, partnershipId).getInt("revision");
        mutate(ALICE, "ratifyPlan", Map.of("planId", plan.getString("id"), "revision", revision));
        mutate(GRACE, "ratifyPlan", Map.of("planId", plan.getString("id"), "revision", revision));
    }

    // ------------------------------------------------------------------------------------ launch plan

    @Test
    void aPartnershipShowsOneVersionByIdOrItsCurrentOneAndNeverAnotherPartnershipsVersion() {
        String[] mine = partnership("LIGHTWEIGHT_ALLIANCE");
        String[] other = partnership("LIGHTWEIGHT_ALLIANCE");
        String query = "query($id: ID!, $planId: ID) { partnership(id: $id) { plan(id: $planId) { id version objectives { title } } } }";
        assertEquals(mine[1], as(ALICE).ok(query, Map.of("id", mine[0])).getString("data.partnership.plan.id"), "without an id: the current one");
        assertEquals(mine[1], as(ALICE).ok(query, Map.of("id", mine[0], "planId", mine[1])).getString("data.partnership.plan.id"));
        assertNull(as(ALICE).ok(query, Map.of("id", mine[0], "planId", other[1])).get("data.partnership.plan"),
                "another partnership's version is not a version of this one");
        assertNull(as(ALICE).ok(query, Map.of("id", mine[0], "planId", "not-an-id")).get("data.partnership.plan"));
        assertNull(as(IAN).ok(query, Map.of("id", mine[0], "planId", mine[1])).get("data.partnership"), "an outsider sees no partnership");
    }

    @Test
    void newPartnershipStartsWithLaunchPlanFromItsGovernanceModel() {
        String[] ids = partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP");
        JsonPath plan = plan(ALICE, ids[0]);
        assertEquals(1, plan.getInt("version"));
        assertEquals("DRAFT", plan.getString("status"));
        assertEquals("Launch", plan.getString("workstreams[0].name"));
        List<String> titles = plan.getList("workstreams[0].deliverables.title");
        assertThat(titles).hasSize(10).startsWith("Kick-off and alignment workshop").endsWith("90-day review");
        assertEquals("2027-03-07", plan.getString("workstreams[0].deliverables[0].dueOn"), "week 1 ends six days after the start");
        assertEquals("2027-05-30", plan.getString("workstreams[0].deliverables[9].dueOn"), "week 13");
        assertEquals(List.of("Kick-off and alignment workshop"), plan.getList("workstreams[0].deliverables[1].dependsOn.title"));

        List<String> alliance = plan(ALICE, partnership("LIGHTWEIGHT_ALLIANCE")[0]).getList("workstreams[0].deliverables.title");
        List<String> venture = plan(ALICE, partnership("JOINT_VENTURE_LITE")[0]).getList("workstreams[0].deliverables.title");
        assertThat(alliance).hasSize(6).isNotEqualTo(titles);
        assertThat(venture).hasSize(9).contains("Decision-rights matrix agreed").isNotEqualTo(alliance);
    }

    @Test
    void milestoneCriticalPathFollowsItsPrerequisites() {
        JsonPath plan = plan(ALICE, partnership("LIGHTWEIGHT_ALLIANCE")[0]);
        List<Map<String, Object>> launch = plan.getList("workstreams[0].deliverables");
        Map<String, Object> announced = launch.stream().filter(d -> "Joint launch announced".equals(d.get("title"))).findFirst().orElseThrow();
        assertEquals(true, announced.get("milestone"));
        assertThat(((List<Map<String, Object>>) announced.get("criticalPath")).stream().map(d -> d.get("title")).toList())
                .containsExactly("Kick-off and one-page charter", "Alliance leads named", "First joint offer defined", "Joint launch announced");
    }

    // ------------------------------------------------------------------------------------ ratification

    @Test
    void everySponsorRatifiesTheSameRevisionBeforeThePlanIsRatified() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        JsonPath draft = plan(ALICE, ids[0]);
        JsonPath refused = as(ALICE).fails("VALIDATION", "mutation($input: PlanRevisionInput!) { proposePlan(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "revision", draft.getInt("revision"))));
        assertEquals("owners", refused.getString("errors[0].extensions.field"));

        ownEverything(ids[0]);
        JsonPath owned = plan(ALICE, ids[0]);
        assertTrue(owned.getBoolean("viewerCanPropose"));
        mutate(ALICE, "proposePlan", Map.of("planId", ids[1], "revision", owned.getInt("revision")));

        JsonPath proposed = plan(GRACE, ids[0]);
        assertEquals("PROPOSED", proposed.getString("status"));
        assertTrue(proposed.getBoolean("viewerCanRatify"));
        assertFalse(proposed.getBoolean("viewerCanPropose"));
        mutate(GRACE, "ratifyPlan", Map.of("planId", ids[1], "revision", proposed.getInt("revision")));
        JsonPath half = plan(ALICE, ids[0]);
        assertEquals("PROPOSED", half.getString("status"), "one party is not all parties");
        assertEquals(List.of(false, true), ratified(half, "acme", "globex"));

        mutate(ALICE, "ratifyPlan", Map.of("planId", ids[1], "revision", half.getInt("revision")));
        for (String sponsor : List.of(ALICE, GRACE)) {
            JsonPath ratified = plan(sponsor, ids[0]);
            assertEquals("RATIFIED", ratified.getString("status"));
            assertEquals(List.of(true, true), ratified(ratified, "acme", "globex"));
        }
        assertEquals("RATIFIED", as(GRACE).ok(PLANS, Map.of("id", ids[0])).getString("data.partnership.currentPlan.status"));
    }

    private static List<Boolean> ratified(JsonPath plan, String... slugs) {
        List<Map<String, Object>> rows = plan.getList("ratifications");
        return List.of(slugs).stream().map(slug -> rows.stream()
                .filter(r -> slug.equals(((Map<?, ?>) r.get("organization")).get("slug")))
                .map(r -> (Boolean) r.get("ratified")).findFirst().orElseThrow()).toList();
    }

    @Test
    void anEditAfterProposingVoidsTheRatificationsAndAStaleRevisionIsRefused() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        ownEverything(ids[0]);
        int revision = plan(ALICE, ids[0]).getInt("revision");
        mutate(ALICE, "proposePlan", Map.of("planId", ids[1], "revision", revision));
        int proposedRevision = plan(ALICE, ids[0]).getInt("revision");
        mutate(ALICE, "ratifyPlan", Map.of("planId", ids[1], "revision", proposedRevision));

        mutate(GRACE, "addObjective", Map.of("planId", ids[1], "title", "A late idea"));
        JsonPath back = plan(GRACE, ids[0]);
        assertEquals("DRAFT", back.getString("status"));
        assertEquals(List.of(false, false), ratified(back, "acme", "globex"));
        JsonPath stale = as(ALICE).fails("CONFLICT", "mutation($input: PlanRevisionInput!) { proposePlan(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "revision", proposedRevision)));
        assertEquals("revision", stale.getString("errors[0].extensions.field"));
    }

    @Test
    void aChangesAnswerBringsItsPlanVersionsNewRevisionStatusAndWarnings() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        ownEverything(ids[0]);
        int revision = plan(ALICE, ids[0]).getInt("revision");
        mutate(ALICE, "proposePlan", Map.of("planId", ids[1], "revision", revision));

        JsonPath added = as(GRACE).ok("""
                mutation($input: AddObjectiveInput!) { addObjective(input: $input) {
                  id plan { id status revision viewerCanPropose warnings { code subjectId } } } }""",
                Map.of("input", Map.of("planId", ids[1], "title", "A late idea"))).setRootPath("data.addObjective");
        JsonPath fresh = plan(GRACE, ids[0]);
        assertEquals(ids[1], added.getString("plan.id"));
        assertEquals("DRAFT", added.getString("plan.status"), "an edit sends a proposed version back to draft");
        assertEquals(fresh.getInt("revision"), added.getInt("plan.revision"));
        assertThat(added.getInt("plan.revision")).isGreaterThan(revision);
        assertThat(added.getList("plan.warnings.subjectId")).contains(added.getString("id"));

        JsonPath tree = as(GUS).ok("""
                query($id: ID!) { partnership(id: $id) { plans { id
                  objectives { plan { id viewerCanEdit } keyResults { plan { id } } }
                  workstreams { plan { id } deliverables { plan { id } } } risks { plan { id } } } } }""",
                Map.of("id", ids[0])).setRootPath("data.partnership.plans[0]");
        List<Object> planIds = new ArrayList<>();
        planIds.addAll(tree.getList("objectives.plan.id"));
        planIds.addAll(tree.getList("objectives.keyResults.flatten().plan.id"));
        planIds.addAll(tree.getList("workstreams.plan.id"));
        planIds.addAll(tree.getList("workstreams.deliverables.flatten().plan.id"));
        planIds.addAll(tree.getList("risks.plan.id"));
        assertThat(planIds).hasSizeGreaterThan(5).containsOnly(ids[1]);
        assertThat(tree.getList("objectives.plan.viewerCanEdit")).as("a viewer sees the version as a viewer").containsOnly(false);
    }

    @Test
    void onlySponsorsProposeAndRatify() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        ownEverything(ids[0]);
        int revision = plan(ALICE, ids[0]).getInt("revision");
        Map<String, Object> input = Map.of("input", Map.of("planId", ids[1], "revision", revision));
        String propose = "mutation($input: PlanRevisionInput!) { proposePlan(input: $input) { id } }";
        as(AARON).fails("FORBIDDEN", propose, input);
        as(GUS).fails("FORBIDDEN", propose, input);
        GraphQLClient.as(Tokens.integrator("acme")).fails("FORBIDDEN", propose, input);
        mutate(ALICE, "proposePlan", Map.of("planId", ids[1], "revision", revision));
        int proposed = plan(ALICE, ids[0]).getInt("revision");
        as(GUS).fails("FORBIDDEN", "mutation($input: PlanRevisionInput!) { ratifyPlan(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "revision", proposed)));
        assertEquals("PROPOSED", plan(ALICE, ids[0]).getString("status"));
    }

    // ------------------------------------------------------------------------------------ amendments and the diff

    @Test
    void aRatifiedPlanIsAmendedIntoTheNextDraftAndTheDiffShowsWhatChanged() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        mutate(ALICE, "addObjective", Map.of("planId", ids[1], "title", "Win the north", "description", "Customers in the north."));
        ownEverything(ids[0]);
        proposeAndRatify(ids[0]);
        JsonPath v1 = plan(ALICE, ids[0]);
        String objectiveId = v1.getString("objectives[0].id");

        JsonPath frozen = as(ALICE).fails("CONFLICT", "mutation($input: UpdateObjectiveInput!) { updateObjective(input: $input) { id } }",
                Map.of("input", Map.of("id", objectiveId, "version", v1.getInt("objectives[0].version"), "title", "Sneaky")));
        assertThat(frozen.getString("errors[0].message")).contains("amend");
        assertEquals("reason", as(ALICE).fails("VALIDATION", "mutation($input: AmendPlanInput!) { amendPlan(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "reason", "  "))).getString("errors[0].extensions.field"));

        JsonPath amended = as(ALICE).ok("mutation($input: AmendPlanInput!) { amendPlan(input: $input) { id version status amendmentReason } }",
                Map.of("input", Map.of("planId", ids[1], "reason", "Scotland joins")));
        String v2 = amended.getString("data.amendPlan.id");
        assertEquals(2, amended.getInt("data.amendPlan.version"));
        assertEquals("DRAFT", amended.getString("data.amendPlan.status"));
        assertEquals("Scotland joins", amended.getString("data.amendPlan.amendmentReason"));
        as(ALICE).fails("CONFLICT", "mutation($input: AmendPlanInput!) { amendPlan(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "reason", "Twice")));

        JsonPath draft = plan(ALICE, ids[0]);
        mutate(ALICE, "updateObjective", Map.of("id", draft.getString("objectives[0].id"), "version", draft.getInt("objectives[0].version"),
                "title", "Win the north and Scotland"));
        mutate(ALICE, "addObjective", Map.of("planId", v2, "title", "One support desk"));
        String firstLaunchStep = draft.getString("workstreams[0].deliverables[0].id");
        mutate(ALICE, "removePlanItem", Map.of("id", firstLaunchStep, "version", draft.getInt("workstreams[0].deliverables[0].version")));

        JsonPath both = as(GRACE).ok(PLANS, Map.of("id", ids[0]));
        assertEquals("RATIFIED", both.getString("data.partnership.currentPlan.status"), "version 1 stays in force while 2 is drafted");
        assertEquals(List.of(2, 1), both.getList("data.partnership.plans.version"));

        JsonPath diff = as(GRACE).ok("""
                query($from: ID!, $to: ID!) { planDiff(from: $from, to: $to) {
                  from { version } to { version } changes { kind itemType itemTitle fields { field from to } } } }""",
                Map.of("from", ids[1], "to", v2));
        List<Map<String, Object>> changes = diff.getList("data.planDiff.changes");
        assertThat(changes).anySatisfy(c -> {
            assertEquals("CHANGED", c.get("kind"));
            assertEquals("Objective", c.get("itemType"));
            assertEquals(List.of(Map.of("field", "title", "from", "Win the north", "to", "Win the north and Scotland")), c.get("fields"));
        });
        assertThat(changes).anySatisfy(c -> assertEquals(List.of("ADDED", "Objective", "One support desk"),
                List.of(c.get("kind"), c.get("itemType"), c.get("itemTitle"))));
        assertThat(changes).anySatisfy(c -> assertEquals(List.of("REMOVED", "Deliverable", "Kick-off and one-page charter"),
                List.of(c.get("kind"), c.get("itemType"), c.get("itemTitle"))));

        ownEverything(ids[0]);
        proposeAndRatify(ids[0]);
        JsonPath after = as(ALICE).ok(PLANS, Map.of("id", ids[0]));
        assertEquals(List.of("RATIFIED", "SUPERSEDED"), after.getList("data.partnership.plans.status"));
        assertEquals(2, after.getInt("data.partnership.currentPlan.version"));
    }

    // ------------------------------------------------------------------------------------ dependencies

    @Test
    void aCycleIsRefusedNamingIt() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        JsonPath plan = plan(ALICE, ids[0]);
        List<Map<String, Object>> launch = plan.getList("workstreams[0].deliverables");
        Map<String, Object> first = launch.get(0);
        Map<String, Object> third = launch.get(2);
        JsonPath refused = as(ALICE).fails("VALIDATION", "mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }",
                Map.of("input", Map.of("id", first.get("id"), "version", first.get("version"), "dependsOn", List.of(third.get("id")))));
        assertEquals("dependsOn", refused.getString("errors[0].extensions.field"));
        assertThat(refused.getString("errors[0].message"))
                .contains("Kick-off and one-page charter").contains("First joint offer defined").contains("Alliance leads named");
        assertThat(plan(ALICE, ids[0]).getList("workstreams[0].deliverables[0].dependsOn")).isEmpty();
    }

    @Test
    void aDeliverableIsNotDoneWhileItsPrerequisitesAreNot() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        JsonPath plan = plan(ALICE, ids[0]);
        Map<String, Object> second = plan.getMap("workstreams[0].deliverables[1]");
        JsonPath refused = as(ALICE).fails("VALIDATION", "mutation($input: SetDeliverableStatusInput!) { setDeliverableStatus(input: $input) { id } }",
                Map.of("input", Map.of("id", second.get("id"), "version", second.get("version"), "status", "DONE")));
        assertEquals("status", refused.getString("errors[0].extensions.field"));
        assertThat(refused.getString("errors[0].message")).contains("Kick-off and one-page charter");

        Map<String, Object> first = plan.getMap("workstreams[0].deliverables[0]");
        mutate(ALICE, "setDeliverableStatus", Map.of("id", first.get("id"), "version", first.get("version"), "status", "DONE"));
        mutate(ALICE, "setDeliverableStatus", Map.of("id", second.get("id"), "version", second.get("version"), "status", "DONE"));
        assertEquals(List.of("DONE", "DONE"), plan(GRACE, ids[0]).getList("workstreams[0].deliverables.status").subList(0, 2));
    }

    // ------------------------------------------------------------------------------------ who may do what

    @Test
    void leadsEditTheirOwnWorkstreamAndOwnersUpdateStatus() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        String mine = as(ALICE).ok("mutation($input: AddWorkstreamInput!) { addWorkstream(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "name", "Aaron's stream", "leads", List.of(AARON, GRACE)))).getString("data.addWorkstream.id");
        JsonPath plan = plan(AARON, ids[0]);
        List<Map<String, Object>> streams = plan.getList("workstreams");
        assertEquals(List.of(false, true), streams.stream().map(w -> w.get("viewerCanEdit")).toList(), "Aaron leads only his own stream");

        String deliverable = as(AARON).ok("mutation($input: AddDeliverableInput!) { addDeliverable(input: $input) { id } }",
                Map.of("input", Map.of("workstreamId", mine, "title", "Shared CRM fields", "definitionOfDone", "Both CRMs hold the same 12 fields.",
                        "owners", List.of(AARON, GUS)))).getString("data.addDeliverable.id");
        as(AARON).fails("FORBIDDEN", "mutation($input: AddDeliverableInput!) { addDeliverable(input: $input) { id } }",
                Map.of("input", Map.of("workstreamId", streams.get(0).get("id"), "title", "Not mine")));
        as(GUS).fails("FORBIDDEN", "mutation($input: AddDeliverableInput!) { addDeliverable(input: $input) { id } }",
                Map.of("input", Map.of("workstreamId", mine, "title", "Viewer")));

        Map<String, Object> added = plan(GUS, ids[0]).getList("workstreams[1].deliverables", Map.class).get(0);
        assertEquals(deliverable, added.get("id"));
        assertEquals(true, added.get("viewerCanUpdateStatus"), "Gus owns it");
        assertEquals(false, added.get("viewerCanEdit"));
        mutate(GUS, "setDeliverableStatus", Map.of("id", deliverable, "version", added.get("version"), "status", "ON_TRACK"));
        Map<String, Object> launchStep = plan(GUS, ids[0]).getMap("workstreams[0].deliverables[0]");
        as(GUS).fails("FORBIDDEN", "mutation($input: SetDeliverableStatusInput!) { setDeliverableStatus(input: $input) { id } }",
                Map.of("input", Map.of("id", launchStep.get("id"), "version", launchStep.get("version"), "status", "ON_TRACK")));
        GraphQLClient.as(Tokens.integrator("globex")).fails("FORBIDDEN",
                "mutation($input: SetDeliverableStatusInput!) { setDeliverableStatus(input: $input) { id } }",
                Map.of("input", Map.of("id", deliverable, "version", 1, "status", "DONE")));
        as(AARON).fails("FORBIDDEN", "mutation($input: AddObjectiveInput!) { addObjective(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "title", "Contributors do not shape objectives")));
    }

    @Test
    void ownersAndLeadsAreOnePersonPerParty() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        Map<String, Object> step = plan(ALICE, ids[0]).getMap("workstreams[0].deliverables[0]");
        String update = "mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }";
        assertEquals("owners", as(ALICE).fails("VALIDATION", update,
                Map.of("input", Map.of("id", step.get("id"), "version", step.get("version"), "owners", List.of(ALICE, AARON))))
                .getString("errors[0].extensions.field"));
        assertEquals("owners", as(ALICE).fails("VALIDATION", update,
                Map.of("input", Map.of("id", step.get("id"), "version", step.get("version"), "owners", List.of(IAN))))
                .getString("errors[0].extensions.field"));
        assertEquals("owners", as(ALICE).fails("VALIDATION", update,
                Map.of("input", Map.of("id", step.get("id"), "version", step.get("version"), "owners", List.of("not-an-email"))))
                .getString("errors[0].extensions.field"));
        assertThat(plan(ALICE, ids[0]).getList("workstreams[0].deliverables[0].owners")).isEmpty();
    }

    @Test
    void anAbsentFieldStaysAndOneSentAsNullIsCleared() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        Map<String, Object> step = plan(ALICE, ids[0]).getMap("workstreams[0].deliverables[0]");
        String update = "mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { dueOn title version } }";
        JsonPath renamed = as(ALICE).ok(update, Map.of("input", Map.of("id", step.get("id"), "version", step.get("version"), "title", "Kick-off")));
        assertEquals(step.get("dueOn"), renamed.getString("data.updateDeliverable.dueOn"), "absent: unchanged");
        Map<String, Object> clear = new HashMap<>(Map.of("id", step.get("id"), "version", renamed.getInt("data.updateDeliverable.version")));
        clear.put("dueOn", null);
        assertNull(as(ALICE).ok(update, Map.of("input", clear)).get("data.updateDeliverable.dueOn"), "null: cleared");
        assertEquals("Kick-off", plan(GRACE, ids[0]).getString("workstreams[0].deliverables[0].title"));
    }

    @Test
    void anEditOfOnlyLinksAnswersTheVersionTheNextEditNeeds() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        Map<String, Object> second = plan(ALICE, ids[0]).getMap("workstreams[0].deliverables[1]");
        String update = "mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { version dependsOn { title } } }";
        int version = (Integer) second.get("version");
        int unlinked = as(ALICE).ok(update, Map.of("input", Map.of("id", second.get("id"), "version", version, "dependsOn", List.of())))
                .getInt("data.updateDeliverable.version");
        assertThat(unlinked).isGreaterThan(version);
        assertEquals(unlinked, plan(GRACE, ids[0]).getInt("workstreams[0].deliverables[1].version"), "the answer is what a read gives");
        int owned = as(ALICE).ok(update, Map.of("input", Map.of("id", second.get("id"), "version", unlinked, "owners", List.of(ALICE, GRACE))))
                .getInt("data.updateDeliverable.version");
        assertThat(owned).isGreaterThan(unlinked);
        int renamed = as(ALICE).ok(update, Map.of("input", Map.of("id", second.get("id"), "version", owned, "title", "Renamed")))
                .getInt("data.updateDeliverable.version");
        assertEquals(renamed, plan(GRACE, ids[0]).getInt("workstreams[0].deliverables[1].version"));
        as(GRACE).fails("CONFLICT", update, Map.of("input", Map.of("id", second.get("id"), "version", owned, "dependsOn", List.of())));

        Map<String, Object> stream = plan(ALICE, ids[0]).getMap("workstreams[0]");
        String lead = "mutation($input: UpdateWorkstreamInput!) { updateWorkstream(input: $input) { version } }";
        int led = as(ALICE).ok(lead, Map.of("input", Map.of("id", stream.get("id"), "version", stream.get("version"), "leads", List.of(AARON, GRACE))))
                .getInt("data.updateWorkstream.version");
        assertThat(led).isGreaterThan((Integer) stream.get("version"));
        assertEquals(led, plan(GRACE, ids[0]).getInt("workstreams[0].version"));
        as(ALICE).ok(lead, Map.of("input", Map.of("id", stream.get("id"), "version", led, "name", "Launch, renamed")));
        assertThat(plan(GRACE, ids[0]).getList("workstreams[0].leads.email", String.class)).containsExactlyInAnyOrder(AARON, GRACE);
    }

    @Test
    void anInvalidDateNamesTheArgumentInPlainWords() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        Map<String, Object> step = plan(ALICE, ids[0]).getMap("workstreams[0].deliverables[0]");
        String update = "mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { version } }";
        for (String date : List.of("2027-02-30", "tomorrow")) {
            JsonPath refused = as(ALICE).fails("VALIDATION", update, Map.of("input", Map.of("id", step.get("id"), "version", step.get("version"), "dueOn", date)));
            assertEquals("input.dueOn", refused.getString("errors[0].extensions.field"), date);
            assertEquals("dueOn is not a valid date (YYYY-MM-DD).", refused.getString("errors[0].message"), date);
        }
        JsonPath literal = as(ALICE).fails("VALIDATION", "mutation { updateDeliverable(input: {id: \"" + step.get("id") + "\", version: "
                + step.get("version") + ", dueOn: \"2027-02-30\"}) { version } }");
        assertEquals("input.dueOn", literal.getString("errors[0].extensions.field"));
        assertEquals("dueOn is not a valid date (YYYY-MM-DD).", literal.getString("errors[0].message"));
        JsonPath review = as(ALICE).fails("VALIDATION", "mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "revision", 0, "nextReviewOn", "2027-13-01")));
        assertEquals("input.nextReviewOn", review.getString("errors[0].extensions.field"));
    }

    @Test
    void staleItemVersionIsAConflict() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        String objective = as(ALICE).ok("mutation($input: AddObjectiveInput!) { addObjective(input: $input) { id version } }",
                Map.of("input", Map.of("planId", ids[1], "title", "First"))).getString("data.addObjective.id");
        mutate(ALICE, "updateObjective", Map.of("id", objective, "version", 0, "title", "Second"));
        JsonPath stale = as(GRACE).fails("CONFLICT", "mutation($input: UpdateObjectiveInput!) { updateObjective(input: $input) { id } }",
                Map.of("input", Map.of("id", objective, "version", 0, "title", "Overwrite")));
        assertEquals("version", stale.getString("errors[0].extensions.field"));
        assertEquals("Second", plan(ALICE, ids[0]).getString("objectives[0].title"));
    }

    // ------------------------------------------------------------------------------------ key results, risks, warnings

    @Test
    void partiesCheckInWithTheirOwnConfidenceAndTheGapIsVisible() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        String objective = mutate(ALICE, "addObjective", Map.of("planId", ids[1], "title", "Grow")).getString("data.addObjective.id");
        String keyResult = mutate(ALICE, "addKeyResult", Map.of("objectiveId", objective, "title", "Orders", "baseline", 0, "target", 100))
                .getString("data.addKeyResult.id");
        mutate(ALICE, "checkInKeyResult", Map.of("keyResultId", keyResult, "value", 10, "confidence", 8, "comment", "Going well"));
        mutate(GRACE, "checkInKeyResult", Map.of("keyResultId", keyResult, "value", 10, "confidence", 3));
        JsonPath plan = plan(GUS, ids[0]);
        assertEquals(5, plan.getInt("objectives[0].keyResults[0].confidenceGap"));
        assertEquals(2, plan.getList("objectives[0].keyResults[0].checkIns").size());
        assertThat(plan.getList("objectives[0].keyResults[0].confidence.confidence")).containsExactlyInAnyOrder(8, 3);

        String checkIn = "mutation($input: CheckInInput!) { checkInKeyResult(input: $input) { id } }";
        assertEquals("confidence", as(ALICE).fails("VALIDATION", checkIn, Map.of("input", Map.of("keyResultId", keyResult, "confidence", 11)))
                .getString("errors[0].extensions.field"));
        as(GUS).fails("FORBIDDEN", checkIn, Map.of("input", Map.of("keyResultId", keyResult, "confidence", 5)));
        GraphQLClient.as(Tokens.integrator("acme")).fails("FORBIDDEN", checkIn, Map.of("input", Map.of("keyResultId", keyResult, "confidence", 5)));
    }

    @Test
    void risksScoreAndLandOnTheHeatMap() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        mutate(ALICE, "addRisk", Map.of("planId", ids[1], "title", "Capacity", "probability", 4, "impact", 5, "owner", GRACE));
        String addRisk = "mutation($input: AddRiskInput!) { addRisk(input: $input) { id } }";
        assertEquals("probability", as(ALICE).fails("VALIDATION", addRisk,
                Map.of("input", Map.of("planId", ids[1], "title", "Bad", "probability", 6, "impact", 1))).getString("errors[0].extensions.field"));
        assertEquals("owner", as(ALICE).fails("VALIDATION", addRisk,
                Map.of("input", Map.of("planId", ids[1], "title", "Bad", "probability", 1, "impact", 1, "owner", IAN))).getString("errors[0].extensions.field"));
        JsonPath plan = plan(GRACE, ids[0]);
        assertEquals(20, plan.getInt("risks[0].score"));
        assertEquals(GRACE, plan.getString("risks[0].owner.email"));
        List<Map<String, Object>> cells = plan.getList("riskHeatMap");
        assertEquals(25, cells.size());
        assertThat(cells).anySatisfy(c -> {
            assertEquals(List.of(4, 5), List.of(c.get("probability"), c.get("impact")));
            assertEquals(1, ((List<?>) c.get("risks")).size());
        });
        as(GUS).fails("FORBIDDEN", addRisk, Map.of("input", Map.of("planId", ids[1], "title", "Viewer", "probability", 1, "impact", 1)));
    }

    @Test
    void vaguePlansGetWarnings() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        String objective = mutate(ALICE, "addObjective", Map.of("planId", ids[1], "title", "Vague")).getString("data.addObjective.id");
        mutate(ALICE, "addKeyResult", Map.of("objectiveId", objective, "title", "Only one"));
        JsonPath plan = plan(ALICE, ids[0]);
        List<Map<String, Object>> warnings = plan.getList("warnings");
        assertThat(warnings).anySatisfy(w -> assertEquals(List.of("OBJECTIVE_TOO_FEW_KEY_RESULTS", objective), List.of(w.get("code"), w.get("subjectId"))));
        assertThat(warnings.stream().filter(w -> "DELIVERABLE_MISSING_OWNER".equals(w.get("code"))).count()).isEqualTo(6);
        ownEverything(ids[0]);
        assertThat(plan(ALICE, ids[0]).getList("warnings.code")).doesNotContain("DELIVERABLE_MISSING_OWNER");
    }

    // ------------------------------------------------------------------------------------ another partner's plan does not exist

    @Test
    void otherPartnerCannotSeeOrChangeThePlan() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        JsonPath plan = plan(ALICE, ids[0]);
        Map<String, Object> step = plan.getMap("workstreams[0].deliverables[0]");
        assertNull(as(IAN).ok("query($from: ID!, $to: ID!) { planDiff(from: $from, to: $to) { changes { kind } } }",
                Map.of("from", ids[1], "to", ids[1])).get("data.planDiff"));
        String missing = UUID.randomUUID().toString();
        JsonPath onPlan = as(IAN).fails("NOT_FOUND", "mutation($input: AddObjectiveInput!) { addObjective(input: $input) { id } }",
                Map.of("input", Map.of("planId", ids[1], "title", "Hijack")));
        JsonPath onMissingPlan = as(IAN).fails("NOT_FOUND", "mutation($input: AddObjectiveInput!) { addObjective(input: $input) { id } }",
                Map.of("input", Map.of("planId", missing, "title", "Hijack")));
        assertEquals(onMissingPlan.getString("errors[0].message"), onPlan.getString("errors[0].message"));
        JsonPath onItem = as(IAN).fails("NOT_FOUND", "mutation($input: SetDeliverableStatusInput!) { setDeliverableStatus(input: $input) { id } }",
                Map.of("input", Map.of("id", step.get("id"), "version", step.get("version"), "status", "DONE")));
        JsonPath onMissingItem = as(IAN).fails("NOT_FOUND", "mutation($input: RemovePlanItemInput!) { removePlanItem(input: $input) { id } }",
                Map.of("input", Map.of("id", missing, "version", 0)));
        assertEquals(onMissingItem.getString("errors[0].message"), onItem.getString("errors[0].message"));
        as(IAN).fails("NOT_FOUND", "mutation($input: RemovePlanItemInput!) { removePlanItem(input: $input) { id } }",
                Map.of("input", Map.of("id", step.get("id"), "version", step.get("version"))));
        assertEquals("NOT_STARTED", plan(ALICE, ids[0]).getString("workstreams[0].deliverables[0].status"));
        assertEquals(6, plan(ALICE, ids[0]).getList("workstreams[0].deliverables").size());
    }

    @Test
    void everyPlanChangeIsAudited() {
        String[] ids = partnership("LIGHTWEIGHT_ALLIANCE");
        mutate(ALICE, "addObjective", Map.of("planId", ids[1], "title", "Audited"));
        Map<String, Object> variables = new HashMap<>(Map.of("id", ids[0]));
        List<String> actions = as(GRACE).ok("query($id: ID!) { partnership(id: $id) { auditEvents(first: 5) { edges { node { action summary } } } } }",
                variables).getList("data.partnership.auditEvents.edges.node.action");
        assertThat(actions).contains("objective.added");
    }
}
