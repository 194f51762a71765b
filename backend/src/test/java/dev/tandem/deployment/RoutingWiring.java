package dev.tandem.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Checks how the rest of the environment reaches the tandem pods: probes and container ports against where the service
 * listens, the objects that select or target the pods (Service, PodMonitor, NetworkPolicy, PodDisruptionBudget,
 * HorizontalPodAutoscaler), the Ingress backends, and the public URLs against the Ingress hosts and their certificates.
 */
record RoutingWiring(Rendered resources, TandemPod pod, ServiceContract service, List<String> problems) {

    void probes() {
        Manifest deployment = pod.deployment();
        int management = service.managementPort(pod.environment());
        for (String[] probe : new String[][] { { "startupProbe", "started" }, { "readinessProbe", "ready" }, { "livenessProbe", "live" } }) {
            JsonNode httpGet = pod.container().path(probe[0]).path("httpGet");
            if (httpGet.isMissingNode()) {
                problems.add(deployment.describe() + ": no " + probe[0] + " with httpGet");
                continue;
            }
            int port = pod.port(httpGet.path("port"));
            if (port != management) {
                problems.add(deployment.describe() + ": " + probe[0] + " asks port " + httpGet.path("port").asText() + " (" + port
                        + "), but the service's management interface listens on " + management);
            }
            String path = service.managementPath(probe[1]);
            if (!httpGet.path("path").asText().equals(path)) {
                problems.add(deployment.describe() + ": " + probe[0] + " asks " + httpGet.path("path").asText() + ", the service answers " + path);
            }
        }
    }

    void ports() {
        Manifest deployment = pod.deployment();
        int management = service.managementPort(pod.environment());
        Map<String, Integer> expected = Map.of("http", service.httpPort(pod.environment()), "management", management);
        expected.forEach((name, port) -> {
            if (pod.port(TextNode.valueOf(name)) != port) {
                problems.add(deployment.describe() + ": container port " + name + " must be " + port + ", where the service listens");
            }
        });
        JsonNode annotations = pod.template().path("metadata").path("annotations");
        if (annotations.has("prometheus.io/port") && !annotations.path("prometheus.io/port").asText().equals(String.valueOf(management))) {
            problems.add(deployment.describe() + ": annotation prometheus.io/port is not the management port " + management);
        }
        if (annotations.has("prometheus.io/path") && !annotations.path("prometheus.io/path").asText().equals(service.managementPath("metrics"))) {
            problems.add(deployment.describe() + ": annotation prometheus.io/path is not " + service.managementPath("metrics"));
        }
        for (Manifest monitor : resources.all("PodMonitor")) {
            selects(monitor, monitor.spec().path("selector"));
            for (JsonNode endpoint : monitor.spec().path("podMetricsEndpoints")) {
                if (pod.port(endpoint.path("port")) != management || !endpoint.path("path").asText().equals(service.managementPath("metrics"))) {
                    problems.add(monitor.describe() + ": scrapes " + endpoint.path("port").asText() + endpoint.path("path").asText()
                            + ", the metrics are on the port named management at " + service.managementPath("metrics"));
                }
            }
        }
        for (Manifest policy : resources.all("NetworkPolicy")) {
            selects(policy, policy.spec().path("podSelector"));
            for (JsonNode rule : policy.spec().path("ingress")) {
                for (JsonNode port : rule.path("ports")) {
                    if (pod.port(port.path("port")) < 0) {
                        problems.add(policy.describe() + ": admits port " + port.path("port").asText() + ", which the container does not have");
                    }
                }
            }
        }
        for (Manifest target : resources.all("Service")) {
            selects(target, target.spec());
            for (JsonNode port : target.spec().path("ports")) {
                if (pod.port(port.path("targetPort")) < 0) {
                    problems.add(target.describe() + ": targetPort " + port.path("targetPort").asText() + " is no port of the container");
                }
            }
        }
        for (Manifest ingress : resources.all("Ingress")) {
            for (JsonNode backend : ingress.body().findValues("backend")) {
                backend(ingress, backend.path("service"));
            }
        }
    }

