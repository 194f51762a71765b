package dev.tandem.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The tandem Deployment of one environment: its container, that container's ports, and the environment it sees. */
record TandemPod(Manifest deployment, JsonNode container, Map<String, String> environment) {

    /** Adds to problems each variable whose source cannot be read (an envFrom that is no ConfigMap here, an env of another kind). */
    static TandemPod of(Rendered resources, List<String> problems) {
        Manifest deployment = resources.one("Deployment", "tandem");
        JsonNode container = container(deployment);
        return new TandemPod(deployment, container, environment(resources, deployment, container, problems));
    }

    JsonNode template() {
        return deployment.spec().path("template");
    }

    /** The container's port by number or by name; -1 when it has none such. */
    int port(JsonNode port) {
        for (JsonNode declared : container.path("ports")) {
            if (port.isInt() ? declared.path("containerPort").asInt() == port.asInt() : declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }

    private static JsonNode container(Manifest deployment) {
        for (JsonNode container : deployment.spec().path("template").path("spec").path("containers")) {
            if (container.path("name").asText().equals("tandem")) {
                return container;
            }
        }
        throw new AssertionError(deployment.describe() + ": no container tandem");
    }

    /** Name to value as the container sees it; a Secret's value is written "secret <name>/<key>". */
    private static Map<String, String> environment(Rendered resources, Manifest deployment, JsonNode container, List<String> problems) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String name = source.path("configMapRef").path("name").asText(null);
            Optional<Manifest> configMap = resources.find("ConfigMap", name);
            if (name == null || source.size() != 1 || configMap.isEmpty()) {
                problems.add(deployment.describe() + ": envFrom " + source + " is not a ConfigMap of this environment");
                continue;
            }
            configMap.get().body().path("data").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            if (variable.has("value")) {
                environment.put(name, variable.get("value").asText());
            } else if (secret.isObject() && variable.path("valueFrom").size() == 1) {
                environment.put(name, "secret " + secret.path("name").asText() + "/" + secret.path("key").asText());
            } else {
                problems.add(deployment.describe() + ": env " + name + " takes its value from something other than a value or a secretKeyRef");
            }
        }
        return environment;
    }
}
