package dev.tandem.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the cross-checks of one rendered environment in one pass and collects what they find: EnvironmentWiring (what the
 * pod is given), RoutingWiring (how the pod is reached) and ConnectionBudget (what the pods may ask of the database).
 */
final class Wiring {

    private Wiring() {
    }

    /**
     * @param secretsToCreate the Secrets (and their keys) README.md tells the operator to create for this environment
     */
    static List<String> problems(List<Manifest> resources, ServiceContract service, Map<String, Set<String>> secretsToCreate) {
        Rendered rendered = new Rendered(resources);
        List<String> problems = new ArrayList<>();
        TandemPod pod = TandemPod.of(rendered, problems);
        EnvironmentWiring environment = new EnvironmentWiring(rendered, pod, service, new SecretKeys(rendered, secretsToCreate), problems);
        RoutingWiring routing = new RoutingWiring(rendered, pod, service, problems);
        environment.variablesAreRead();
        routing.probes();
        routing.ports();
        routing.budgetsAndAutoscalers();
        environment.serviceAccount();
        environment.secrets();
        environment.database().ifPresent(db -> ConnectionBudget.check(rendered, pod, db, service, problems));
        environment.keycloak();
        routing.hostnames();
        return problems;
    }
}
