package dev.tandem.governance;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.GUS;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** What meetings record, with real tokens of both partners: minutes freeze the agenda, decisions need every accountable party, action items. */
@QuarkusTest
class MeetingRecordsTest {

    static final String MEETING = """
            query($id: ID!) { partnership(id: $id) { meetings(first: 100) { edges { node { id tier title version minutes
              agenda { kind title } attendees { email } missingDecisionMakers { slug }
              decisions { title type decidedBy { email } } actionItems { id title done overdue version owner { email } } } } } } }""";

    @Inject
    DataSource dataSource;

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    static Map<String, Object> steering(String email, String partnershipId) {
        List<Map<String, Object>> nodes = as(email).ok(MEETING, Map.of("id", partnershipId)).getList("data.partnership.meetings.edges.node");
        return nodes.stream().filter(n -> "STEERING".equals(n.get("tier"))).findFirst().orElseThrow();
    }

    @Test
    void minutesFreezeTheAgendaAndFlagAPartyWithoutADecisionMaker() {
        String id = GovernanceTest.partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", LocalDate.now(ZoneOffset.UTC).minusDays(40));
        Map<String, Object> meeting = steering(GRACE, id);
        Map<String, Object> minutes = Map.of("partnershipId", id, "meetingId", meeting.get("id"), "version", 0, "minutes", "Reviewed the launch.",
                "attendees", List.of(ALICE, AARON, GUS));
        as(GUS).fails("FORBIDDEN", "mutation($input: RecordMinutesInput!) { recordMeetingMinutes(input: $input) { id } }", Map.of("input", minutes));
        as(IAN).fails("NOT_FOUND", "mutation($input: RecordMinutesInput!) { recordMeetingMinutes(input: $input) { id } }", Map.of("input", minutes));
        JsonPath recorded = as(ALICE).ok("mutation($input: RecordMinutesInput!) { recordMeetingMinutes(input: $input) { id minutes version } }",
                Map.of("input", minutes)).setRootPath("data.recordMeetingMinutes");
        assertEquals(meeting.get("id"), recorded.getString("id"), "the occurrence keeps its id");
        assertEquals("Reviewed the launch.", recorded.getString("minutes"));

        String metric = as(ALICE).ok("mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }", Map.of("input", Map.ofEntries(
                Map.entry("partnershipId", id), Map.entry("name", "Late orders"), Map.entry("kind", "LEADING_KPI"), Map.entry("direction", "HIGHER_IS_BETTER"),
                Map.entry("amberThreshold", 80), Map.entry("redThreshold", 50), Map.entry("cadence", "DAILY"), Map.entry("owningParty", "acme"),
                Map.entry("escalationTier", "STEERING")))).getString("data.defineMetric.id");
        as(ALICE).ok("mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }",
                Map.of("input", Map.of("metricId", metric, "value", 10, "observedAt", Instant.now().toString())));
        Map<String, Object> after = steering(GRACE, id);
        assertThat((List<?>) after.get("agenda")).as("minuted: the agenda stays as it was").isEmpty();
        assertEquals(List.of(Map.of("slug", "globex")), after.get("missingDecisionMakers"), "no sponsor or steering member of Globex attended");
        assertThat((List<?>) after.get("attendees")).hasSize(3);
    }

