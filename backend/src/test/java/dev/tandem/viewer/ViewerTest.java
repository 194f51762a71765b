package dev.tandem.viewer;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ViewerTest {

    private static final String ME = """
            query { me { subject displayName email kind roles organization { slug name } } }""";

    @Test
    void personSignedInThroughOwnIdentityProviderSeesOwnOrganisation() {
        JsonPath me = GraphQLClient.as(Tokens.person(ALICE)).ok(ME);
        assertEquals("alice@acme.example", me.getString("data.me.email"));
        assertEquals("Alice Adams", me.getString("data.me.displayName"));
        assertEquals("PERSON", me.getString("data.me.kind"));
        assertEquals("acme", me.getString("data.me.organization.slug"));
        assertEquals("Acme Corporation", me.getString("data.me.organization.name"));
        assertThat(me.getList("data.me.roles", String.class)).contains("partner-admin");
    }

    @Test
    void integratorActsForItsOrganisation() {
        JsonPath me = GraphQLClient.as(Tokens.integrator("globex")).ok(ME);
        assertEquals("INTEGRATOR", me.getString("data.me.kind"));
        assertEquals("globex", me.getString("data.me.organization.slug"));
        assertEquals(null, me.getString("data.me.email"));
    }

    @Test
    void eachPersonGetsTheirOwnOrganisation() {
        assertEquals("initech", GraphQLClient.as(Tokens.person(IAN)).ok(ME).getString("data.me.organization.slug"));
    }

    @Test
    void aPersonOfNoOrganisationIsForbiddenEverythingButMe() {
        GraphQLClient nobody = GraphQLClient.as(Tokens.personWithoutOrganization());
        JsonPath me = nobody.ok(ME);
        assertEquals("nobody@unaffiliated.example", me.getString("data.me.email"));
        org.junit.jupiter.api.Assertions.assertNull(me.get("data.me.organization"));
        nobody.fails("FORBIDDEN", "{ partnerships { totalCount } }");
        nobody.fails("FORBIDDEN", "{ organizations { slug } }");
        nobody.fails("FORBIDDEN", "query($id: ID!) { partnership(id: $id) { name } }", java.util.Map.of("id", java.util.UUID.randomUUID().toString()));
        nobody.fails("FORBIDDEN", "mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
                java.util.Map.of("input", java.util.Map.of("name", "Mine", "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", java.util.List.of("acme"))));
        nobody.fails("FORBIDDEN", "{ statusChangeCursor }");
    }

    @Test
    void anonymousCallerIsUnauthenticated() {
        GraphQLClient.anonymous().fails("UNAUTHENTICATED", ME);
    }

    @Test
    void forgedTokenIsRejected() {
        String forged = Tokens.person(ALICE).substring(0, Tokens.person(ALICE).lastIndexOf('.')) + ".c2lnbmF0dXJl";
        io.restassured.RestAssured.given().auth().oauth2(forged).contentType("application/json")
                .body("{\"query\":\"{ me { subject } }\"}").post("/graphql").then().statusCode(401);
    }
}
