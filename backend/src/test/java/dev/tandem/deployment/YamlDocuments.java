package dev.tandem.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads every YAML document of a file; a document that does not parse fails with the file and its number. */
final class YamlDocuments {

    /** Duplicate keys are errors, as for kubectl: otherwise the second would silently win. */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlDocuments() {
    }

    static List<Manifest> read(Path file, String source) {
        try {
            return parse(source, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a text, each named "source document N"; empty documents (only comments) are skipped, as kubectl does. */
    static List<Manifest> parse(String source, String text) {
        List<Manifest> documents = new ArrayList<>();
        int number = 0;
        try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (true) {
                number++;
                if (!values.hasNextValue()) {
                    return documents;
                }
                JsonNode value = values.nextValue();
                if (value == null || value.isMissingNode() || value.isNull()) {
                    continue;
                }
                if (!(value instanceof ObjectNode object)) {
                    throw new ManifestException(source + " document " + number + ": not a mapping but " + value.getNodeType());
                }
                documents.add(new Manifest(source + " document " + number, object));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ManifestException) {
                throw (ManifestException) e;
            }
            throw new ManifestException(source + " document " + number + " does not parse: " + e.getMessage(), e);
        }
    }
}
