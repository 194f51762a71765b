package dev.tandem.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Cross-checks one rendered environment: what the Deployment promises (ports, probes, environment, secrets, database)
 * against what the service reads, and the objects that point at each other (Service, Ingress, NetworkPolicy,
 * PodMonitor, HPA, PDB, the CloudNativePG clusters and Keycloak) against what they point at.
 */
final class Wiring {

    /** The keys of the Secret `<cluster>-app` CloudNativePG generates (docs: "Connecting from an application"). */
    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of(
            "username", "user", "password", "dbname", "host", "port", "pgpass", "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri");
    /** CloudNativePG's default superuser_reserved_connections, kept out of what applications can use. */
    private static final int RESERVED_CONNECTIONS = 3;
    private static final int POSTGRES_PORT = 5432;

    private final List<Manifest> resources;
    private final ServiceContract service;
    private final Map<String, Set<String>> secretsToCreate;
    private final List<String> problems = new ArrayList<>();

    private Wiring(List<Manifest> resources, ServiceContract service, Map<String, Set<String>> secretsToCreate) {
        this.resources = resources;
        this.service = service;
        this.secretsToCreate = secretsToCreate;
    }

    /**
     * @param secretsToCreate the Secrets (and their keys) README.md tells the operator to create for this environment
     */
    static List<String> problems(List<Manifest> resources, ServiceContract service, Map<String, Set<String>> secretsToCreate) {
        Wiring wiring = new Wiring(resources, service, secretsToCreate);
        Manifest deployment = wiring.one("Deployment", "tandem");
        JsonNode container = wiring.container(deployment);
        Map<String, String> environment = wiring.environment(deployment, container);
        wiring.environmentIsRead(deployment, environment);
        wiring.probes(deployment, container, environment);
        wiring.ports(deployment, container, environment);
        wiring.references(deployment, container);
        wiring.database(deployment, environment);
        wiring.keycloak();
        wiring.hostnames(deployment, environment);
        return wiring.problems;
    }

