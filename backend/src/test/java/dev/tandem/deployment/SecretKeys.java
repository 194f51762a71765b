package dev.tandem.deployment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a reference to a Secret's key: one CloudNativePG generates (`<cluster>-app`) or one README tells the operator to create. */
record SecretKeys(Rendered resources, Map<String, Set<String>> secretsToCreate) {

    /** The keys of the Secret `<cluster>-app` CloudNativePG generates (docs: "Connecting from an application"). */
    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of(
            "username", "user", "password", "dbname", "host", "port", "pgpass", "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri");

    /**
     * What is wrong with the user's reference (a secretKeyRef, Keycloak's db secrets, a realm import's placeholder).
     *
     * @param secretsToCreate the Secrets (and their keys) README.md tells the operator to create for this environment
     */
    static List<String> problems(List<Manifest> resources, Map<String, Set<String>> secretsToCreate, Manifest user, JsonNode reference) {
        return new SecretKeys(new Rendered(resources), secretsToCreate).problems(user, reference);
    }

    List<String> problems(Manifest user, JsonNode reference) {
        String name = reference.path("name").asText();
        String key = reference.path("key").asText();
        boolean cluster = resources.all("Cluster").stream().anyMatch(c -> name.equals(c.name() + "-app"));
        Set<String> keys = cluster ? CNPG_APP_SECRET_KEYS : secretsToCreate.get(name);
        if (keys == null) {
            return List.of(user.describe() + ": reads Secret " + name + ", which no CloudNativePG cluster generates and README.md does not tell to create");
        } else if (!keys.contains(key)) {
            return List.of(user.describe() + ": reads key " + key + " of Secret " + name + ", which has only " + keys
                    + (cluster ? " (CloudNativePG)" : " (as README.md tells to create it)"));
        }
        return List.of();
    }
}
