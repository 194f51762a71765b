package dev.tandem.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Posts GraphQL documents over HTTP as a real client would, with a real bearer token (or none). */
public final class GraphQLClient {

    private final String token;

    private GraphQLClient(String token) {
        this.token = token;
    }

    public static GraphQLClient as(String token) {
        return new GraphQLClient(token);
    }

    public static GraphQLClient anonymous() {
        return new GraphQLClient(null);
    }

    /** The whole response body; asserts only that the transport answered 200. */
    public JsonPath post(String query, Map<String, ?> variables) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    public JsonPath post(String query) {
        return post(query, Map.of());
    }

    /** The response, which must carry no errors. */
    public JsonPath ok(String query, Map<String, ?> variables) {
        JsonPath body = post(query, variables);
        assertNull(body.get("errors"), () -> "unexpected errors: " + body.prettify());
        return body;
    }

    public JsonPath ok(String query) {
        return ok(query, Map.of());
    }

    /** The response, which must fail with exactly this code in every error; returns it for further checks. */
    public JsonPath fails(String code, String query, Map<String, ?> variables) {
        JsonPath body = post(query, variables);
        List<String> codes = body.getList("errors.extensions.code");
        assertTrue(codes != null && !codes.isEmpty() && codes.stream().allMatch(code::equals),
                () -> "expected " + code + " but got: " + body.prettify());
        String text = body.prettify();
        assertTrue(!text.contains("Exception") && !text.contains("at dev.tandem") && !text.contains("SQL"),
                () -> "error leaks internals: " + text);
        return body;
    }

    public JsonPath fails(String code, String query) {
        return fails(code, query, Map.of());
    }
}
