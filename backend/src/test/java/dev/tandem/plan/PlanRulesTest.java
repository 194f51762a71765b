package dev.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRepository.Dependency;
import dev.tandem.plan.PlanViews.FieldChangeView;
import dev.tandem.plan.PlanViews.PlanChangeKind;
import dev.tandem.plan.PlanViews.PlanChangeView;
import dev.tandem.plan.PlanViews.WarningView;

/** The plan's pure rules without a database: dependency cycles, critical paths, warnings and the diff of two versions. */
class PlanRulesTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();
    private static final UUID X = UUID.randomUUID();

    @Nested
    class Cycles {

        @Test
        void anEmptyGraphHasNoCycle() {
            assertThat(PlanRules.findCycle(Map.of())).isEmpty();
        }

        @Test
        void aChainHasNoCycle() {
            assertThat(PlanRules.findCycle(graph(A, List.of(B), B, List.of(C)))).isEmpty();
        }

        @Test
        void aDiamondIsNotACycle() {
            // A needs B and C, both need D: D is reached twice, but never while it is still on the path
            assertThat(PlanRules.findCycle(graph(A, List.of(B, C), B, List.of(D), C, List.of(D)))).isEmpty();
        }

        @Test
        void aSelfDependencyIsACycleOfOne() {
            assertThat(PlanRules.findCycle(graph(A, List.of(A)))).contains(List.of(A, A));
        }

        @Test
        void aCycleOfThreeIsNamedInOrderWithTheFirstRepeatedAtTheEnd() {
            assertThat(PlanRules.findCycle(graph(A, List.of(B), B, List.of(C), C, List.of(A)))).contains(List.of(A, B, C, A));
        }

        @Test
        void aCycleReachedFromOutsideIsNamedWithoutTheWayIn() {
            // X leads into the loop A → B → A but is not part of it
            assertThat(PlanRules.findCycle(graph(X, List.of(A), A, List.of(B), B, List.of(A)))).contains(List.of(A, B, A));
        }

        @Test
        void aCycleBehindAnAcyclicBranchIsStillFound() {
            // A's first prerequisite B is a dead end; the loop is through its second, C → D → C
            assertThat(PlanRules.findCycle(graph(A, List.of(B, C), C, List.of(D), D, List.of(C)))).contains(List.of(C, D, C));
        }

        @Test
        void aPrerequisiteThatIsNoKeyOfTheGraphEndsThePath() {
            assertThat(PlanRules.findCycle(graph(A, List.of(X)))).isEmpty();
        }

        /** Keys in insertion order, so the node a search starts from is known. */
        private static Map<UUID, List<UUID>> graph(Object... keysAndPrerequisites) {
            Map<UUID, List<UUID>> graph = new LinkedHashMap<>();
            for (int i = 0; i < keysAndPrerequisites.length; i += 2) {
                @SuppressWarnings("unchecked")
                List<UUID> prerequisites = (List<UUID>) keysAndPrerequisites[i + 1];
                graph.put((UUID) keysAndPrerequisites[i], prerequisites);
            }
            return graph;
        }
    }

    @Nested
    class CriticalPath {

        private final Map<UUID, Deliverable> byId = new HashMap<>();
        private final Map<UUID, List<UUID>> prerequisites = new HashMap<>();

        @Test
        void aDeliverableWithoutPrerequisitesIsItsOwnPath() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            assertThat(path(launch)).containsExactly("Launch");
        }

        @Test
        void thePathStepsToThePrerequisiteDueLastAndReadsFirstToLast() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            Deliverable contract = deliverable("Contract", LocalDate.parse("2026-01-15"));
            Deliverable pilot = deliverable("Pilot", LocalDate.parse("2026-04-01"));
            Deliverable data = deliverable("Data", LocalDate.parse("2026-02-01"));
            needs(launch, contract, pilot);
            needs(pilot, data);
            assertThat(path(launch)).containsExactly("Data", "Pilot", "Launch");
        }

        @Test
        void aDayLaterIsLater() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            Deliverable march = deliverable("March", LocalDate.parse("2026-03-31"));
            Deliverable april = deliverable("April", LocalDate.parse("2026-04-01"));
            needs(launch, april, march);
            assertThat(path(launch)).containsExactly("April", "Launch");
        }

        @Test
        void anUndatedPrerequisiteCountsAsDueLast() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            Deliverable dated = deliverable("Dated", LocalDate.parse("2026-05-31"));
            Deliverable undated = deliverable("Undated", null);
            needs(launch, dated, undated);
            assertThat(path(launch)).containsExactly("Undated", "Launch");
        }

        @Test
        void aTieOnTheDueDateGoesToTheTitleLastInTheAlphabetWhateverTheOrderOfPrerequisites() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            Deliverable alpha = deliverable("Alpha", LocalDate.parse("2026-05-01"));
            Deliverable beta = deliverable("Beta", LocalDate.parse("2026-05-01"));
            needs(launch, alpha, beta);
            assertThat(path(launch)).containsExactly("Beta", "Launch");
            needs(launch, beta, alpha);
            assertThat(path(launch)).containsExactly("Beta", "Launch");
        }

        @Test
        void aTieBetweenUndatedPrerequisitesAlsoGoesByTitle() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            needs(launch, deliverable("Zulu", null), deliverable("Yankee", null));
            assertThat(path(launch)).containsExactly("Zulu", "Launch");
        }

        @Test
        void aPrerequisiteOutsideTheVersionIsSkipped() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            Deliverable known = deliverable("Known", LocalDate.parse("2026-01-01"));
            prerequisites.put(launch.id, List.of(UUID.randomUUID(), known.id));
            assertThat(path(launch)).containsExactly("Known", "Launch");
        }

        @Test
        void aCycleInStoredDataEndsThePathInsteadOfLoopingForever() {
            Deliverable launch = deliverable("Launch", LocalDate.parse("2026-06-01"));
            Deliverable pilot = deliverable("Pilot", LocalDate.parse("2026-04-01"));
            needs(launch, pilot);
            needs(pilot, launch);
            assertThat(path(launch)).containsExactly("Pilot", "Launch");
        }

        private Deliverable deliverable(String title, LocalDate dueOn) {
            Deliverable deliverable = new Deliverable();
            deliverable.id = UUID.randomUUID();
            deliverable.title = title;
            deliverable.dueOn = dueOn;
            byId.put(deliverable.id, deliverable);
            return deliverable;
        }

        private void needs(Deliverable deliverable, Deliverable... others) {
            prerequisites.put(deliverable.id, java.util.Arrays.stream(others).map(d -> d.id).toList());
        }

        private List<String> path(Deliverable target) {
            return PlanRules.criticalPath(target.id, byId, prerequisites).stream().map(id -> byId.get(id).title).toList();
        }
    }

    @Nested
    class Warnings {

        @Test
        void threeToFiveKeyResultsMakeAnObjectiveMeasurable() {
            Version version = new Version(1);
            Objective two = version.objective(UUID.randomUUID(), "Two");
            Objective three = version.objective(UUID.randomUUID(), "Three");
            Objective five = version.objective(UUID.randomUUID(), "Five");
            Objective six = version.objective(UUID.randomUUID(), "Six");
            Map<Objective, Integer> counts = Map.of(two, 2, three, 3, five, 5, six, 6);
            counts.forEach((objective, count) -> {
                for (int i = 0; i < count; i++) {
                    version.keyResult(UUID.randomUUID(), objective, objective.title + " " + i, "1");
                }
            });
            assertThat(PlanRules.warnings(version.content(), List.of(), Map.of()))
                    .extracting(WarningView::code, WarningView::subjectId)
                    .containsExactly(tuple("OBJECTIVE_TOO_FEW_KEY_RESULTS", two.id.toString()),
                            tuple("OBJECTIVE_TOO_MANY_KEY_RESULTS", six.id.toString()));
        }

        @Test
        void aDeliverableNamesEachPartyWithoutAnOwnerAndItsMissingDateAndDone() {
            UUID acme = UUID.randomUUID();
            UUID globex = UUID.randomUUID();
            UUID initech = UUID.randomUUID();
            Version version = new Version(1);
            Deliverable vague = version.deliverable(UUID.randomUUID(), "Vague", null);
            vague.definitionOfDone = "  ";
            version.owners.add(new Assignee(vague.id, acme, "ann@acme.example"));
            Deliverable clear = version.deliverable(UUID.randomUUID(), "Clear", LocalDate.parse("2026-01-01"));
            version.owners.add(new Assignee(clear.id, acme, "ann@acme.example"));
            version.owners.add(new Assignee(clear.id, globex, "bob@globex.example"));
            version.owners.add(new Assignee(clear.id, initech, "cy@initech.example"));
            List<WarningView> warnings = PlanRules.warnings(version.content(), List.of(acme, globex, initech),
                    Map.of(acme, "Acme", globex, "Globex"));
            assertThat(warnings).extracting(WarningView::code).containsExactly(
                    "DELIVERABLE_MISSING_OWNER", "DELIVERABLE_MISSING_DUE_DATE", "DELIVERABLE_MISSING_DEFINITION_OF_DONE");
            assertThat(warnings).allSatisfy(w -> assertThat(w.subjectId()).isEqualTo(vague.id.toString()));
            // names sorted; an organisation without a known name still counts
            assertThat(warnings.get(0).message()).isEqualTo("\"Vague\" has no owner of Globex, a party.");
        }
    }

    @Nested
    class Diff {

        private final Version from = new Version(1);
        private final Version to = new Version(2);

        @Test
        void twoVersionsWithTheSameContentHaveNoChangesThoughEveryIdDiffers() {
            UUID objective = UUID.randomUUID();
            UUID keyResult = UUID.randomUUID();
            UUID build = UUID.randomUUID();
            UUID launch = UUID.randomUUID();
            for (Version version : List.of(from, to)) {
                Objective o = version.objective(objective, "Grow");
                version.keyResult(keyResult, o, "Revenue", "10");
                Deliverable b = version.deliverable(build, "Build", LocalDate.parse("2026-03-01"));
                Deliverable l = version.deliverable(launch, "Launch", LocalDate.parse("2026-06-01"));
                version.dependencies.add(new Dependency(l.id, b.id));
                version.owners.add(new Assignee(l.id, UUID.randomUUID(), "ann@acme.example"));
            }
            assertThat(PlanRules.diff(from.content(), to.content())).isEmpty();
        }

        @Test
        void anItemRenamedKeepsItsLineageSoItIsChangedNotReplaced() {
            UUID lineage = UUID.randomUUID();
            from.objective(lineage, "Grow");
            to.objective(lineage, "Grow in Europe");
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(PlanChangeKind.CHANGED);
                assertThat(change.itemType()).isEqualTo("Objective");
                assertThat(change.itemTitle()).isEqualTo("Grow in Europe");
                assertThat(change.fields()).containsExactly(new FieldChangeView("title", "Grow", "Grow in Europe"));
            });
        }

        @Test
        void theSameTitleUnderANewLineageIsOneRemovedAndOneAdded() {
            from.objective(UUID.randomUUID(), "Grow");
            to.objective(UUID.randomUUID(), "Grow");
            assertThat(PlanRules.diff(from.content(), to.content()))
                    .extracting(PlanChangeView::kind, PlanChangeView::itemTitle)
                    .containsExactly(tuple(PlanChangeKind.ADDED, "Grow"), tuple(PlanChangeKind.REMOVED, "Grow"));
        }

        @Test
        void addedAndChangedItemsComeInTheNewVersionsOrderThenTheRemovedOnes() {
            UUID kept = UUID.randomUUID();
            UUID renamed = UUID.randomUUID();
            from.objective(UUID.randomUUID(), "Dropped");
            from.objective(kept, "Kept");
            from.objective(renamed, "Old name");
            to.objective(UUID.randomUUID(), "New");
            to.objective(renamed, "New name");
            to.objective(kept, "Kept");
            assertThat(PlanRules.diff(from.content(), to.content()))
                    .extracting(PlanChangeView::kind, PlanChangeView::itemTitle)
                    .containsExactly(tuple(PlanChangeKind.ADDED, "New"), tuple(PlanChangeKind.CHANGED, "New name"),
                            tuple(PlanChangeKind.REMOVED, "Dropped"));
        }

        @Test
        void typesComeInTheOrderOfThePlanPageAfterThePlanItself() {
            from.plan.nextReviewOn = LocalDate.parse("2026-03-31");
            to.plan.nextReviewOn = LocalDate.parse("2026-04-01");
            to.risk(UUID.randomUUID(), "Late", 2, 3);
            to.deliverable(UUID.randomUUID(), "Build", null);
            to.workstream(UUID.randomUUID(), "Sales");
            Objective objective = to.objective(UUID.randomUUID(), "Grow");
            to.keyResult(UUID.randomUUID(), objective, "Revenue", "10");
            List<PlanChangeView> changes = PlanRules.diff(from.content(), to.content());
            assertThat(changes).extracting(PlanChangeView::itemType)
                    .containsExactly("Plan", "Objective", "KeyResult", "Workstream", "Deliverable", "Risk");
            assertThat(changes.get(0).itemTitle()).isEqualTo("Version 2");
            assertThat(changes.get(0).fields()).containsExactly(new FieldChangeView("nextReviewOn", "2026-03-31", "2026-04-01"));
        }

        @Test
        void aNumberWrittenWithMoreZerosIsNoChangeButAnotherValueIs() {
            UUID objective = UUID.randomUUID();
            UUID same = UUID.randomUUID();
            UUID raised = UUID.randomUUID();
            Objective before = from.objective(objective, "Grow");
            Objective after = to.objective(objective, "Grow");
            from.keyResult(same, before, "Revenue", "5.0");
            to.keyResult(same, after, "Revenue", "5.00");
            from.keyResult(raised, before, "Margin", "10");
            to.keyResult(raised, after, "Margin", "12.5");
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement().satisfies(change -> {
                assertThat(change.itemTitle()).isEqualTo("Margin");
                assertThat(change.fields()).containsExactly(new FieldChangeView("target", "10", "12.5"));
            });
        }

        @Test
        void aKeyResultMovedToAnotherObjectiveNamesBothObjectives() {
            UUID grow = UUID.randomUUID();
            UUID keep = UUID.randomUUID();
            UUID revenue = UUID.randomUUID();
            from.objective(grow, "Grow");
            Objective keepBefore = from.objective(keep, "Keep");
            Objective growAfter = to.objective(grow, "Grow");
            to.objective(keep, "Keep");
            from.keyResult(revenue, keepBefore, "Revenue", "10");
            to.keyResult(revenue, growAfter, "Revenue", "10");
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement().satisfies(change -> {
                assertThat(change.itemType()).isEqualTo("KeyResult");
                assertThat(change.fields()).containsExactly(new FieldChangeView("objective", "Keep", "Grow"));
            });
        }

        @Test
        void renamingAnObjectiveIsNoChangeOfItsKeyResults() {
            UUID grow = UUID.randomUUID();
            UUID revenue = UUID.randomUUID();
            from.keyResult(revenue, from.objective(grow, "Grow"), "Revenue", "10");
            to.keyResult(revenue, to.objective(grow, "Grow in Europe"), "Revenue", "10");
            assertThat(PlanRules.diff(from.content(), to.content()))
                    .extracting(PlanChangeView::itemType, PlanChangeView::itemTitle)
                    .containsExactly(tuple("Objective", "Grow in Europe"));
        }

        @Test
        void aKeyResultMovedToAnotherObjectiveOfTheSameTitleIsAChange() {
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            UUID revenue = UUID.randomUUID();
            from.keyResult(revenue, from.objective(first, "Grow"), "Revenue", "10");
            from.objective(second, "Grow");
            to.objective(first, "Grow");
            to.keyResult(revenue, to.objective(second, "Grow"), "Revenue", "10");
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement()
                    .satisfies(change -> assertThat(change.fields()).containsExactly(new FieldChangeView("objective", "Grow", "Grow")));
        }

        @Test
        void renamingAPrerequisiteIsNoChangeOfTheDeliverablesThatNeedIt() {
            UUID build = UUID.randomUUID();
            UUID launch = UUID.randomUUID();
            Deliverable buildBefore = from.deliverable(build, "Build", null);
            from.dependencies.add(new Dependency(from.deliverable(launch, "Launch", null).id, buildBefore.id));
            Deliverable buildAfter = to.deliverable(build, "Build the product", null);
            buildAfter.definitionOfDone = buildBefore.definitionOfDone;
            to.dependencies.add(new Dependency(to.deliverable(launch, "Launch", null).id, buildAfter.id));
            assertThat(PlanRules.diff(from.content(), to.content()))
                    .extracting(PlanChangeView::itemType, PlanChangeView::itemTitle)
                    .containsExactly(tuple("Deliverable", "Build the product"));
        }

        @Test
        void aDeliverablesOwnersAndPrerequisitesAreComparedByEmailAndTitle() {
            UUID build = UUID.randomUUID();
            UUID test = UUID.randomUUID();
            UUID launch = UUID.randomUUID();
            UUID acme = UUID.randomUUID();
            UUID globex = UUID.randomUUID();
            Deliverable buildBefore = from.deliverable(build, "Build", null);
            from.deliverable(test, "Test", null);
            Deliverable launchBefore = from.deliverable(launch, "Launch", null);
            from.dependencies.add(new Dependency(launchBefore.id, buildBefore.id));
            from.owners.add(new Assignee(launchBefore.id, acme, "ann@acme.example"));
            Deliverable buildAfter = to.deliverable(build, "Build", null);
            Deliverable testAfter = to.deliverable(test, "Test", null);
            Deliverable launchAfter = to.deliverable(launch, "Launch", null);
            to.dependencies.add(new Dependency(launchAfter.id, testAfter.id));
            to.dependencies.add(new Dependency(launchAfter.id, buildAfter.id));
            to.owners.add(new Assignee(launchAfter.id, globex, "bob@globex.example"));
            to.owners.add(new Assignee(launchAfter.id, acme, "ann@acme.example"));
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement().satisfies(change -> {
                assertThat(change.itemTitle()).isEqualTo("Launch");
                assertThat(change.fields()).containsExactly(
                        new FieldChangeView("owners", "ann@acme.example", "ann@acme.example, bob@globex.example"),
                        new FieldChangeView("dependsOn", "Build", "Build, Test"));
            });
        }

        @Test
        void clearingAFieldIsAChangeToNothing() {
            UUID lineage = UUID.randomUUID();
            from.deliverable(lineage, "Build", LocalDate.parse("2026-01-31")).milestone = true;
            to.deliverable(lineage, "Build", null).milestone = true;
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement()
                    .satisfies(change -> assertThat(change.fields()).containsExactly(new FieldChangeView("dueOn", "2026-01-31", null)));
        }

        @Test
        void aRisksScoreInputsAndOwnerAreCompared() {
            UUID lineage = UUID.randomUUID();
            from.risk(lineage, "Late", 2, 3);
            Risk after = to.risk(lineage, "Late", 4, 3);
            after.ownerEmail = "ann@acme.example";
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement()
                    .satisfies(change -> assertThat(change.fields()).containsExactly(
                            new FieldChangeView("probability", "2", "4"), new FieldChangeView("owner", null, "ann@acme.example")));
        }

        @Test
        void aWorkstreamsLeadsAreCompared() {
            UUID lineage = UUID.randomUUID();
            from.workstream(lineage, "Sales");
            Workstream after = to.workstream(lineage, "Sales");
            to.leads.add(new Assignee(after.id, UUID.randomUUID(), "ann@acme.example"));
            assertThat(PlanRules.diff(from.content(), to.content())).singleElement()
                    .satisfies(change -> assertThat(change.fields()).containsExactly(new FieldChangeView("leads", null, "ann@acme.example")));
        }
    }

    /** One plan version built in memory, every item with a fresh id as an amendment's copy has. */
    private static final class Version {

        final Plan plan = new Plan();
        final List<Objective> objectives = new ArrayList<>();
        final List<KeyResult> keyResults = new ArrayList<>();
        final List<Workstream> workstreams = new ArrayList<>();
        final List<Assignee> leads = new ArrayList<>();
        final List<Deliverable> deliverables = new ArrayList<>();
        final List<Assignee> owners = new ArrayList<>();
        final List<Dependency> dependencies = new ArrayList<>();
        final List<Risk> risks = new ArrayList<>();

        Version(int number) {
            plan.id = UUID.randomUUID();
            plan.number = number;
        }

        PlanContent content() {
            return new PlanContent(plan, objectives, keyResults, workstreams, leads, deliverables, owners, dependencies, risks);
        }

        Objective objective(UUID lineage, String title) {
            Objective objective = item(new Objective(), lineage);
            objective.title = title;
            objectives.add(objective);
            return objective;
        }

        KeyResult keyResult(UUID lineage, Objective objective, String title, String target) {
            KeyResult keyResult = item(new KeyResult(), lineage);
            keyResult.objectiveId = objective.id;
            keyResult.title = title;
            keyResult.target = new BigDecimal(target);
            keyResults.add(keyResult);
            return keyResult;
        }

        Workstream workstream(UUID lineage, String name) {
            Workstream workstream = item(new Workstream(), lineage);
            workstream.name = name;
            workstreams.add(workstream);
            return workstream;
        }

        Deliverable deliverable(UUID lineage, String title, LocalDate dueOn) {
            Deliverable deliverable = item(new Deliverable(), lineage);
            deliverable.title = title;
            deliverable.dueOn = dueOn;
            deliverable.definitionOfDone = title + " is done.";
            deliverables.add(deliverable);
            return deliverable;
        }

        Risk risk(UUID lineage, String title, int probability, int impact) {
            Risk risk = item(new Risk(), lineage);
            risk.title = title;
            risk.probability = probability;
            risk.impact = impact;
            risks.add(risk);
            return risk;
        }

        private <T extends PlanItem> T item(T item, UUID lineage) {
            item.id = UUID.randomUUID();
            item.planId = plan.id;
            item.lineage = lineage;
            return item;
        }
    }
}
