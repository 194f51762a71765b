package dev.tandem.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each check of ManifestsTest finds the mistake it is there for: the dev overlay, rendered, then broken in one place. */
class ManifestChecksTest {

    private static final ServiceContract SERVICE = ServiceContract.read();
    private static final Map<String, Set<String>> SECRETS = Map.of("tandem-secrets",
            Set.of("TANDEM_SESSION_SECRET", "TANDEM_PSEUDONYM_KEY", "SECRET_TANDEM_WEB"));

    @Test
    void theUntouchedOverlayHasNoProblem() {
        assertThat(wiring(dev())).isEmpty();
    }

    @Test
    void aMisspeltDeploymentFieldIsReported() {
        Manifest deployment = broken("Deployment", d -> container(d).put("imagePullPolcy", "Always"));
        assertThat(KubernetesModel.problems(deployment))
                .singleElement().asString().contains("unknown field(s) [imagePullPolcy]", "/spec/template/spec/containers[0]");
    }

    @Test
    void aFieldOfTheWrongTypeIsReported() {
        Manifest autoscaler = broken("HorizontalPodAutoscaler", h -> ((ObjectNode) h.get("spec")).put("maxReplicas", "six"));
        assertThat(KubernetesModel.problems(autoscaler)).singleElement().asString().contains("HorizontalPodAutoscaler tandem", "six");
    }

    @Test
    void anUnknownApiVersionIsReported() {
        Manifest budget = broken("PodDisruptionBudget", p -> p.put("apiVersion", "policy/v1beta1"));
        assertThat(ManifestsTest.apiProblems(budget)).singleElement().asString().contains("policy/v1beta1 PodDisruptionBudget is checked by neither");
    }

    @Test
    void anUnknownFieldOfAClusterSpecIsReported() {
        Manifest cluster = broken("Cluster", c -> ((ObjectNode) c.get("spec")).put("instance", 2));
        assertThat(ManifestsTest.apiProblems(cluster)).singleElement().asString().contains("Cluster tandem-db", "instance");
    }

    @Test
    void anUnquotedPostgresParameterIsReported() {
        Manifest cluster = broken("Cluster", c -> c.withObject("spec").withObject("postgresql").withObject("parameters").put("max_connections", 200));
        assertThat(ManifestsTest.apiProblems(cluster)).singleElement().asString().contains("/spec/postgresql/parameters/max_connections", "string");
    }

    @Test
    void aMisspeltKeycloakFieldIsReported() {
        Manifest keycloak = broken("Keycloak", k -> k.withObject("spec").withObject("proxy").put("headers", "x-forwarded"));
        assertThat(ManifestsTest.apiProblems(keycloak)).singleElement().asString().contains("/spec/proxy/headers");
    }

    @Test
    void aMisspeltRealmKeyIsReported() {
        Manifest realmImport = YamlDocuments.parse("realm-imports.sh dev", """
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata: {name: tandem}
                spec:
                  keycloakCRName: keycloak
                  realm: {realm: tandem, enabeld: true}
                """).getFirst();
        assertThat(ManifestsTest.apiProblems(realmImport)).singleElement().asString().contains("enabeld");
    }

    @Test
    void aProbeOnTheWrongPortIsReported() {
        List<Manifest> dev = dev();
        container(find(dev, "Deployment")).withObject("readinessProbe").withObject("httpGet").put("port", "http");
        assertThat(wiring(dev)).singleElement().asString().contains("readinessProbe asks port http (8080)", "listens on 9000");
    }

    @Test
    void aProbeOnAPathTheServiceDoesNotServeIsReported() {
        List<Manifest> dev = dev();
        container(find(dev, "Deployment")).withObject("livenessProbe").withObject("httpGet").put("path", "/q/health");
        assertThat(wiring(dev)).singleElement().asString().contains("livenessProbe asks /q/health, the service answers /q/health/live");
    }

    @Test
    void aServiceOrMonitorOnAPortTheContainerDoesNotHaveIsReported() {
        List<Manifest> dev = dev();
        ((ObjectNode) find(dev, "Service").spec().path("ports").get(0)).put("targetPort", "web");
        ((ObjectNode) find(dev, "PodMonitor").spec().path("podMetricsEndpoints").get(0)).put("port", "http");
        assertThat(wiring(dev)).hasSize(2).anySatisfy(p -> assertThat(p).contains("targetPort web"))
                .anySatisfy(p -> assertThat(p).contains("(PodMonitor tandem): scrapes http/q/metrics"));
    }

