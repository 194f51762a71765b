package dev.tandem.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The small kustomize of the manifest checks: what it renders of k8s/, and that it refuses what it does not know. */
class KustomizeTest {

    @TempDir
    Path directory;

    @Test
    void theConfigMapHashIsKustomizes() {
        // The expected values are those of kustomize's own hasher tests (a ConfigMap with an empty name).
        assertThat(Kustomize.hash(configMap("{}"))).isEqualTo("42745tchd9");
        assertThat(Kustomize.hash(configMap("{\"one\": \"\"}"))).isEqualTo("9g67k2htb6");
        assertThat(Kustomize.hash(configMap("{\"two\": \"2\", \"one\": \"\", \"three\": \"3\"}"))).isEqualTo("f5h7t85m9b");
    }

    @Test
    void devGetsItsNamespaceImageConfigurationAndSizes() {
        List<Manifest> dev = ManifestsTest.render("overlays/dev");
        assertThat(dev).allSatisfy(r -> assertThat(r.body().path("metadata").path("namespace").asText()).isEqualTo("tandem-dev"));
        assertThat(dev).allSatisfy(r -> assertThat(r.body().path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).isEqualTo("tandem"));
        Manifest configMap = find(dev, "ConfigMap");
        assertThat(configMap.name()).matches("tandem-config-[a-z0-9]{10}");
        assertThat(configMap.body().path("data").path("TANDEM_DATA_SET").asText()).isEqualTo("demo");
        assertThat(configMap.body().path("data").path("TANDEM_PG_HOST").asText()).isEqualTo("tandem-db-rw");
        JsonNode pod = find(dev, "Deployment").spec().path("template");
        JsonNode container = pod.path("spec").path("containers").get(0);
        assertThat(container.path("image").asText()).isEqualTo("tandem:dev");
        assertThat(container.path("envFrom").get(0).path("configMapRef").path("name").asText()).isEqualTo(configMap.name());
        assertThat(container.path("resources").path("requests").path("cpu").asText()).isEqualTo("100m");
        assertThat(container.path("resources").path("limits").path("memory").asText()).as("kept from the base").isEqualTo("1Gi");
        assertThat(container.path("ports")).hasSize(2);
        assertThat(pod.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).isEqualTo("tandem");
        assertThat(find(dev, "Deployment").spec().path("selector").path("matchLabels").has("app.kubernetes.io/part-of")).isFalse();
        assertThat(dev.stream().filter(r -> r.kind().equals("Ingress")).map(r -> r.spec().path("rules").get(0).path("host").asText()))
                .containsExactlyInAnyOrder("tandem.dev.example.com", "tandem.dev.example.com", "id.dev.example.com");
        assertThat(dev.stream().filter(r -> r.name().equals("keycloak") && r.kind().equals("Ingress")).findFirst().orElseThrow()
                .body().findValuesAsText("path")).contains("/admin/");
        assertThat(dev.stream().filter(r -> r.kind().equals("Cluster")).map(r -> r.spec().path("instances").asInt())).containsOnly(1);
    }

    @Test
    void prodPinsItsImageAndSpreadsHard() {
        List<Manifest> prod = ManifestsTest.render("overlays/prod");
        JsonNode spec = find(prod, "Deployment").spec().path("template").path("spec");
        assertThat(spec.path("containers").get(0).path("image").asText()).isEqualTo("example.com/tandem/tandem:0.1.0");
        assertThat(spec.path("topologySpreadConstraints").get(0).path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
        assertThat(find(prod, "HorizontalPodAutoscaler").spec().path("maxReplicas").asInt()).isEqualTo(10);
        assertThat(find(prod, "ConfigMap").body().path("data").path("TANDEM_DATA_SET").asText()).isEmpty();
    }

    @Test
    void anUnknownKustomizationFieldFailsTheRender() throws IOException {
        assertRenderFails("""
                replicas:
                  - name: tandem
                    count: 3
                """, "kustomization.yaml: 'replicas' is not supported");
    }

    @Test
    void aPatchOfAMissingResourceFailsTheRender() throws IOException {
        write("patch.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: tandme\nautomountServiceAccountToken: false\n");
        assertRenderFails("patches: [{path: patch.yaml}]", "patch.yaml document 1: patches ServiceAccount tandme");
    }

    @Test
    void anImageEntryThatMatchesNoContainerFailsTheRender() throws IOException {
        assertRenderFails("images: [{name: tandme, newTag: dev}]", "images entry 'tandme' matches no container");
    }

    @Test
    void aListInAPatchOfACustomResourceFailsTheRender() throws IOException {
        write("patch.yaml", "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db\nspec:\n  plugins: [{name: x}]\n");
        write("cluster.yaml", "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db\nspec:\n  instances: 1\n");
        assertRenderFails("patches: [{path: patch.yaml}]\nresources: [cluster.yaml]", "list /spec/plugins in a strategic-merge patch");
    }

    /** A kustomization with a ServiceAccount and the given fields fails with the message. */
    private void assertRenderFails(String fields, String message) throws IOException {
        String resources = fields.contains("resources:") ? "" : "resources: [service-account.yaml]\n";
        write("kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + resources + fields + "\n");
        write("service-account.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: tandem\n");
        assertThatThrownBy(() -> Kustomize.render(directory, directory)).isInstanceOf(ManifestException.class).hasMessageContaining(message);
    }

    @Test
    void aYamlErrorNamesTheFileAndTheDocument() {
        assertThatThrownBy(() -> YamlDocuments.parse("k8s/overlays/dev/sizing.yaml", "kind: A\n---\nkind: B\n  spec: [\n"))
                .isInstanceOf(ManifestException.class).hasMessageStartingWith("k8s/overlays/dev/sizing.yaml document 2 does not parse");
        assertThatThrownBy(() -> YamlDocuments.parse("x.yaml", "kind: A\nkind: B\n"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("x.yaml document 1").hasMessageContaining("Duplicate field 'kind'");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(directory.resolve(name), text);
    }

    private static ObjectNode configMap(String data) {
        return YamlDocuments.parse("test", "kind: ConfigMap\nmetadata:\n  name: ''\ndata: " + data).getFirst().body();
    }

    private static Manifest find(List<Manifest> resources, String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
    }
}
