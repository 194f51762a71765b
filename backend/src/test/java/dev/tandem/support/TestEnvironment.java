package dev.tandem.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What every test run needs from the outside, for real: a database of its own on the PostgreSQL server
 * (created here, dropped at the end) and the Keycloak that {@code ./tandem test} started.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public Map<String, String> start() {
        database = "tandem_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        String host = TestSettings.pgHost() + ":" + TestSettings.pgPort();
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + host + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + "/" + database,
                "quarkus.datasource.username", TestSettings.pgUser(),
                "quarkus.oidc.auth-server-url", TestSettings.keycloakUrl() + "/realms/tandem",
                "quarkus.oidc.credentials.secret", TestSettings.secret("TANDEM_WEB"));
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        String url = "jdbc:postgresql://" + TestSettings.pgHost() + ":" + TestSettings.pgPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, TestSettings.pgUser(), System.getenv().getOrDefault("PGPASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql + " (" + e.getMessage() + ")", e);
        }
    }
}