    @Test
    void aDecisionNeedsAPersonOfEveryAccountablePartyAndActionItemsComeDue() throws Exception {
        String id = GovernanceTest.partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", LocalDate.now(ZoneOffset.UTC).minusDays(40));
        String meetingId = (String) steering(ALICE, id).get("id");
        String decide = "mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { title type } }";
        JsonPath refused = as(ALICE).fails("VALIDATION", decide, Map.of("input", Map.of("partnershipId", id, "meetingId", meetingId,
                "title", "Move the cut-off to 17:00", "type", "SCOPE_CHANGE", "decidedBy", List.of(ALICE, AARON))));
        assertEquals("decidedBy", refused.getString("errors[0].extensions.field"));
        assertThat(refused.getString("errors[0].message")).contains("Globex", GRACE);
        as(ALICE).ok(decide, Map.of("input", Map.of("partnershipId", id, "meetingId", meetingId, "title", "Move the cut-off to 17:00",
                "type", "SCOPE_CHANGE", "decidedBy", List.of(ALICE, GRACE))));

        String add = "mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id version done overdue } }";
        Map<String, Object> action = Map.of("partnershipId", id, "meetingId", meetingId, "title", "Tell the depots", "owner", GUS,
                "dueOn", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
        assertEquals("owner", as(ALICE).fails("VALIDATION", add, Map.of("input", Map.of("partnershipId", id, "meetingId", meetingId, "title", "x",
                "owner", IAN, "dueOn", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()))).getString("errors[0].extensions.field").replaceAll("\\[\\d+]", ""));
        JsonPath item = as(GRACE).ok(add, Map.of("input", action)).setRootPath("data.addActionItem");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement overdue = connection.prepareStatement("UPDATE action_item SET due_on = current_date - 2 WHERE id = ?::uuid")) {
            overdue.setString(1, item.getString("id"));
            assertEquals(1, overdue.executeUpdate());
        }
        List<Map<String, Object>> nodes = as(GUS).ok(MEETING, Map.of("id", id)).getList("data.partnership.meetings.edges.node");
        Map<String, Object> next = nodes.stream().filter(n -> "STEERING".equals(n.get("tier")) && !n.get("id").equals(meetingId)).findFirst().orElseThrow();
        List<Object> kinds = ((List<?>) next.get("agenda")).stream().map(i -> (Object) ((Map<?, ?>) i).get("kind")).toList();
        assertThat(kinds).contains("OVERDUE_ACTION");
        Map<String, Object> recorded = nodes.stream().filter(n -> n.get("id").equals(meetingId)).findFirst().orElseThrow();
        assertEquals(List.of("Move the cut-off to 17:00"), ((List<?>) recorded.get("decisions")).stream().map(d -> ((Map<?, ?>) d).get("title")).toList());

        String done = "mutation($input: SetActionItemDoneInput!) { setActionItemDone(input: $input) { done overdue } }";
        as(AARON).fails("FORBIDDEN", done, Map.of("input", Map.of("actionItemId", item.getString("id"), "version", 0, "done", true)));
        JsonPath finished = as(GUS).ok(done, Map.of("input", Map.of("actionItemId", item.getString("id"), "version", 0, "done", true)))
                .setRootPath("data.setActionItemDone");
        assertEquals(true, finished.getBoolean("done"), "its owner finishes it");
        assertEquals(false, finished.getBoolean("overdue"));
    }

    @Test
    void oneMeetingIsMovedOrCancelledAndTheSeriesStaysAndPeopleAddAgendaItems() {
        String id = GovernanceTest.partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", LocalDate.now(ZoneOffset.UTC).minusDays(10));
        String query = "query($id: ID!) { partnership(id: $id) { meetings(first: 100) { edges { node { id tier startsAt cancelled version agenda { kind title } } } } } }";
        List<Map<String, Object>> before = as(GRACE).ok(query, Map.of("id", id)).getList("data.partnership.meetings.edges.node");
        List<Map<String, Object>> execution = before.stream().filter(m -> "EXECUTION".equals(m.get("tier"))).toList();
        Map<String, Object> first = execution.get(0);
        Map<String, Object> second = execution.get(1);
        Instant moved = Instant.parse((String) first.get("startsAt")).plusSeconds(3 * 3600);
        String move = "mutation($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt version } }";
        as(GUS).fails("FORBIDDEN", move, Map.of("input", Map.of("partnershipId", id, "meetingId", first.get("id"), "version", 0, "startsAt", moved.toString())));
        as(ALICE).ok(move, Map.of("input", Map.of("partnershipId", id, "meetingId", first.get("id"), "version", 0, "startsAt", moved.toString())));
        as(GRACE).ok("mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { cancelled } }",
                Map.of("input", Map.of("partnershipId", id, "meetingId", second.get("id"), "version", 0, "reason", "Public holiday")));
        as(GRACE).ok("mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }",
                Map.of("input", Map.of("partnershipId", id, "meetingId", execution.get(2).get("id"), "title", "Carrier contracts")));

        List<Map<String, Object>> after = as(GRACE).ok(query, Map.of("id", id)).getList("data.partnership.meetings.edges.node");
        Map<String, Object> movedOne = after.stream().filter(m -> m.get("id").equals(first.get("id"))).findFirst().orElseThrow();
        assertEquals(moved, Instant.parse((String) movedOne.get("startsAt")), "moved, same id");
        assertEquals(true, after.stream().filter(m -> m.get("id").equals(second.get("id"))).findFirst().orElseThrow().get("cancelled"));
        assertEquals(before.stream().map(m -> m.get("id")).sorted().toList(), after.stream().map(m -> m.get("id")).sorted().toList(), "the series stays");
        Map<String, Object> third = after.stream().filter(m -> m.get("id").equals(execution.get(2).get("id"))).findFirst().orElseThrow();
        assertEquals(execution.get(2).get("startsAt"), third.get("startsAt"));
        List<?> agenda = (List<?>) third.get("agenda");
        assertEquals(Map.of("kind", "MANUAL", "title", "Carrier contracts"), agenda.get(agenda.size() - 1));
    }
}
