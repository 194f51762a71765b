package dev.tandem.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables application.properties reads, as written there: each `${TANDEM_X:default}` (nested
 * defaults such as `${TANDEM_SESSION_SECRET:${TANDEM_OIDC_SECRET:}}` give both names). Shared by the tests that
 * compare them with README's table and with the Kubernetes manifests.
 */
public final class EnvironmentVariables {

    /** Relative to backend/, where Maven runs the tests. */
    public static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

    private static final Pattern START = Pattern.compile("\\$\\{(TANDEM_[A-Z0-9_]+)(:?)");

    /** One occurrence: the variable and the text after its colon ({@code null} when it has none). */
    public record Variable(String name, String defaultValue) {

        /** Empty or absent: the service gets no value unless the environment gives one. */
        public boolean hasNoDefault() {
            return defaultValue == null || defaultValue.isEmpty();
        }
    }

    private EnvironmentVariables() {
    }

    public static List<Variable> ofApplicationProperties() {
        try {
            return of(Files.readString(APPLICATION_PROPERTIES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every `${TANDEM_...}` in the text, in order, nested ones included. */
    public static List<Variable> of(String properties) {
        List<Variable> found = new ArrayList<>();
        Matcher start = START.matcher(properties);
        while (start.find()) {
            String defaultValue = start.group(2).isEmpty() ? null : properties.substring(start.end(), closingBrace(properties, start.end()));
            found.add(new Variable(start.group(1), defaultValue));
        }
        return found;
    }

    private static int closingBrace(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed ${ at " + from);
    }
}
