package dev.tandem.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks the operators' custom resources against the JSON schemas in k8s/schemas/: written from each operator's CRD and
 * reference documentation (each schema names its sources), strict wherever these manifests set something.
 */
final class CustomResources {

    /** apiVersion/kind to its schema file under k8s/schemas/. */
    static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-realm-import.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Path directory;

    CustomResources(Path directory) {
        this.directory = directory;
    }

    static boolean knows(Manifest manifest) {
        return SCHEMAS.containsKey(manifest.apiVersion() + "/" + manifest.kind());
    }

    /** What the schema of the object's apiVersion and kind finds wrong, one line a finding. */
    List<String> problems(Manifest manifest) {
        String file = SCHEMAS.get(manifest.apiVersion() + "/" + manifest.kind());
        if (file == null) {
            return List.of(manifest.describe() + ": no schema for " + manifest.apiVersion() + " " + manifest.kind());
        }
        return schema(file).validate(manifest.body()).stream()
                .map(error -> manifest.describe() + ": " + error.getInstanceLocation() + " " + error.getMessage())
                .toList();
    }

    private Schema schema(String file) {
        try {
            return REGISTRY.getSchema(YamlDocuments.YAML.readTree(Files.readString(directory.resolve(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
