package dev.tandem.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.tandem.common.config.EnvironmentVariables;

/**
 * What the service reads and serves, taken from its own files (application.properties, the image's entrypoint
 * run-tandem.sh, the classes that hold a LISTEN connection): the side the manifests must match.
 *
 * @param variables every environment variable the service or its entrypoint reads
 * @param required the ones without a default: the Deployment must set them
 * @param properties application.properties as written (with its ${...} expressions)
 * @param listenConnections LISTEN connections one replica holds, outside the pools
 */
record ServiceContract(Set<String> variables, Set<String> required, Properties properties, int listenConnections) {

    private static final Pattern CHANNEL = Pattern.compile("static final String CHANNEL = \"tandem_[a-z_]+\";");

    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)");
    private static final Pattern SHELL_ASSIGNMENT = Pattern.compile("(?m)^\\s*([A-Z][A-Z0-9_]*)=");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}$]*))?}");

    /** Read from backend/ (where Maven runs the tests). */
    static ServiceContract read() {
        try {
            String properties = Files.readString(EnvironmentVariables.APPLICATION_PROPERTIES);
            Properties parsed = new Properties();
            parsed.load(new StringReader(properties));
            return of(properties, parsed, Files.readString(Path.of("src/main/docker/run-tandem.sh")), countListenConnections());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceContract of(String properties, Properties parsed, String entrypoint, int listenConnections) {
        Set<String> variables = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (EnvironmentVariables.Variable variable : EnvironmentVariables.of(properties)) {
            variables.add(variable.name());
            if (variable.hasNoDefault()) {
                required.add(variable.name());
            }
        }
        Set<String> assigned = SHELL_ASSIGNMENT.matcher(entrypoint).results().map(m -> m.group(1)).collect(Collectors.toSet());
        SHELL_VARIABLE.matcher(entrypoint).results().map(m -> m.group(1)).filter(name -> !assigned.contains(name)).forEach(variables::add);
        return new ServiceContract(variables, required, parsed, listenConnections);
    }

    /**
     * Each NOTIFY channel (a feature's {@code CHANNEL = "tandem_..."}: metric status, governance, ended sessions) is
     * listened to on a connection of its own (PgListeners).
     */
    private static int countListenConnections() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return (int) files.filter(file -> file.toString().endsWith(".java"))
                    .mapToLong(file -> CHANNEL.matcher(read(file)).results().count())
                    .sum();
        }
    }

    /** A property's value with each ${VARIABLE:default} taken from the environment the manifests give, else its default. */
    String value(String key, String fallback, Map<String, String> environment) {
        String raw = properties.getProperty(key, fallback);
        Matcher expression = EXPRESSION.matcher(raw);
        return expression.replaceAll(m -> Matcher.quoteReplacement(environment.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2))));
    }

    int managementPort(Map<String, String> environment) {
        return Integer.parseInt(value("quarkus.management.port", "9000", environment));
    }

    int httpPort(Map<String, String> environment) {
        return Integer.parseInt(value("quarkus.http.port", "8080", environment));
    }

    /** The management interface's path of an endpoint: /q/health/live, /q/metrics (Quarkus' defaults unless configured). */
    String managementPath(String endpoint) {
        String root = properties.getProperty("quarkus.management.root-path", "/q");
        String health = properties.getProperty("quarkus.smallrye-health.root-path", "health");
        return switch (endpoint) {
            case "live" -> root + "/" + health + "/" + properties.getProperty("quarkus.smallrye-health.liveness-path", "live");
            case "ready" -> root + "/" + health + "/" + properties.getProperty("quarkus.smallrye-health.readiness-path", "ready");
            case "started" -> root + "/" + health + "/" + properties.getProperty("quarkus.smallrye-health.startup-path", "started");
            case "metrics" -> root + "/" + properties.getProperty("quarkus.micrometer.export.prometheus.path", "metrics");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    /** Connections one replica opens at most: the reactive pool, Flyway's JDBC pool and the LISTEN connections. */
    int connectionsPerReplica(Map<String, String> environment) {
        return Integer.parseInt(value("quarkus.datasource.reactive.max-size", "20", environment))
                + Integer.parseInt(value("quarkus.datasource.jdbc.max-size", "20", environment))
                + listenConnections;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
