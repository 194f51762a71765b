package dev.tandem.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Tandem's settings read through its one mapping from application.properties, without booting Quarkus: each
 * default is declared once (there), environment variables keep their names, and README's table stays true.
 */
class TandemConfigTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void theDefaultsAreThoseOfReadmesTable() {
        TandemConfig config = load(Map.of());
        assertThat(config.publicUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.dataSet()).isEmpty();
        assertThat(config.graphql().maxDepth()).isEqualTo(12);
        assertThat(config.graphql().maxCost()).isEqualTo(1_000_000);
        assertThat(config.graphql().maxCostSignedOut()).isEqualTo(50);
        assertThat(config.graphql().budget()).isEqualTo(5_000_000);
        assertThat(config.graphql().budgetRestorePerSecond()).isEqualTo(500_000);
        assertThat(config.graphql().deadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.graphql().maxAliases()).isEqualTo(30);
        assertThat(config.graphql().connectionInitTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.graphql().maxUnsentBytesPerSocket()).isEqualTo(1_048_576);
        assertThat(config.graphql().maxSubscriptionsPerSocket()).isEqualTo(20);
        assertThat(config.graphql().maxPageSize()).isEqualTo(100);
        assertThat(config.db().statementTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.db().acquireTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.db().maxWaiting()).isEqualTo(200);
        assertThat(config.security().apiAudience()).isEqualTo("tandem-api");
        assertThat(config.security().endedSessionRetention()).isEqualTo(Duration.ofHours(24));
        assertThat(config.security().endedSessionRefresh()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void environmentVariablesKeepTheirNames() {
        TandemConfig config = load(Map.of("TANDEM_PUBLIC_URL", "https://tandem.example.com", "TANDEM_DATA_SET", "demo",
                "TANDEM_PG_STATEMENT_TIMEOUT", "7S", "TANDEM_WS_MAX_UNSENT_BYTES", "2048",
                "TANDEM_GRAPHQL_BUDGET_RESTORE", "9", "TANDEM_ENDED_SESSION_RETENTION", "2H"));
        assertThat(config.publicUrl()).isEqualTo("https://tandem.example.com");
        assertThat(config.dataSet()).contains("demo");
        assertThat(config.db().statementTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.graphql().maxUnsentBytesPerSocket()).isEqualTo(2048);
        assertThat(config.graphql().budgetRestorePerSecond()).isEqualTo(9);
        assertThat(config.security().endedSessionRetention()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aMisspeltTandemSettingFailsTheStart() {
        assertThatThrownBy(() -> load(Map.of(), Map.of("tandem.graphql.max-dpeth", "3")))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining("tandem.graphql.max-dpeth");
    }

    @Test
    void theTestRunsSystemPropertiesAndOtherVariablesOfTheLauncherAreNoSettingsOfTheService() {
        TandemConfig config = load(Map.of("TANDEM_PG_HOST", "db", "TANDEM_KEYCLOAK_PORT", "8180", "TANDEM_CACHE", "/tmp"),
                Map.of("tandem.test.keycloak-url", "http://127.0.0.1:18180", "tandem.test.secrets", "../.tandem/secrets.env"));
        assertThat(config.test()).containsEntry("keycloak-url", "http://127.0.0.1:18180");
        assertThat(config.graphql().maxDepth()).isEqualTo(12);
    }

    @Test
    void theTestProfileOverridesStillApply() {
        SmallRyeConfig config = builder(Map.of(), Map.of()).withProfile("test").build();
        TandemConfig mapping = config.getConfigMapping(TandemConfig.class);
        assertThat(mapping.dataSet()).contains("demo");
        assertThat(mapping.graphql().connectionInitTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(mapping.security().endedSessionRefresh()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void tandemSettingsAreReadOnlyThroughTheOneMappingAndHaveNoDefaultInJava() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String name = MAIN_SOURCES.relativize(file).toString();
                if (source.contains("@WithDefault")) {
                    found.add(name + ": @WithDefault");
                }
                if (source.contains("@ConfigMapping") && !file.endsWith("TandemConfig.java")) {
                    found.add(name + ": @ConfigMapping");
                }
                if (Pattern.compile("@ConfigProperty\\(name = \"tandem\\.").matcher(source).find()) {
                    found.add(name + ": @ConfigProperty of a tandem.* key");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyTandemKeyHasACommentAbove() throws IOException {
        List<String> lines = Files.readAllLines(EnvironmentVariables.APPLICATION_PROPERTIES);
        List<String> uncommented = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("tandem.") && (i == 0 || !lines.get(i - 1).startsWith("#"))) {
                uncommented.add(lines.get(i));
            }
        }
        assertThat(uncommented).isEmpty();
    }

    @Test
    void readmesTableShowsTheDefaultOfEveryVariable() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("../README.md")).stream().filter(l -> l.startsWith("| `TANDEM_")).toList();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (EnvironmentVariables.Variable variable : EnvironmentVariables.ofApplicationProperties()) {
            String name = variable.name();
            String value = variable.defaultValue();
            if (variable.hasNoDefault() || value.contains("$")) {
                continue;                                                       // empty, or another variable's value
            }
            checked++;
            boolean shown = readme.stream().anyMatch(row -> row.contains("`" + name + "`") && row.contains("`" + value + "`"));
            if (!shown) {
                wrong.add(name + "=" + value);
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    private static TandemConfig load(Map<String, String> environment) {
        return load(environment, Map.of());
    }

    private static TandemConfig load(Map<String, String> environment, Map<String, String> systemProperties) {
        return builder(environment, systemProperties).build().getConfigMapping(TandemConfig.class);
    }

    /** The sources as Quarkus orders them: system properties over environment over application.properties. */
    private static SmallRyeConfigBuilder builder(Map<String, String> environment, Map<String, String> systemProperties) {
        URL properties = TandemConfigTest.class.getResource("/application.properties");
        try {
            return new SmallRyeConfigBuilder()
                    .addDefaultInterceptors()                                           // ${VARIABLE:default} and %test.
                    .withConverter(Duration.class, 200, new DurationConverter())       // "10S" as Quarkus reads it
                    .withSources(new PropertiesConfigSource(properties, 250))
                    .withSources(new EnvConfigSource(environment, 300))
                    .withSources(new MapBackedConfigSource("system properties", systemProperties, 400) {
                    })
                    .withValidateUnknown(true)                                          // as Quarkus does
                    .withMapping(TandemConfig.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
