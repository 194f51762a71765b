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
import graphql.language.AstPrinter;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
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
    void aQueryOverTheCostLimitIsRefusedNamingItsCostAndTheLimit() {
        // 100 partnerships x 10 metrics x 10 metrics of their partnership x 100 readings: far more than one query may ask for
        JsonPath refused = alice().fails("LIMIT_EXCEEDED", "{ partnerships(first: 100) { edges { node { metrics { "
                + "readings(last: 100) { id value status observedAt source } "
                + "partnership { metrics { readings(last: 100) { id value status observedAt source } } } } } } } }");
        assertThat(refused.getLong("errors[0].extensions.cost")).isGreaterThan(refused.getLong("errors[0].extensions.maxCost"));
        assertThat(refused.getString("errors[0].message")).contains(refused.getString("errors[0].extensions.cost"))
                .contains(refused.getString("errors[0].extensions.maxCost"));
    }

    @Test
    void theSamePageSizeFromAVariableCostsTheSame() {
        String query = "query($n: Int) { partnerships(first: $n) { edges { node { metrics { readings(last: 100) { id value status observedAt source } "
                + "partnership { metrics { readings(last: 100) { id value status observedAt source } } } } } } } }";
        alice().fails("LIMIT_EXCEEDED", query, Map.of("n", 100));
        alice().ok(query, Map.of("n", 2));
    }

    @Test
    void aFragmentBombIsRefusedBeforeItRunsWithOrWithoutAToken() {
        StringBuilder bomb = new StringBuilder("{ partnerships(first: 1) { edges { node { metrics { ...F0 } } } } }\n");
        for (int level = 0; level < 24; level++) {
            bomb.append("fragment F").append(level).append(" on Metric { ").append(("...F" + (level + 1) + " ").repeat(10)).append("}\n");
        }
        bomb.append("fragment F24 on Metric { readings { value observedAt } }");
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        for (GraphQLClient caller : List.of(alice(), alice(), GraphQLClient.anonymous(), GraphQLClient.anonymous())) {
            long started = System.nanoTime();
            JsonPath refused = caller.fails("LIMIT_EXCEEDED", bomb.toString());
            System.out.printf("fragment bomb (%d bytes, limit %s) refused in %d ms%n", bomb.length(),
                    refused.getString("errors[0].extensions.maxCost"), (System.nanoTime() - started) / 1_000_000);
            assertThat(refused.getString("errors[0].message")).contains("cost");
        }
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("heap before the fragment bombs %d MB, after %d MB%n", heapBefore >> 20, heapAfter >> 20);
    }

    @Test
    void signedOutCallersMayAskOnlyForVeryLittle() {
        JsonPath refused = GraphQLClient.anonymous().fails("LIMIT_EXCEEDED", "{ partnerships(first: 20) { edges { node { id name metrics { id name } } } } }");
        assertThat(refused.getString("errors[0].message")).contains("sign in");
        GraphQLClient.anonymous().fails("UNAUTHENTICATED", "{ partnerships(first: 1) { totalCount } }");
    }

    @Test
    void everyAnswerTellsTheCallerWhatItCostAndWhatIsLeft() {
        JsonPath first = alice().ok("{ partnerships(first: 5) { edges { node { id name } } } }");
        assertEquals(1 + 5 * 4, first.getInt("extensions.cost.requestedQueryCost"));
        assertThat(first.getLong("extensions.cost.throttleStatus.maximumAvailable")).isPositive();
        assertThat(first.getLong("extensions.cost.throttleStatus.currentlyAvailable")).isLessThan(first.getLong("extensions.cost.throttleStatus.maximumAvailable"));
        assertThat(first.getLong("extensions.cost.throttleStatus.restoreRate")).isPositive();
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
    void requestsOfTheWrongShapeAreBadRequestsNamingTheField() {
        String token = Tokens.person(ALICE);
        for (String variables : List.of("\"x\"", "[1]", "5", "true")) {
            given().auth().oauth2(token).contentType("application/json").body("{\"query\":\"{ me { email } }\",\"variables\":" + variables + "}")
                    .post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("VALIDATION")).body("errors[0].extensions.field", equalTo("variables"))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
        }
        given().auth().oauth2(token).contentType("application/json").body("{\"query\":\"{ me { email } }\",\"operationName\":{}}")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.field", equalTo("operationName"));
        given().auth().oauth2(token).contentType("application/json").body("{\"query\":7}")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.field", equalTo("query"));
        given().auth().oauth2(token).contentType("application/json").body("[{\"query\":\"{ me { email } }\"}]")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("VALIDATION"));
        given().auth().oauth2(token).contentType("application/json").body("{\"query\":\"{ me { email } }\",\"extensions\":\"x\"}")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.field", equalTo("extensions"));
        given().auth().oauth2(token).queryParam("query", "{ me { email } }").queryParam("variables", "x")
                .get("/graphql").then().statusCode(400).body("errors[0].extensions.field", equalTo("variables"));
        given().auth().oauth2(token).queryParam("query", "{ me { email } }").queryParam("variables", "[1]")
                .get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void methodNotAllowedSaysWhatIsAllowed() {
        String token = Tokens.person(ALICE);
        given().auth().oauth2(token).queryParam("query", "mutation { acceptInvitation(partnershipId: \"x\") { id } }")
                .get("/graphql").then().statusCode(405).header("Allow", "POST");
        given().auth().oauth2(token).contentType("application/json").body("{}").put("/graphql").then().statusCode(405)
                .header("Allow", "GET, POST");
    }

    @Test
    void introspectionIsForSignedInCallersOnly() {
        GraphQLClient.anonymous().fails("UNAUTHENTICATED", "{ __schema { types { name } } }");
        GraphQLClient.anonymous().fails("UNAUTHENTICATED", "query { ...T } fragment T on Query { __type(name: \"Partnership\") { name } }");
        assertEquals("Query", GraphQLClient.anonymous().ok("{ __typename }").getString("data.__typename"));
        assertEquals("Partnership", alice().ok("{ __type(name: \"Partnership\") { name } }").getString("data.__type.name"));
    }

    @Test
    void aDocumentParsedAndValidatedOnceIsStillCheckedForEveryCaller() {
        // the engine caches a valid document after its first validation: what depends on the caller must not be skipped
        String introspection = "{ __type(name: \"Metric\") { name kind } }";
        assertEquals("Metric", alice().ok(introspection).getString("data.__type.name"));
        assertEquals("Metric", alice().ok(introspection).getString("data.__type.name"));
        GraphQLClient.anonymous().fails("UNAUTHENTICATED", introspection);
        String costly = "{ partnerships(first: 100) { edges { node { name } } } }";
        alice().ok(costly);
        GraphQLClient.anonymous().fails("LIMIT_EXCEEDED", costly);
    }

    @Test
    void schemaIsPublished() {
        String schema = given().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type Partnership"))
                .extract().asString();
        // descriptions print arguments one per line, so the signature is read from the parsed schema
        ObjectTypeDefinition mutation = (ObjectTypeDefinition) new SchemaParser().parse(schema).getType("Mutation").orElseThrow();
        FieldDefinition create = mutation.getFieldDefinitions().stream().filter(f -> f.getName().equals("createPartnership")).findFirst().orElseThrow();
        assertThat(create.getInputValueDefinitions().stream().map(a -> a.getName() + ": " + AstPrinter.printAst(a.getType())).toList())
                .containsExactly("input: CreatePartnershipInput!");
        assertThat(AstPrinter.printAst(create.getType())).isEqualTo("Partnership!");
    }
}