    @Test
    void anEnvironmentVariableTheServiceDoesNotReadIsReported() {
        List<Manifest> dev = dev();
        ((ObjectNode) find(dev, "ConfigMap").body().get("data")).put("TANDEM_PG_POOLSIZE", "15");
        assertThat(wiring(dev)).singleElement().asString().contains("sets TANDEM_PG_POOLSIZE, which the service does not read");
    }

    @Test
    void aRequiredVariableLeftOutIsReported() {
        List<Manifest> dev = dev();
        ArrayNode env = (ArrayNode) container(find(dev, "Deployment")).get("env");
        env.remove(env.size() - 1);
        assertThat(wiring(dev)).singleElement().asString().contains("does not set TANDEM_PSEUDONYM_KEY");
    }

    @Test
    void aSecretKeyNobodyCreatesIsReported() {
        List<Manifest> dev = dev();
        assertThat(Wiring.problems(dev, SERVICE, Map.of("tandem-secrets", Set.of("TANDEM_SESSION_SECRET", "SECRET_TANDEM_WEB"))))
                .singleElement().asString().contains("reads key TANDEM_PSEUDONYM_KEY of Secret tandem-secrets");
        secretKeyRef(dev, "TANDEM_PG_PASSWORD").put("key", "pass");
        assertThat(wiring(dev)).singleElement().asString().contains("reads key pass of Secret tandem-db-app", "(CloudNativePG)");
    }

    @Test
    void theWrongDatabaseIsReported() {
        List<Manifest> dev = dev();
        ((ObjectNode) find(dev, "ConfigMap").body().get("data")).put("TANDEM_PG_HOST", "tandem-db-ro");
        assertThat(wiring(dev)).singleElement().asString().contains("TANDEM_PG_HOST=tandem-db-ro is not the -rw Service");
        List<Manifest> other = dev();
        secretKeyRef(other, "TANDEM_PG_USER").put("name", "keycloak-db-app");
        assertThat(wiring(other)).singleElement().asString().contains("TANDEM_PG_USER does not come from tandem-db-app");
    }

    @Test
    void publicUrlsOutOfStepAreReported() {
        List<Manifest> dev = dev();
        ((ObjectNode) find(dev, "ConfigMap").body().get("data")).put("TANDEM_OIDC_URL", "https://id.example.com/realms/tandem");
        ((ObjectNode) find(dev, "Ingress").spec().path("rules").get(0)).put("host", "tandem.example.com");
        assertThat(wiring(dev)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("TANDEM_OIDC_URL=https://id.example.com/realms/tandem, but the realm's issuer is https://id.dev.example.com"))
                .anySatisfy(p -> assertThat(p).contains("host tandem.example.com, but TANDEM_PUBLIC_URL is https://tandem.dev.example.com"))
                .anySatisfy(p -> assertThat(p).contains("hosts [tandem.example.com], TLS for [tandem.dev.example.com]"));
    }

    @Test
    void moreConnectionsThanPostgresAllowsAreReported() {
        List<Manifest> dev = dev();
        ((ObjectNode) find(dev, "HorizontalPodAutoscaler").spec()).put("maxReplicas", 10);
        assertThat(wiring(dev)).singleElement().asString().contains("11 pods x 20 connections = 220", "allows applications 197");
    }

    private static List<String> wiring(List<Manifest> resources) {
        return Wiring.problems(resources, SERVICE, SECRETS);
    }

    private static List<Manifest> dev() {
        return ManifestsTest.render("overlays/dev");
    }

    private static Manifest broken(String kind, Consumer<ObjectNode> change) {
        Manifest resource = find(dev(), kind);
        change.accept(resource.body());
        return resource;
    }

    private static Manifest find(List<Manifest> resources, String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static ObjectNode container(JsonNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static ObjectNode container(Manifest deployment) {
        return container(deployment.body());
    }

    private static ObjectNode secretKeyRef(List<Manifest> resources, String variable) {
        for (JsonNode env : container(find(resources, "Deployment")).get("env")) {
            if (env.path("name").asText().equals(variable)) {
                return (ObjectNode) env.path("valueFrom").path("secretKeyRef");
            }
        }
        throw new AssertionError(variable);
    }
}
