package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * After a redeploy browsers must pick up the new shell at once: index.html revalidates, while hashed
 * assets (a new build has new names) stay cached for good. Serves test stand-ins of both from
 * META-INF/resources through the same static handler the built front end uses.
 */
@QuarkusTest
class ShellCachingTest {

    @Test
    void theShellRevalidates() {
        given().get("/").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().get("/index.html").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void anSpaRouteRevalidates() {
        given().get(SpaRoutingStandIn.DEEP_LINKS + "partnerships/42").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache")).body(containsString("<title>Tandem</title>"));
    }

    @Test
    void hashedAssetsStayImmutable() {
        given().get("/assets/index-T3st1d.js").then().statusCode(200)
                .header("Cache-Control", allOf(containsString("immutable"), containsString("max-age=")));
    }
}
