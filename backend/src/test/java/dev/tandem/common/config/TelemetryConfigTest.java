package dev.tandem.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Tracing and JSON logs as application.properties and TracingSwitch configure them, without booting Quarkus: one
 * variable turns tracing on, production logs JSON unless told otherwise, dev and test log plain lines.
 */
class TelemetryConfigTest {

    @Test
    void tracingIsOffWithoutAnEndpoint() {
        assertThat(config(Map.of(), "prod").getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isTrue();
        assertThat(config(Map.of("TANDEM_OTLP_ENDPOINT", ""), "prod").getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isTrue();
    }

    @Test
    void anEndpointTurnsTracingOnAndReceivesTheSpans() {
        SmallRyeConfig config = config(Map.of("TANDEM_OTLP_ENDPOINT", "http://otel-collector:4317"), "prod");
        assertThat(config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isFalse();
        assertThat(config.getValue("quarkus.otel.exporter.otlp.traces.endpoint", String.class)).isEqualTo("http://otel-collector:4317");
    }

    @Test
    void anExplicitSettingStillWins() {
        assertThat(config(Map.of("TANDEM_OTLP_ENDPOINT", "http://otel-collector:4317", "QUARKUS_OTEL_SDK_DISABLED", "true"), "prod")
                .getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isTrue();
        assertThat(config(Map.of(), "test").getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).as("the test profile records sampled requests").isFalse();
    }

    @Test
    void productionLogsJsonUnlessTurnedOff() {
        assertThat(config(Map.of(), "prod").getValue("quarkus.log.console.json.enabled", Boolean.class)).isTrue();
        assertThat(config(Map.of("TANDEM_LOG_JSON", "false"), "prod").getValue("quarkus.log.console.json.enabled", Boolean.class)).isFalse();
        assertThat(config(Map.of(), "dev").getValue("quarkus.log.console.json.enabled", Boolean.class)).isFalse();
        assertThat(config(Map.of(), "test").getValue("quarkus.log.console.json.enabled", Boolean.class)).isFalse();
    }

    /** application.properties under the environment, with the interceptor Quarkus finds in META-INF/services. */
    private static SmallRyeConfig config(Map<String, String> environment, String profile) {
        URL properties = TelemetryConfigTest.class.getResource("/application.properties");
        try {
            return new SmallRyeConfigBuilder()
                    .addDefaultInterceptors()
                    .addDiscoveredInterceptors()
                    .withProfile(profile)
                    .withSources(new PropertiesConfigSource(properties, 250))
                    .withSources(new EnvConfigSource(environment, 300))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
