package dev.tandem.common.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Turns OpenTelemetry on exactly when {@value #ENDPOINT} names a collector: it answers
 * {@value #SDK_DISABLED} (a Quarkus setting read at start) from that one variable, so an operator sets one
 * variable, not two that must agree. Without it, the SDK is off: no exporter retrying a collector that is not
 * there, and Vert.x is started without tracing. A value set anywhere for {@value #SDK_DISABLED} itself (the test
 * profile, {@code QUARKUS_OTEL_SDK_DISABLED}) still wins: only the extension's own default is replaced.
 * Registered in META-INF/services, so Quarkus applies it in the JVM and in a native executable alike.
 */
public class TracingSwitch implements ConfigSourceInterceptor {

    static final String ENDPOINT = "TANDEM_OTLP_ENDPOINT";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SDK_DISABLED.equals(name) || setByAnyone(value)) {
            return value;
        }
        ConfigValue endpoint = context.proceed(ENDPOINT);
        boolean off = endpoint == null || endpoint.getValue() == null || endpoint.getValue().isBlank();
        return ConfigValue.builder()
                .withName(name)
                .withValue(Boolean.toString(off))
                .withConfigSourceName(TracingSwitch.class.getSimpleName() + " (" + ENDPOINT + ")")
                .build();
    }

    /** Defaults (the extension's, and those Quarkus records at build) sit in sources of negative ordinal; every file or variable above. */
    private static boolean setByAnyone(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() >= 0;
    }
}
