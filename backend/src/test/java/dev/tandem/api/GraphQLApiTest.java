package dev.tandem.api;

import static dev.tandem.support.People.ALICE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The API's transport rules and limits: refused before anything runs, always with extensions.code. */
@QuarkusTest
class GraphQLApiTest {

    private static GraphQLClient alice() {
        return GraphQLClient.as(Tokens.person(ALICE));
    }

    @Test
    void tooDeepQueryIsRefused() {
        String deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
        alice().fails("LIMIT_EXCEEDED", deep);
    }

    @Test
    void tooComplexQueryIsRefused() {
        String fields = "partnerships(first: 100) { edges { node { id name charter status version createdAt viewerRole viewerCanEdit"
                + " viewerCanInvite viewerCanAccept parties { accepted invitedAt organization { id name slug } } } } } ";
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 26; i++) { // 26 x 20 fields = 520 > 500
            query.append("p").append(i).append(": ").append(fields);
        }
        alice().fails("LIMIT_EXCEEDED", query.append("}").toString());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 31; i++) {
            query.append("m").append(i).append(": me { subject } ");
        }
        JsonPath refused = alice().fails("LIMIT_EXCEEDED", query.append("}").toString());
        assertThat(refused.getString("errors[0].message")).contains("aliases");
    }

    @Test
    void tooManyTokensAreRefused() {
        alice().fails("LIMIT_EXCEEDED", "{ me { " + "subject ".repeat(6000) + "} }");
    }

    @Test
    void syntaxErrorsAndUnknownFieldsAreValidationErrors() {
        assertEquals("query", alice().fails("VALIDATION", "{ me { subject ").getString("errors[0].extensions.field"));
        alice().fails("VALIDATION", "{ me { password } }");
        alice().fails("VALIDATION", "query($id: ID!) { partnership(id: $id) { id } }", Map.of());
    }

    @Test
    void severalRootFieldsAndBatchedFieldsResolveConcurrentlyWithoutSharingASession() throws Exception {
        String query = """
                query {
                  me { subject organization { slug } }
                  organizations { slug }
                  partnerships(first: 50) {
                    totalCount
                    edges { node { id name parties { accepted organization { slug } sponsor { email } } members { role person { email } }
                                   auditEvents(first: 3) { totalCount edges { node { action } } } } }
                  }
                  again: partnerships(first: 5) { edges { node { parties { organization { name } } } } }
                }""";
        String token = Tokens.person(ALICE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<JsonPath>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> GraphQLClient.as(token).post(query));
            }
            for (Future<JsonPath> result : pool.invokeAll(calls)) {
                JsonPath body = result.get();
                assertNull(body.get("errors"), body::prettify);
                assertThat(body.getInt("data.partnerships.totalCount")).isPositive();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void postMustBeJson() {
        String token = Tokens.person(ALICE);
        given().auth().oauth2(token).contentType("text/plain").body("{\"query\":\"{ me { subject } }\"}")
                .post("/graphql").then().statusCode(415).body("errors[0].extensions.code", equalTo("VALIDATION"));
        given().auth().oauth2(token).contentType("application/x-www-form-urlencoded").formParam("query", "{ me { subject } }")
                .post("/graphql").then().statusCode(415).body("errors[0].extensions.code", equalTo("VALIDATION"));
        given().auth().oauth2(token).contentType("application/graphql").body("{ me { subject } }".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/graphql").then().statusCode(415);
    }

    @Test
    void getServesQueriesButNeverMutations() {
        String token = Tokens.person(ALICE);
        given().auth().oauth2(token).queryParam("query", "{ me { email } }")
                .get("/graphql").then().statusCode(200).body("data.me.email", equalTo(ALICE));
        String mutation = "mutation { acceptInvitation(partnershipId: \"x\") { id } }";
        given().auth().oauth2(token).queryParam("query", mutation)
                .get("/graphql").then().statusCode(405).body("errors[0].extensions.code", equalTo("VALIDATION"));
        given().auth().oauth2(token).queryParam("query", "query q { me { email } } mutation m { acceptInvitation(partnershipId: \"x\") { id } }")
                .queryParam("operationName", "q")
                .get("/graphql").then().statusCode(405);
        given().auth().oauth2(token).contentType("application/json").body("{}").put("/graphql").then().statusCode(405);
    }

    @Test
    void schemaIsPublished() {
        given().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type Partnership"))
                .body(containsString("createPartnership(input: CreatePartnershipInput!): Partnership!"));
    }
}