    private Manifest one(String kind, String name) {
        return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " among " + resources.stream().map(Manifest::describe).toList()));
    }

    private List<Manifest> all(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    private JsonNode container(Manifest deployment) {
        for (JsonNode container : deployment.spec().path("template").path("spec").path("containers")) {
            if (container.path("name").asText().equals("tandem")) {
                return container;
            }
        }
        throw new AssertionError(deployment.describe() + ": no container tandem");
    }

    /** Name to value as the container sees it; a Secret's value is written "secret <name>/<key>". */
    private Map<String, String> environment(Manifest deployment, JsonNode container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String name = source.path("configMapRef").path("name").asText(null);
            Optional<Manifest> configMap = resources.stream().filter(r -> r.kind().equals("ConfigMap") && r.name().equals(name)).findFirst();
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

    private void environmentIsRead(Manifest deployment, Map<String, String> environment) {
        for (String name : environment.keySet()) {
            if (!service.variables().contains(name)) {
                problems.add(deployment.describe() + ": sets " + name + ", which the service does not read (application.properties, run-tandem.sh)");
            }
        }
        for (String name : service.required()) {
            if (!environment.containsKey(name)) {
                problems.add(deployment.describe() + ": does not set " + name + ", which has no default in application.properties");
            }
        }
    }

    private void probes(Manifest deployment, JsonNode container, Map<String, String> environment) {
        int management = service.managementPort(environment);
        for (String[] probe : new String[][] { { "startupProbe", "started" }, { "readinessProbe", "ready" }, { "livenessProbe", "live" } }) {
            JsonNode httpGet = container.path(probe[0]).path("httpGet");
            if (httpGet.isMissingNode()) {
                problems.add(deployment.describe() + ": no " + probe[0] + " with httpGet");
                continue;
            }
            int port = containerPort(container, httpGet.path("port"));
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

    private void ports(Manifest deployment, JsonNode container, Map<String, String> environment) {
        int management = service.managementPort(environment);
        Map<String, Integer> expected = Map.of("http", service.httpPort(environment), "management", management);
        expected.forEach((name, port) -> {
            if (containerPort(container, TextNode.valueOf(name)) != port) {
                problems.add(deployment.describe() + ": container port " + name + " must be " + port + ", where the service listens");
            }
        });
        JsonNode template = deployment.spec().path("template");
        JsonNode annotations = template.path("metadata").path("annotations");
        if (annotations.has("prometheus.io/port") && !annotations.path("prometheus.io/port").asText().equals(String.valueOf(management))) {
            problems.add(deployment.describe() + ": annotation prometheus.io/port is not the management port " + management);
        }
        if (annotations.has("prometheus.io/path") && !annotations.path("prometheus.io/path").asText().equals(service.managementPath("metrics"))) {
            problems.add(deployment.describe() + ": annotation prometheus.io/path is not " + service.managementPath("metrics"));
        }
        for (Manifest monitor : all("PodMonitor")) {
            selects(monitor, monitor.spec().path("selector"), template);
            for (JsonNode endpoint : monitor.spec().path("podMetricsEndpoints")) {
                if (containerPort(container, endpoint.path("port")) != management || !endpoint.path("path").asText().equals(service.managementPath("metrics"))) {
                    problems.add(monitor.describe() + ": scrapes " + endpoint.path("port").asText() + endpoint.path("path").asText()
                            + ", the metrics are on the port named management at " + service.managementPath("metrics"));
                }
            }
        }
        for (Manifest policy : all("NetworkPolicy")) {
            selects(policy, policy.spec().path("podSelector"), template);
            for (JsonNode rule : policy.spec().path("ingress")) {
                for (JsonNode port : rule.path("ports")) {
                    if (containerPort(container, port.path("port")) < 0) {
                        problems.add(policy.describe() + ": admits port " + port.path("port").asText() + ", which the container does not have");
                    }
                }
            }
        }
        for (Manifest service : all("Service")) {
            selects(service, service.spec(), template);
            for (JsonNode port : service.spec().path("ports")) {
                if (containerPort(container, port.path("targetPort")) < 0) {
                    problems.add(service.describe() + ": targetPort " + port.path("targetPort").asText() + " is no port of the container");
                }
            }
        }
        for (Manifest ingress : all("Ingress")) {
            for (JsonNode backend : ingress.body().findValues("backend")) {
                backend(ingress, backend.path("service"));
            }
        }
    }

    /** An Ingress backend: a Service of this environment, or the one the Keycloak operator creates, and one of its ports. */
    private void backend(Manifest ingress, JsonNode backend) {
        String name = backend.path("name").asText();
        JsonNode port = backend.path("port");
        for (Manifest keycloak : all("Keycloak")) {
            if (name.equals(keycloak.name() + "-service")) {
                if (port.path("number").asInt() != keycloak.spec().path("http").path("httpPort").asInt(8080)) {
                    problems.add(ingress.describe() + ": " + name + " serves HTTP on " + keycloak.spec().path("http").path("httpPort").asInt(8080) + ", not " + port);
                }
                return;
            }
        }
        Optional<Manifest> target = resources.stream().filter(r -> r.kind().equals("Service") && r.name().equals(name)).findFirst();
        boolean found = target.isPresent() && target.get().spec().path("ports").findValuesAsText(port.has("name") ? "name" : "port")
                .contains(port.has("name") ? port.path("name").asText() : port.path("number").asText());
        if (!found) {
            problems.add(ingress.describe() + ": backend " + name + " " + port + " is no Service port of this environment");
        }
    }

    private void references(Manifest deployment, JsonNode container) {
        JsonNode template = deployment.spec().path("template");
        for (Manifest budget : all("PodDisruptionBudget")) {
            selects(budget, budget.spec().path("selector"), template);
        }
        for (Manifest autoscaler : all("HorizontalPodAutoscaler")) {
            JsonNode target = autoscaler.spec().path("scaleTargetRef");
            if (resources.stream().noneMatch(r -> r.kind().equals(target.path("kind").asText()) && r.name().equals(target.path("name").asText()))) {
                problems.add(autoscaler.describe() + ": scales " + target + ", which is not in this environment");
            }
        }
        String account = template.path("spec").path("serviceAccountName").asText("default");
        if (!account.equals("default") && resources.stream().noneMatch(r -> r.kind().equals("ServiceAccount") && r.name().equals(account))) {
            problems.add(deployment.describe() + ": ServiceAccount " + account + " is not in this environment");
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            if (secret.isObject()) {
                secretKey(deployment, secret);
            }
        }
    }

    /** A Secret's key must be one CloudNativePG generates (`<cluster>-app`) or one README tells the operator to create. */
    private void secretKey(Manifest user, JsonNode reference) {
        String name = reference.path("name").asText();
        String key = reference.path("key").asText();
        boolean cluster = all("Cluster").stream().anyMatch(c -> name.equals(c.name() + "-app"));
        Set<String> keys = cluster ? CNPG_APP_SECRET_KEYS : secretsToCreate.get(name);
        if (keys == null) {
            problems.add(user.describe() + ": reads Secret " + name + ", which no CloudNativePG cluster generates and README.md does not tell to create");
        } else if (!keys.contains(key)) {
            problems.add(user.describe() + ": reads key " + key + " of Secret " + name + ", which has only " + keys
                    + (cluster ? " (CloudNativePG)" : " (as README.md tells to create it)"));
        }
    }

    private void database(Manifest deployment, Map<String, String> environment) {
        String host = environment.getOrDefault("TANDEM_PG_HOST", "");
        Optional<Manifest> cluster = all("Cluster").stream().filter(c -> host.equals(c.name() + "-rw")).findFirst();
        if (cluster.isEmpty()) {
            problems.add(deployment.describe() + ": TANDEM_PG_HOST=" + host + " is not the -rw Service of a CloudNativePG Cluster of this environment");
            return;
        }
        Manifest db = cluster.get();
        if (!environment.getOrDefault("TANDEM_PG_PORT", "").equals(String.valueOf(POSTGRES_PORT))) {
            problems.add(deployment.describe() + ": TANDEM_PG_PORT is not " + POSTGRES_PORT + ", the port of " + host);
        }
        String database = db.spec().path("bootstrap").path("initdb").path("database").asText();
        if (!environment.getOrDefault("TANDEM_PG_DB", "").equals(database)) {
            problems.add(deployment.describe() + ": TANDEM_PG_DB is not " + database + ", the database " + db.describe() + " creates");
        }
        for (String variable : List.of("TANDEM_PG_USER", "TANDEM_PG_PASSWORD")) {
            if (!environment.getOrDefault(variable, "").startsWith("secret " + db.name() + "-app/")) {
                problems.add(deployment.describe() + ": " + variable + " does not come from " + db.name() + "-app, the owner's Secret of " + db.describe());
            }
        }
        if (!all("NetworkPolicy").stream().allMatch(policy -> reaches(policy, db))) {
            problems.add(deployment.describe() + ": a NetworkPolicy lets it reach no pod of cnpg.io/cluster=" + db.name() + " on " + POSTGRES_PORT);
        }
        connectionBudget(deployment, environment, db);
    }

    /** An egress rule of the policy admits the database's pods (CloudNativePG labels them cnpg.io/cluster) on its port. */
    private static boolean reaches(Manifest policy, Manifest db) {
        for (JsonNode rule : policy.spec().path("egress")) {
            if (rule.path("to").findValuesAsText("cnpg.io/cluster").contains(db.name())
                    && rule.path("ports").findValuesAsText("port").contains(String.valueOf(POSTGRES_PORT))) {
                return true;
            }
        }
        return false;
    }

    /** The most pods there can be (the HPA's maximum plus the rollout's surge), each at its connections, and what PostgreSQL allows. */
    record ConnectionBudget(int pods, int perPod, int usable) {

        int needed() {
            return pods * perPod;
        }
    }

    /** The budget of the environment's tandem Deployment against the database its TANDEM_PG_HOST names. */
    static ConnectionBudget connectionBudget(List<Manifest> resources, ServiceContract service) {
        Wiring wiring = new Wiring(resources, service, Map.of());
        Manifest deployment = wiring.one("Deployment", "tandem");
        Map<String, String> environment = wiring.environment(deployment, wiring.container(deployment));
        Manifest db = wiring.all("Cluster").stream().filter(c -> environment.get("TANDEM_PG_HOST").equals(c.name() + "-rw")).findFirst().orElseThrow();
        return wiring.budget(deployment, environment, db);
    }

    private void connectionBudget(Manifest deployment, Map<String, String> environment, Manifest db) {
        ConnectionBudget budget = budget(deployment, environment, db);
        if (budget.needed() > budget.usable()) {
            problems.add(deployment.describe() + ": " + budget.pods() + " pods x " + budget.perPod() + " connections = " + budget.needed()
                    + ", but " + db.describe() + " allows applications " + budget.usable() + " (max_connections - " + RESERVED_CONNECTIONS + ")");
        }
    }

    private ConnectionBudget budget(Manifest deployment, Map<String, String> environment, Manifest db) {
        int maxReplicas = all("HorizontalPodAutoscaler").stream()
                .filter(h -> h.spec().path("scaleTargetRef").path("name").asText().equals(deployment.name()))
                .mapToInt(h -> h.spec().path("maxReplicas").asInt())
                .findFirst()
                .orElse(deployment.spec().path("replicas").asInt(1));
        JsonNode surge = deployment.spec().path("strategy").path("rollingUpdate").path("maxSurge");
        if (!surge.isMissingNode() && !surge.isInt()) {
            problems.add(deployment.describe() + ": maxSurge " + surge + " is not a number of pods; the connection budget needs one");
        }
        int maxConnections = Integer.parseInt(db.spec().path("postgresql").path("parameters").path("max_connections").asText("100"));
        return new ConnectionBudget(maxReplicas + surge.asInt(1), service.connectionsPerReplica(environment), maxConnections - RESERVED_CONNECTIONS);
    }

    /** What is wrong with a reference to a Secret's key made outside the Deployment (a realm import's placeholder). */
    static List<String> secretKeyProblems(List<Manifest> resources, Map<String, Set<String>> secretsToCreate, Manifest user, JsonNode reference) {
        Wiring wiring = new Wiring(resources, null, secretsToCreate);
        wiring.secretKey(user, reference);
        return wiring.problems;
    }

    private void keycloak() {
        for (Manifest keycloak : all("Keycloak")) {
            JsonNode db = keycloak.spec().path("db");
            Optional<Manifest> cluster = all("Cluster").stream().filter(c -> db.path("host").asText().equals(c.name() + "-rw")).findFirst();
            if (cluster.isEmpty()) {
                problems.add(keycloak.describe() + ": db.host " + db.path("host").asText() + " is not the -rw Service of a CloudNativePG Cluster");
                continue;
            }
            if (!db.path("database").asText().equals(cluster.get().spec().path("bootstrap").path("initdb").path("database").asText())) {
                problems.add(keycloak.describe() + ": db.database is not the database " + cluster.get().describe() + " creates");
            }
            for (String secret : List.of("usernameSecret", "passwordSecret")) {
                if (!db.path(secret).path("name").asText().equals(cluster.get().name() + "-app")) {
                    problems.add(keycloak.describe() + ": db." + secret + " is not " + cluster.get().name() + "-app");
                }
                secretKey(keycloak, db.path(secret));
            }
        }
    }

    /**
     * The public URLs in step: TANDEM_PUBLIC_URL is the tandem Ingresses' host, TANDEM_OIDC_URL is Keycloak's hostname
     * plus /realms/tandem, Keycloak's hostname is its Ingress' host, and each Ingress' certificate covers its host.
     */
    private void hostnames(Manifest deployment, Map<String, String> environment) {
        for (Manifest ingress : all("Ingress")) {
            List<String> hosts = ingress.spec().path("rules").findValuesAsText("host");
            List<String> certified = new ArrayList<>();
            for (JsonNode tls : ingress.spec().path("tls")) {
                tls.path("hosts").forEach(host -> certified.add(host.asText()));
            }
            if (!certified.containsAll(hosts)) {
                problems.add(ingress.describe() + ": hosts " + hosts + ", TLS for " + certified);
            }
            boolean keycloak = all("Keycloak").stream().anyMatch(k -> ingress.body().findValuesAsText("name").contains(k.name() + "-service"));
            String url = keycloak ? all("Keycloak").getFirst().spec().path("hostname").path("hostname").asText()
                    : environment.getOrDefault("TANDEM_PUBLIC_URL", "");
            for (String host : hosts) {
                if (!url.equals("https://" + host)) {
                    problems.add(ingress.describe() + ": host " + host + ", but " + (keycloak ? "Keycloak's hostname" : "TANDEM_PUBLIC_URL") + " is " + url);
                }
            }
        }
        for (Manifest keycloak : all("Keycloak")) {
            String issuer = keycloak.spec().path("hostname").path("hostname").asText() + "/realms/tandem";
            if (!issuer.equals(environment.get("TANDEM_OIDC_URL"))) {
                problems.add(deployment.describe() + ": TANDEM_OIDC_URL=" + environment.get("TANDEM_OIDC_URL") + ", but the realm's issuer is " + issuer);
            }
        }
    }

    /** Fails unless every label of the selector (a Service's spec.selector, or matchLabels) is on the pod template. */
    private void selects(Manifest selector, JsonNode spec, JsonNode template) {
        JsonNode wanted = spec.has("matchLabels") ? spec.get("matchLabels") : spec.path("selector");
        JsonNode labels = template.path("metadata").path("labels");
        boolean selected = !wanted.isEmpty() && wanted.properties().stream()
                .allMatch(label -> label.getValue().asText().equals(labels.path(label.getKey()).asText(null)));
        if (!selected) {
            problems.add(selector.describe() + ": selector " + wanted + " does not select the tandem pods " + labels);
        }
    }

    /** A container's port by number or by name; -1 when it has none such. */
    private static int containerPort(JsonNode container, JsonNode port) {
        for (JsonNode declared : container.path("ports")) {
            if (port.isInt() ? declared.path("containerPort").asInt() == port.asInt() : declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }
}
