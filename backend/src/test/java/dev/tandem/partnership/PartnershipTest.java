package dev.tandem.partnership;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Partnerships end to end over GraphQL, with real tokens of Acme, Globex and Initech people and integrators. */
@QuarkusTest
class PartnershipTest {

    static final String CREATE = """
            mutation($input: CreatePartnershipInput!) {
              createPartnership(input: $input) {
                id name charter status governanceModel startsOn version viewerRole viewerCanEdit viewerCanInvite viewerCanAccept
                parties { organization { slug } accepted sponsor { email } }
              }
            }""";

    static final String GET = """
            query($id: ID!) {
              partnership(id: $id) {
                id name charter status version viewerRole viewerCanEdit viewerCanInvite viewerCanAccept
                parties { organization { slug name } accepted sponsor { email displayName } }
                members { person { email } role }
                auditEvents(first: 10) { totalCount edges { node { action summary actor { kind organization { slug } } } } }
              }
            }""";

    static final String ACCEPT = """
            mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id status viewerRole viewerCanAccept } }""";

    static final String UPDATE = """
            mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id name charter status version } }""";

    static final String INVITE = """
            mutation($input: InviteOrganizationInput!) { inviteOrganization(input: $input) { id parties { organization { slug } accepted } } }""";

    static final String SET_ROLE = """
            mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role person { email organization { slug } } } }""";

    static final String LIST = """
            query($first: Int, $after: String) {
              partnerships(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }
            }""";

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    /** Alice (Acme) creates a partnership inviting Globex; returns its id. */
    static String aliceInvitesGlobex(String name) {
        return as(ALICE).ok(CREATE, Map.of("input", Map.of("name", name, "governanceModel", "LIGHTWEIGHT_ALLIANCE",
                "invite", List.of("globex"), "charter", "Shared intent."))).getString("data.createPartnership.id");
    }

