package dev.tandem.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks what the tandem pod is given to run with: every variable one the service reads and every required one set, its
 * ServiceAccount and Secrets there, TANDEM_PG_* naming a CloudNativePG cluster of the environment that a NetworkPolicy
 * lets it reach, and Keycloak's database wired the same way.
 */
record EnvironmentWiring(Rendered resources, TandemPod pod, ServiceContract service, SecretKeys secretKeys, List<String> problems) {

    private static final int POSTGRES_PORT = 5432;

    void variablesAreRead() {
        Manifest deployment = pod.deployment();
        for (String name : pod.environment().keySet()) {
            if (!service.variables().contains(name)) {
                problems.add(deployment.describe() + ": sets " + name + ", which the service does not read (application.properties, run-tandem.sh)");
            }
        }
        for (String name : service.required()) {
            if (!pod.environment().containsKey(name)) {
                problems.add(deployment.describe() + ": does not set " + name + ", which has no default in application.properties");
            }
        }
    }

    void serviceAccount() {
        String account = pod.template().path("spec").path("serviceAccountName").asText("default");
        if (!account.equals("default") && resources.find("ServiceAccount", account).isEmpty()) {
            problems.add(pod.deployment().describe() + ": ServiceAccount " + account + " is not in this environment");
        }
    }

    void secrets() {
        for (JsonNode variable : pod.container().path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            if (secret.isObject()) {
                problems.addAll(secretKeys.problems(pod.deployment(), secret));
            }
        }
    }

    /** The CloudNativePG cluster TANDEM_PG_HOST names, if it is one of this environment. */
    Optional<Manifest> database() {
        Manifest deployment = pod.deployment();
        Map<String, String> environment = pod.environment();
        String host = environment.getOrDefault("TANDEM_PG_HOST", "");
        Optional<Manifest> cluster = resources.all("Cluster").stream().filter(c -> host.equals(c.name() + "-rw")).findFirst();
        if (cluster.isEmpty()) {
            problems.add(deployment.describe() + ": TANDEM_PG_HOST=" + host + " is not the -rw Service of a CloudNativePG Cluster of this environment");
            return cluster;
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
        if (!resources.all("NetworkPolicy").stream().allMatch(policy -> reaches(policy, db))) {
            problems.add(deployment.describe() + ": a NetworkPolicy lets it reach no pod of cnpg.io/cluster=" + db.name() + " on " + POSTGRES_PORT);
        }
        return cluster;
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

    void keycloak() {
        for (Manifest keycloak : resources.all("Keycloak")) {
            JsonNode db = keycloak.spec().path("db");
            Optional<Manifest> cluster = resources.all("Cluster").stream().filter(c -> db.path("host").asText().equals(c.name() + "-rw")).findFirst();
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
                problems.addAll(secretKeys.problems(keycloak, db.path(secret)));
            }
        }
    }
}
