package dev.tandem.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The LISTEN connections that bring other replicas' events and sign-outs: readiness reports each, and when PostgreSQL
 * drops them they come back by themselves, counted, with the replica not ready in between.
 */
@QuarkusTest
class ListenConnectionsTest {

    private static final String CHECK = "LISTEN connections";

    @TestHTTPResource(management = true)
    URL management;

    @Inject
    DataSource dataSource;

    @Test
    @SuppressWarnings("unchecked")
    void readinessReportsEveryListenConnection() throws InterruptedException {
        Map<String, Object> check = awaitCheck("UP");
        assertThat((Map<Object, Object>) check.get("data")).containsEntry("tandem_metric_status", "listening").containsEntry("tandem_session_ended", "listening")
                .hasSize(3);
    }

    @Test
    void aDroppedListenConnectionComesBackCountedAndIsNotReadyMeanwhile() throws Exception {
        awaitCheck("UP");
        String reconnects = "tandem_listen_reconnects_total\\{channel=\"tandem_metric_status\"} ([0-9.]+)";
        double before = value(reconnects);
        assertThat(metrics()).contains("tandem_listen_connected{channel=\"tandem_metric_status\"} 1.0");

        assertThat(dropListenConnections()).isEqualTo(3);
        boolean sawDown = false;
        for (int i = 0; i < 100 && !sawDown; i++) {
            sawDown = "DOWN".equals(check().get("status"));
        }
        assertThat(sawDown).as("not ready while a LISTEN connection is away").isTrue();

        awaitCheck("UP");
        assertThat(value(reconnects)).isEqualTo(before + 1);
        assertThat(metrics()).contains("tandem_listen_connected{channel=\"tandem_metric_status\"} 1.0");
    }

    /** Ends the service's LISTEN connections from PostgreSQL's side, as a failover or a network cut would. */
    private int dropListenConnections() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet ended = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")) {
            int count = 0;
            while (ended.next()) {
                count++;
            }
            return count;
        }
    }

    private Map<String, Object> awaitCheck(String status) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Map<String, Object> check = check();
            if (status.equals(check.get("status"))) {
                return check;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the LISTEN check stayed " + check());
    }

    /** The LISTEN check of /q/health/ready (which may be DOWN for another check: the demo data loading). */
    private Map<String, Object> check() {
        Map<String, Object> check = given().get(management.toString().replaceAll("/+$", "") + "/health/ready").then().extract().jsonPath()
                .getMap("checks.find { it.name == '" + CHECK + "' }");
        assertThat(check).as("readiness has a check named " + CHECK).isNotNull();
        return check;
    }

    private String metrics() {
        return given().get(management.toString().replaceAll("/+$", "") + "/metrics").then().statusCode(200).extract().asString();
    }

    private double value(String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(metrics());
        assertThat(matcher.find()).as(pattern).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
