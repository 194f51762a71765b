package dev.tandem.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests of k8s/, checked without a cluster, kubectl or kustomize: every YAML document parses, each
 * overlay renders, every object matches the Kubernetes API (fabric8's model) or its operator's schema (k8s/schemas),
 * the realm imports k8s/realm-imports.sh prints do too, and the Deployment promises only what the service reads.
 */
class ManifestsTest {

    static final Path REPOSITORY = Path.of("..");
    static final Path K8S = REPOSITORY.resolve("k8s");
    private static final CustomResources SCHEMAS = new CustomResources(K8S.resolve("schemas"));
    private static final ServiceContract SERVICE = ServiceContract.read();

    @Test
    void everyYamlDocumentUnderK8sParses() throws IOException {
        List<String> failures = new ArrayList<>();
        int documents = 0;
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
                try {
                    documents += YamlDocuments.read(file, REPOSITORY.relativize(file).toString()).size();
                } catch (ManifestException e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(documents).as("documents under k8s/").isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod", "base" })
    void everyRenderedObjectMatchesItsApi(String kustomization) {
        List<Manifest> resources = render(kustomization);
        assertThat(resources).extracting(Manifest::kind).contains("Deployment", "Service", "ConfigMap", "Cluster", "Keycloak", "PodMonitor");
        List<String> problems = new ArrayList<>();
        for (Manifest resource : resources) {
            problems.addAll(apiProblems(resource));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theDeploymentPromisesWhatTheServiceReads(String environment) {
        assertThat(Wiring.problems(render("overlays/" + environment), SERVICE, secretsToCreate(environment))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theRealmImportsMatchTheirSchemaAndTheSecrets(String environment) throws Exception {
        List<Manifest> resources = render("overlays/" + environment);
        String keycloak = resources.stream().filter(r -> r.kind().equals("Keycloak")).findFirst().orElseThrow().name();
        List<Manifest> imports = realmImports(environment, secretsToCreate(environment).get("tandem-secrets"));
        assertThat(imports).extracting(Manifest::name).contains("tandem");
        List<String> problems = new ArrayList<>();
        for (Manifest realmImport : imports) {
            problems.addAll(apiProblems(realmImport));
            if (!realmImport.name().equals(realmImport.spec().path("realm").path("realm").asText())) {
                problems.add(realmImport.describe() + ": imports the realm " + realmImport.spec().path("realm").path("realm"));
            }
            if (!realmImport.spec().path("keycloakCRName").asText().equals(keycloak)) {
                problems.add(realmImport.describe() + ": keycloakCRName is not " + keycloak);
            }
            for (var placeholder : realmImport.spec().path("placeholders").properties()) {
                problems.addAll(SecretKeys.problems(resources, secretsToCreate(environment), realmImport, placeholder.getValue().path("secret")));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The sums written in tandem-config.env and k8s/README.md are those of the manifests and the service. */
    @Test
    void theConnectionBudgetInTheCommentsIsTheRealOne() throws IOException {
        ConnectionBudget base = ConnectionBudget.of(render("base"), SERVICE);
        ConnectionBudget prod = ConnectionBudget.of(render("overlays/prod"), SERVICE);
        String config = Files.readString(K8S.resolve("base/tandem-config.env"));
        String readme = Files.readString(K8S.resolve("README.md"));
        for (var entry : Map.of("base", base, "prod", prod).entrySet()) {
            ConnectionBudget budget = entry.getValue();
            assertThat(config).contains("%s %d x %d = %d < %d".formatted(entry.getKey(), budget.pods(), budget.perPod(), budget.needed(), budget.usable()));
        }
        assertThat(config).contains("= " + base.perPod() + ".");
        assertThat(readme.replaceAll("\\s+", " "))
                .contains("at **%d**".formatted(base.perPod()))
                .contains("%d of %d in the base, %d of %d in prod".formatted(base.needed(), base.usable(), prod.needed(), prod.usable()));
    }

    static List<String> apiProblems(Manifest resource) {
        if (KubernetesModel.knows(resource)) {
            return KubernetesModel.problems(resource);
        }
        if (CustomResources.knows(resource)) {
            return SCHEMAS.problems(resource);
        }
        return List.of(resource.describe() + ": " + resource.apiVersion() + " " + resource.kind()
                + " is checked by neither fabric8's model (KubernetesModel) nor a schema in k8s/schemas (CustomResources)");
    }

    static List<Manifest> render(String kustomization) {
        return Kustomize.render(K8S.resolve(kustomization), REPOSITORY);
    }

    private static Map<String, Set<String>> secretsToCreate(String environment) {
        try {
            Map<String, Map<String, Set<String>>> all = SecretsToCreate.fromReadme(Files.readString(REPOSITORY.resolve("README.md")));
            assertThat(all).as("README.md's kubectl create secret commands").containsKey(environment);
            return all.get(environment);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs k8s/realm-imports.sh as README.md does: with the URLs and, as its environment, exactly the keys README tells to
     * put into tandem-secrets (dummy values), so a variable the script needs that the Secret lacks fails here.
     */
    private static List<Manifest> realmImports(String environment, Set<String> secretKeys) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", "k8s/realm-imports.sh", environment).directory(REPOSITORY.toFile());
        Map<String, String> variables = script.environment();
        variables.keySet().removeIf(name -> !name.equals("PATH"));
        variables.put("KC_URL", "https://id.example.com");
        variables.put("APP_URL", "https://tandem.example.com");
        if (environment.equals("dev")) {
            secretKeys.forEach(key -> variables.put(key, "0123456789abcdef0123456789abcdef"));
        }
        Path errors = Files.createTempFile("realm-imports", ".err");
        Process process = script.redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("k8s/realm-imports.sh %s: %s", environment, Files.readString(errors)).isZero();
        Files.delete(errors);
        return YamlDocuments.parse("k8s/realm-imports.sh " + environment, output);
    }

}