    static String demoPartnershipId() {
        return as(ALICE).ok(LIST, Map.of("first", 100)).getList("data.partnerships.edges.node", Map.class).stream()
                .filter(node -> "Acme × Globex".equals(node.get("name")))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------------ the happy path

    @Test
    void partnerAdminCreatesPartnershipAndBecomesItsSponsor() {
        JsonPath created = as(ALICE).ok(CREATE, Map.of("input", Map.of("name", "  Acme × Globex EU  ", "governanceModel", "JOINT_VENTURE_LITE",
                "invite", List.of("globex"), "startsOn", "2027-01-15")));
        assertEquals("Acme × Globex EU", created.getString("data.createPartnership.name"));
        assertEquals("PROPOSED", created.getString("data.createPartnership.status"));
        assertEquals("2027-01-15", created.getString("data.createPartnership.startsOn"));
        assertEquals("SPONSOR", created.getString("data.createPartnership.viewerRole"));
        assertTrue(created.getBoolean("data.createPartnership.viewerCanEdit"));
        assertEquals(List.of("acme", "globex"), created.getList("data.createPartnership.parties.organization.slug"));
        assertEquals(List.of(true, false), created.getList("data.createPartnership.parties.accepted"));
        assertEquals("alice@acme.example", created.getString("data.createPartnership.parties[0].sponsor.email"));
    }

    @Test
    void invitedPartnerAcceptsAndPartnershipLaunches() {
        String id = aliceInvitesGlobex("Joint logistics " + UUID.randomUUID());
        JsonPath seenByGrace = as(GRACE).ok(GET, Map.of("id", id));
        assertTrue(seenByGrace.getBoolean("data.partnership.viewerCanAccept"));
        assertFalse(seenByGrace.getBoolean("data.partnership.viewerCanEdit"));

        JsonPath accepted = as(GRACE).ok(ACCEPT, Map.of("id", id));
        assertEquals("LAUNCHING", accepted.getString("data.acceptInvitation.status"));
        assertEquals("SPONSOR", accepted.getString("data.acceptInvitation.viewerRole"));
        assertFalse(accepted.getBoolean("data.acceptInvitation.viewerCanAccept"));

        JsonPath after = as(ALICE).ok(GET, Map.of("id", id));
        assertEquals(List.of(true, true), after.getList("data.partnership.parties.accepted"));
        assertEquals("grace@globex.example", after.getString("data.partnership.parties[1].sponsor.email"));
        assertEquals("Grace Green", after.getString("data.partnership.parties[1].sponsor.displayName"));
        assertThat(after.getList("data.partnership.auditEvents.edges.node.action", String.class))
                .containsExactly("party.accepted", "partnership.created");
        assertEquals(2, after.getInt("data.partnership.auditEvents.totalCount"));
    }

    @Test
    void acceptingTwiceIsAConflict() {
        String id = aliceInvitesGlobex("Twice " + UUID.randomUUID());
        as(GRACE).ok(ACCEPT, Map.of("id", id));
        as(GRACE).fails("CONFLICT", ACCEPT, Map.of("id", id));
    }

    @Test
    void onlySponsorOrPartnerAdminMayAccept() {
        String id = aliceInvitesGlobex("Gus may not " + UUID.randomUUID());
        as(GUS).fails("FORBIDDEN", ACCEPT, Map.of("id", id));
        GraphQLClient.as(Tokens.integrator("globex")).fails("FORBIDDEN", ACCEPT, Map.of("id", id));
        assertEquals(List.of(true, false), as(ALICE).ok(GET, Map.of("id", id)).getList("data.partnership.parties.accepted"));
    }

    @Test
    void partnershipsAreListedNewestFirstWithCursors() {
        for (int i = 0; i < 3; i++) {
            aliceInvitesGlobex("Paged " + i + " " + UUID.randomUUID());
        }
        JsonPath first = as(ALICE).ok(LIST, Map.of("first", 2));
        assertEquals(2, first.getList("data.partnerships.edges").size());
        assertTrue(first.getBoolean("data.partnerships.pageInfo.hasNextPage"));
        int total = first.getInt("data.partnerships.totalCount");
        assertThat(total).isGreaterThanOrEqualTo(4);

        Map<String, Object> next = new HashMap<>(Map.of("first", 100, "after", first.getString("data.partnerships.pageInfo.endCursor")));
        JsonPath rest = as(ALICE).ok(LIST, next);
        List<String> firstIds = first.getList("data.partnerships.edges.node.id");
        List<String> restIds = rest.getList("data.partnerships.edges.node.id");
        assertEquals(total, firstIds.size() + restIds.size());
        assertThat(restIds).doesNotContainAnyElementsOf(firstIds);
        assertFalse(rest.getBoolean("data.partnerships.pageInfo.hasNextPage"));
    }

    // ------------------------------------------------------------------------------------ another partner's data does not exist

    @Test
    void otherPartnerCannotSeePartnership() {
        String id = demoPartnershipId();
        assertNull(as(IAN).ok(GET, Map.of("id", id)).get("data.partnership"));
        assertNull(GraphQLClient.as(Tokens.integrator("initech")).ok(GET, Map.of("id", id)).get("data.partnership"));
        List<String> initechSees = as(IAN).ok(LIST, Map.of("first", 100)).getList("data.partnerships.edges.node.id");
        assertThat(initechSees).doesNotContain(id);
    }

    @Test
    void otherPartnersChangesFailExactlyLikeAMissingId() {
        String id = demoPartnershipId();
        String missing = UUID.randomUUID().toString();
        for (String target : List.of(id, missing, "not-an-id", "")) {
            JsonPath accept = as(IAN).fails("NOT_FOUND", ACCEPT, Map.of("id", target));
            JsonPath update = as(IAN).fails("NOT_FOUND", UPDATE, Map.of("input", Map.of("id", target, "version", 0, "name", "Hijacked")));
            JsonPath invite = as(IAN).fails("NOT_FOUND", INVITE, Map.of("input", Map.of("partnershipId", target, "organization", "initech")));
            JsonPath role = as(IAN).fails("NOT_FOUND", SET_ROLE, Map.of("input", Map.of("partnershipId", target, "email", IAN, "role", "SPONSOR")));
            assertEquals("No partnership with that id.", accept.getString("errors[0].message"));
            assertEquals(accept.getString("errors[0].message"), update.getString("errors[0].message"));
            assertEquals(accept.getString("errors[0].message"), invite.getString("errors[0].message"));
            assertEquals(accept.getString("errors[0].message"), role.getString("errors[0].message"));
        }
        assertEquals("Acme × Globex", as(ALICE).ok(GET, Map.of("id", id)).getString("data.partnership.name"));
    }

    @Test
    void guessedIdsReadAsAbsent() {
        for (String guess : List.of(UUID.randomUUID().toString(), "1", "UGFydG5lcnNoaXA6MQ==", "' OR 1=1 --")) {
            assertNull(as(ALICE).ok(GET, Map.of("id", guess)).get("data.partnership"));
        }
    }

    @Test
    void invitedOrganisationSeesPartnershipOnlyOnceInvited() {
        String id = aliceInvitesGlobex("Later Initech " + UUID.randomUUID());
        assertNull(as(IAN).ok(GET, Map.of("id", id)).get("data.partnership"));
        as(ALICE).ok(INVITE, Map.of("input", Map.of("partnershipId", id, "organization", "initech")));
        JsonPath seen = as(IAN).ok(GET, Map.of("id", id));
        assertTrue(seen.getBoolean("data.partnership.viewerCanAccept"));
    }

    // ------------------------------------------------------------------------------------ roles decide what may change

    @Test
    void sponsorEditsWithVersionAndStaleVersionIsRejected() {
        String id = aliceInvitesGlobex("Edited " + UUID.randomUUID());
        int version = as(ALICE).ok(GET, Map.of("id", id)).getInt("data.partnership.version");
        JsonPath edited = as(ALICE).ok(UPDATE, Map.of("input", Map.of("id", id, "version", version, "charter", "New charter.", "status", "ACTIVE")));
        assertEquals("New charter.", edited.getString("data.updatePartnership.charter"));
        assertEquals(version + 1, edited.getInt("data.updatePartnership.version"));

        JsonPath stale = as(ALICE).fails("CONFLICT", UPDATE, Map.of("input", Map.of("id", id, "version", version, "charter", "Overwrite?")));
        assertEquals("version", stale.getString("errors[0].extensions.field"));
        assertEquals("New charter.", as(ALICE).ok(GET, Map.of("id", id)).getString("data.partnership.charter"));
    }

    @Test
    void concurrentEditsNeverSilentlyOverwrite() throws Exception {
        String id = aliceInvitesGlobex("Race " + UUID.randomUUID());
        int version = as(ALICE).ok(GET, Map.of("id", id)).getInt("data.partnership.version");
        String token = Tokens.person(ALICE);
        List<java.util.concurrent.Callable<JsonPath>> edits = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String charter = "Charter " + i;
            edits.add(() -> GraphQLClient.as(token).post(UPDATE, Map.of("input", Map.of("id", id, "version", version, "charter", charter))));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<JsonPath> results = pool.invokeAll(edits).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            long won = results.stream().filter(r -> r.get("errors") == null).count();
            long conflicts = results.stream().filter(r -> "CONFLICT".equals(r.getString("errors[0].extensions.code"))).count();
            assertEquals(1, won, "exactly one edit of the same version wins");
            assertEquals(5, conflicts);
            String winner = results.stream().filter(r -> r.get("errors") == null).findFirst().orElseThrow().getString("data.updatePartnership.charter");
            JsonPath now = as(ALICE).ok(GET, Map.of("id", id));
            assertEquals(winner, now.getString("data.partnership.charter"));
            assertEquals(version + 1, now.getInt("data.partnership.version"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void contributorsViewersAndIntegratorsCannotEdit() {
        String id = demoPartnershipId();
        int version = as(ALICE).ok(GET, Map.of("id", id)).getInt("data.partnership.version");
        Map<String, Object> edit = Map.of("input", Map.of("id", id, "version", version, "name", "Renamed"));
        as(AARON).fails("FORBIDDEN", UPDATE, edit);
        as(GUS).fails("FORBIDDEN", UPDATE, edit);
        GraphQLClient.as(Tokens.integrator("acme")).fails("FORBIDDEN", UPDATE, edit);
        assertEquals("Acme × Globex", as(ALICE).ok(GET, Map.of("id", id)).getString("data.partnership.name"));
    }

    @Test
    void onlyPartnerAdminsCreateAndInvite() {
        Map<String, Object> input = Map.of("input", Map.of("name", "Nope", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex")));
        as(AARON).fails("FORBIDDEN", CREATE, input);
        GraphQLClient.as(Tokens.integrator("acme")).fails("FORBIDDEN", CREATE, input);
        String id = demoPartnershipId();
        as(AARON).fails("FORBIDDEN", INVITE, Map.of("input", Map.of("partnershipId", id, "organization", "initech")));
    }

    @Test
    void sponsorSetsRolesOfOwnPeopleOnly() {
        String id = aliceInvitesGlobex("Roles " + UUID.randomUUID());
        JsonPath lead = as(ALICE).ok(SET_ROLE, Map.of("input", Map.of("partnershipId", id, "email", "Aaron@Acme.example", "role", "LEAD")));
        assertEquals("LEAD", lead.getString("data.setMemberRole.role"));
        assertEquals("aaron@acme.example", lead.getString("data.setMemberRole.person.email"));
        assertEquals("acme", lead.getString("data.setMemberRole.person.organization.slug"));
        assertEquals("LEAD", as(AARON).ok(GET, Map.of("id", id)).getString("data.partnership.viewerRole"));

        JsonPath foreign = as(ALICE).fails("VALIDATION", SET_ROLE, Map.of("input", Map.of("partnershipId", id, "email", GUS, "role", "VIEWER")));
        assertEquals("email", foreign.getString("errors[0].extensions.field"));
        as(AARON).fails("FORBIDDEN", SET_ROLE, Map.of("input", Map.of("partnershipId", id, "email", AARON, "role", "SPONSOR")));
    }

    @Test
    void lastSponsorCannotBeDemoted() {
        String id = aliceInvitesGlobex("Keep a sponsor " + UUID.randomUUID());
        JsonPath refused = as(ALICE).fails("VALIDATION", SET_ROLE, Map.of("input", Map.of("partnershipId", id, "email", ALICE, "role", "VIEWER")));
        assertEquals("role", refused.getString("errors[0].extensions.field"));
        assertEquals("SPONSOR", as(ALICE).ok(GET, Map.of("id", id)).getString("data.partnership.viewerRole"));
    }

    // ------------------------------------------------------------------------------------ bad input gets a clear error and loses nothing

    @Test
    void badCreateInputNamesTheField() {
        assertField("name", Map.of("name", "   ", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex")));
        assertField("name", Map.of("name", "x".repeat(121), "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex")));
        assertField("invite", Map.of("name", "No partner", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of()));
        assertField("invite", Map.of("name", "Unknown", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("umbrella")));
        assertField("invite", Map.of("name", "Self", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("acme")));
        assertField("invite", Map.of("name", "Twice", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex", "GLOBEX")));
        assertField("startsOn", Map.of("name", "Old", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex"), "startsOn", "1850-01-01"));
        assertField("charter", Map.of("name", "Long", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex"), "charter", "x".repeat(5001)));
        as(ALICE).fails("VALIDATION", CREATE, Map.of("input", Map.of("name", "Model?", "governanceModel", "FRIENDS", "invite", List.of("globex"))));
        List<String> names = as(ALICE).ok(LIST, Map.of("first", 100)).getList("data.partnerships.edges.node.name");
        assertThat(names).doesNotContain("Unknown", "Self", "Twice", "Old", "Long", "No partner");
    }

    private static void assertField(String field, Map<String, Object> input) {
        JsonPath failed = as(ALICE).fails("VALIDATION", CREATE, Map.of("input", input));
        assertEquals(field, failed.getString("errors[0].extensions.field"), failed::prettify);
    }

    @Test
    void badInviteNamesTheField() {
        String id = aliceInvitesGlobex("Invites " + UUID.randomUUID());
        assertEquals("organization", as(ALICE).fails("VALIDATION", INVITE, Map.of("input", Map.of("partnershipId", id, "organization", "umbrella")))
                .getString("errors[0].extensions.field"));
        assertEquals("organization", as(ALICE).fails("VALIDATION", INVITE, Map.of("input", Map.of("partnershipId", id, "organization", "globex")))
                .getString("errors[0].extensions.field"));
    }

    @Test
    void badEditLeavesPartnershipUntouched() {
        String id = aliceInvitesGlobex("Untouched " + UUID.randomUUID());
        JsonPath before = as(ALICE).ok(GET, Map.of("id", id));
        int version = before.getInt("data.partnership.version");
        JsonPath failed = as(ALICE).fails("VALIDATION", UPDATE, Map.of("input", Map.of("id", id, "version", version, "name", "", "charter", "Changed")));
        assertEquals("name", failed.getString("errors[0].extensions.field"));
        JsonPath after = as(ALICE).ok(GET, Map.of("id", id));
        assertEquals(before.getString("data.partnership.charter"), after.getString("data.partnership.charter"));
        assertEquals(version, after.getInt("data.partnership.version"));
    }

    @Test
    void pageSizeAndCursorAreChecked() {
        assertEquals("first", as(ALICE).fails("LIMIT_EXCEEDED", LIST, Map.of("first", 101)).getString("errors[0].extensions.field"));
        assertEquals("first", as(ALICE).fails("VALIDATION", LIST, Map.of("first", -1)).getString("errors[0].extensions.field"));
        assertEquals("after", as(ALICE).fails("VALIDATION", LIST, Map.of("first", 5, "after", "bm9wZQ")).getString("errors[0].extensions.field"));
    }
}
