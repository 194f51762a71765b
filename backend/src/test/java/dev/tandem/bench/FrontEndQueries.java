package dev.tandem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The GraphQL documents the front end sends, read from its sources: an operation with the fragments it spreads. */
final class FrontEndQueries {

    private static final Pattern DOCUMENT = Pattern.compile("graphql\\(`([^`]*)`\\)");
    private static final Pattern NAME = Pattern.compile("^\\s*(?:query|mutation|subscription|fragment)\\s+(\\w+)");
    private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.(\\w+)");

    private final Map<String, String> documents = new LinkedHashMap<>();

    FrontEndQueries(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ts") && !f.toString().contains("/gql/")).toList()) {
                Matcher document = DOCUMENT.matcher(Files.readString(file));
                while (document.find()) {
                    Matcher name = NAME.matcher(document.group(1));
                    if (name.find()) {
                        documents.put(name.group(1), document.group(1).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation named {@code name} followed by every fragment it needs. */
    String operation(String name) {
        String operation = documents.get(name);
        if (operation == null) {
            throw new IllegalArgumentException("The front end has no operation " + name);
        }
        Set<String> fragments = new LinkedHashSet<>();
        collect(operation, fragments);
        StringBuilder text = new StringBuilder(operation);
        fragments.forEach(fragment -> text.append('\n').append(documents.get(fragment)));
        return text.toString();
    }

    private void collect(String document, Set<String> fragments) {
        Matcher spread = SPREAD.matcher(document);
        while (spread.find()) {
            if (fragments.add(spread.group(1))) {
                collect(documents.get(spread.group(1)), fragments);
            }
        }
    }
}
