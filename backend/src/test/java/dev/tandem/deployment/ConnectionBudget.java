package dev.tandem.deployment;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The connection budget: the most pods there can be (the HPA's maximum plus the rollout's surge), each at its connections,
 * and what PostgreSQL allows.
 */
record ConnectionBudget(int pods, int perPod, int usable) {

    /** CloudNativePG's default superuser_reserved_connections, kept out of what applications can use. */
    private static final int RESERVED_CONNECTIONS = 3;

    /** The budget of the environment's tandem Deployment against the database its TANDEM_PG_HOST names. */
    static ConnectionBudget of(List<Manifest> resources, ServiceContract service) {
        Rendered rendered = new Rendered(resources);
        TandemPod pod = TandemPod.of(rendered, new ArrayList<>());
        Manifest db = rendered.all("Cluster").stream().filter(c -> pod.environment().get("TANDEM_PG_HOST").equals(c.name() + "-rw")).findFirst().orElseThrow();
        return of(rendered, pod, db, service, new ArrayList<>());
    }

    /** Adds to problems when the pods may ask the database for more connections than it allows applications. */
    static void check(Rendered resources, TandemPod pod, Manifest db, ServiceContract service, List<String> problems) {
        ConnectionBudget budget = of(resources, pod, db, service, problems);
        if (budget.needed() > budget.usable()) {
            problems.add(pod.deployment().describe() + ": " + budget.pods() + " pods x " + budget.perPod() + " connections = " + budget.needed()
                    + ", but " + db.describe() + " allows applications " + budget.usable() + " (max_connections - " + RESERVED_CONNECTIONS + ")");
        }
    }

    private static ConnectionBudget of(Rendered resources, TandemPod pod, Manifest db, ServiceContract service, List<String> problems) {
        Manifest deployment = pod.deployment();
        int maxReplicas = resources.all("HorizontalPodAutoscaler").stream()
                .filter(h -> h.spec().path("scaleTargetRef").path("name").asText().equals(deployment.name()))
                .mapToInt(h -> h.spec().path("maxReplicas").asInt())
                .findFirst()
                .orElse(deployment.spec().path("replicas").asInt(1));
        JsonNode surge = deployment.spec().path("strategy").path("rollingUpdate").path("maxSurge");
        if (!surge.isMissingNode() && !surge.isInt()) {
            problems.add(deployment.describe() + ": maxSurge " + surge + " is not a number of pods; the connection budget needs one");
        }
        int maxConnections = Integer.parseInt(db.spec().path("postgresql").path("parameters").path("max_connections").asText("100"));
        return new ConnectionBudget(maxReplicas + surge.asInt(1), service.connectionsPerReplica(pod.environment()), maxConnections - RESERVED_CONNECTIONS);
    }

    int needed() {
        return pods * perPod;
    }
}
