package dev.tandem.governance;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.GUS;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The decision-rights matrix with real tokens of both partners: a row changes only when each party's sponsor approved its own column. */
@QuarkusTest
class DecisionRightsTest {

    static final String MATRIX = """
            query($id: ID!) { partnership(id: $id) { decisionRights { type tier agreed roles { organization { slug } role }
              proposal { tier approvedBy { slug } waitingFor { slug } roles { organization { slug } role } } } } }""";
    static final String PROPOSE = "mutation($input: ProposeDecisionRightInput!) { proposeDecisionRight(input: $input) { type agreed } }";
    static final String APPROVE = "mutation($input: ApproveDecisionRightInput!) { approveDecisionRight(input: $input) { type agreed } }";
    static final String DECIDE = "mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { title } }";

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    static JsonPath row(String email, String id, String type) {
        return as(email).ok(MATRIX, Map.of("id", id)).setRootPath("data.partnership.decisionRights.find { it.type == '" + type + "' }");
    }

    @Test
    void aRowChangesOnlyWhenEverySponsorApprovedAndThenDecidesWhoMustTakeADecision() {
        String id = GovernanceTest.partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", LocalDate.now(ZoneOffset.UTC).minusDays(40));
        JsonPath initial = row(GUS, id, "SCOPE_CHANGE");
        assertEquals(false, initial.getBoolean("agreed"));
        assertEquals(List.of("ACCOUNTABLE", "ACCOUNTABLE"), initial.getList("roles.role"));
        assertEquals("STRATEGIC", row(GUS, id, "PARTY_CHANGE").getString("tier"));

        Map<String, Object> proposal = Map.of("partnershipId", id, "type", "SCOPE_CHANGE", "tier", "STEERING",
                "roles", List.of(Map.of("party", "acme", "role", "ACCOUNTABLE"), Map.of("party", "globex", "role", "CONSULTED")));
        as(GUS).fails("FORBIDDEN", PROPOSE, Map.of("input", proposal));
        as(AARON).fails("FORBIDDEN", PROPOSE, Map.of("input", proposal));
        as(IAN).fails("NOT_FOUND", PROPOSE, Map.of("input", proposal));
        assertEquals("roles[1].party", as(ALICE).fails("VALIDATION", PROPOSE, Map.of("input", Map.of("partnershipId", id, "type", "SCOPE_CHANGE", "tier", "STEERING",
                "roles", List.of(Map.of("party", "acme", "role", "ACCOUNTABLE"), Map.of("party", "initech", "role", "INFORMED"))))).getString("errors[0].extensions.field"));
        assertEquals("roles", as(ALICE).fails("VALIDATION", PROPOSE, Map.of("input", Map.of("partnershipId", id, "type", "SCOPE_CHANGE", "tier", "STEERING",
                "roles", List.of(Map.of("party", "acme", "role", "CONSULTED"), Map.of("party", "globex", "role", "INFORMED"))))).getString("errors[0].extensions.field"));

        as(ALICE).ok(PROPOSE, Map.of("input", proposal));
        JsonPath waiting = row(GRACE, id, "SCOPE_CHANGE");
        assertEquals(false, waiting.getBoolean("agreed"), "not in force before Globex's sponsor approved");
        assertEquals(List.of("acme"), waiting.getList("proposal.approvedBy.slug"));
        assertEquals(List.of("globex"), waiting.getList("proposal.waitingFor.slug"));

        String meetingId = (String) MeetingRecordsTest.steering(ALICE, id).get("id");
        Map<String, Object> acmeOnly = Map.of("partnershipId", id, "meetingId", meetingId, "title", "Add two regions", "type", "SCOPE_CHANGE",
                "decidedBy", List.of(ALICE, AARON));
        assertThat(as(ALICE).fails("VALIDATION", DECIDE, Map.of("input", acmeOnly)).getString("errors[0].message")).contains("Globex");

        as(GRACE).ok(APPROVE, Map.of("input", Map.of("partnershipId", id, "type", "SCOPE_CHANGE")));
        JsonPath agreed = row(GUS, id, "SCOPE_CHANGE");
        assertEquals(true, agreed.getBoolean("agreed"));
        assertEquals(Map.of("acme", "ACCOUNTABLE", "globex", "CONSULTED"), Map.of(agreed.getString("roles[0].organization.slug"), agreed.getString("roles[0].role"),
                agreed.getString("roles[1].organization.slug"), agreed.getString("roles[1].role")));
        assertThat((Object) agreed.get("proposal")).isNull();
        as(ALICE).ok(DECIDE, Map.of("input", acmeOnly));
        assertThat(as(ALICE).fails("VALIDATION", DECIDE, Map.of("input", Map.of("partnershipId", id, "meetingId", meetingId, "title", "Change the budget",
                "type", "BUDGET_OVER_THRESHOLD", "decidedBy", List.of(ALICE)))).getString("errors[0].message")).as("other types keep the default").contains("Globex");
    }
}