    /** An Ingress backend: a Service of this environment, or the one the Keycloak operator creates, and one of its ports. */
    private void backend(Manifest ingress, JsonNode backend) {
        String name = backend.path("name").asText();
        JsonNode port = backend.path("port");
        for (Manifest keycloak : resources.all("Keycloak")) {
            if (name.equals(keycloak.name() + "-service")) {
                if (port.path("number").asInt() != keycloak.spec().path("http").path("httpPort").asInt(8080)) {
                    problems.add(ingress.describe() + ": " + name + " serves HTTP on " + keycloak.spec().path("http").path("httpPort").asInt(8080) + ", not " + port);
                }
                return;
            }
        }
        Optional<Manifest> target = resources.find("Service", name);
        boolean found = target.isPresent() && target.get().spec().path("ports").findValuesAsText(port.has("name") ? "name" : "port")
                .contains(port.has("name") ? port.path("name").asText() : port.path("number").asText());
        if (!found) {
            problems.add(ingress.describe() + ": backend " + name + " " + port + " is no Service port of this environment");
        }
    }

    /** The PodDisruptionBudgets select the tandem pods; each HorizontalPodAutoscaler scales an object of this environment. */
    void budgetsAndAutoscalers() {
        for (Manifest budget : resources.all("PodDisruptionBudget")) {
            selects(budget, budget.spec().path("selector"));
        }
        for (Manifest autoscaler : resources.all("HorizontalPodAutoscaler")) {
            JsonNode target = autoscaler.spec().path("scaleTargetRef");
            if (resources.find(target.path("kind").asText(), target.path("name").asText()).isEmpty()) {
                problems.add(autoscaler.describe() + ": scales " + target + ", which is not in this environment");
            }
        }
    }

    /**
     * The public URLs in step: TANDEM_PUBLIC_URL is the tandem Ingresses' host, TANDEM_OIDC_URL is Keycloak's hostname
     * plus /realms/tandem, Keycloak's hostname is its Ingress' host, and each Ingress' certificate covers its host.
     */
    void hostnames() {
        Map<String, String> environment = pod.environment();
        for (Manifest ingress : resources.all("Ingress")) {
            List<String> hosts = ingress.spec().path("rules").findValuesAsText("host");
            List<String> certified = new ArrayList<>();
            for (JsonNode tls : ingress.spec().path("tls")) {
                tls.path("hosts").forEach(host -> certified.add(host.asText()));
            }
            if (!certified.containsAll(hosts)) {
                problems.add(ingress.describe() + ": hosts " + hosts + ", TLS for " + certified);
            }
            boolean keycloak = resources.all("Keycloak").stream().anyMatch(k -> ingress.body().findValuesAsText("name").contains(k.name() + "-service"));
            String url = keycloak ? resources.all("Keycloak").getFirst().spec().path("hostname").path("hostname").asText()
                    : environment.getOrDefault("TANDEM_PUBLIC_URL", "");
            for (String host : hosts) {
                if (!url.equals("https://" + host)) {
                    problems.add(ingress.describe() + ": host " + host + ", but " + (keycloak ? "Keycloak's hostname" : "TANDEM_PUBLIC_URL") + " is " + url);
                }
            }
        }
        for (Manifest keycloak : resources.all("Keycloak")) {
            String issuer = keycloak.spec().path("hostname").path("hostname").asText() + "/realms/tandem";
            if (!issuer.equals(environment.get("TANDEM_OIDC_URL"))) {
                problems.add(pod.deployment().describe() + ": TANDEM_OIDC_URL=" + environment.get("TANDEM_OIDC_URL") + ", but the realm's issuer is " + issuer);
            }
        }
    }

    /** Fails unless every label of the selector (a Service's spec.selector, or matchLabels) is on the pod template. */
    private void selects(Manifest selector, JsonNode spec) {
        JsonNode wanted = spec.has("matchLabels") ? spec.get("matchLabels") : spec.path("selector");
        JsonNode labels = pod.template().path("metadata").path("labels");
        boolean selected = !wanted.isEmpty() && wanted.properties().stream()
                .allMatch(label -> label.getValue().asText().equals(labels.path(label.getKey()).asText(null)));
        if (!selected) {
            problems.add(selector.describe() + ": selector " + wanted + " does not select the tandem pods " + labels);
        }
    }
}
