package dev.tandem.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets README.md (Deploying on Kubernetes) tells the operator to create, per environment: the keys of its `kubectl create secret
 * generic` commands, each under the comment that names its environment (`# dev: ...`, `# prod: ...`).
 */
final class SecretsToCreate {

    private static final Pattern ENVIRONMENT = Pattern.compile("^#\\s*(\\w+):");
    private static final Pattern COMMAND = Pattern.compile("create secret generic ([a-z0-9-]+)");
    private static final Pattern KEY = Pattern.compile("--from-literal=([A-Za-z0-9_.-]+)=");

    private SecretsToCreate() {
    }

    /** Environment to Secret name to its keys. */
    static Map<String, Map<String, Set<String>>> fromReadme(String readme) {
        Map<String, Map<String, Set<String>>> secrets = new LinkedHashMap<>();
        String environment = null;
        String[] lines = readme.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher comment = ENVIRONMENT.matcher(lines[i].strip());
            if (comment.find()) {
                environment = comment.group(1);
            }
            Matcher command = COMMAND.matcher(lines[i]);
            if (command.find() && environment != null) {
                Set<String> keys = secrets.computeIfAbsent(environment, e -> new LinkedHashMap<>())
                        .computeIfAbsent(command.group(1), name -> new TreeSet<>());
                for (int line = i; line < lines.length; line++) {
                    KEY.matcher(lines[line]).results().forEach(key -> keys.add(key.group(1)));
                    if (!lines[line].stripTrailing().endsWith("\\")) {
                        break;
                    }
                }
            }
        }
        return secrets;
    }
}
