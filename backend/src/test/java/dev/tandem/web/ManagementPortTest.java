package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health and metrics are answered on the management interface's own port, never on the public one. */
@QuarkusTest
class ManagementPortTest {

    /** The management interface's root, /q on its own (random in tests) port. */
    @TestHTTPResource(management = true)
    URL management;

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void healthAndMetricsAreOnTheManagementPort() {
        String root = management.toString().replaceAll("/+$", "");
        assertTrue(root.endsWith("/q"), root);
        // ready may still be DOWN (503) while the demo data set loads: what matters is that it is answered here
        given().get(root + "/health/ready").then().statusCode(anyOf(is(200), is(503))).body(containsString("\"checks\""));
        given().get(root + "/health/live").then().statusCode(200).body(containsString("UP"));
        given().get(root + "/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
