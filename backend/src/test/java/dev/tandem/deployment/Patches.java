package dev.tandem.deployment;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Kustomize's two kinds of patch, as far as k8s/ uses them: strategic merge (maps merge, keyed lists of built-in kinds
 * merge by their key, null removes) and JSON 6902 (add, replace, remove). Anything else fails rather than guess.
 */
final class Patches {

    /** The keyed lists of Kubernetes' own kinds that a patch may merge into (the API's patchMergeKey). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "env", "name", "volumes", "name", "volumeMounts", "mountPath");

    private Patches() {
    }

    /** Kubernetes' own groups: core (no group), apps, autoscaling, policy, and *.k8s.io. Custom resources merge as JSON. */
    static boolean builtIn(String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    static void strategicMerge(ObjectNode target, ObjectNode patch, String where) {
        merge(target, patch, "", builtIn(target.path("apiVersion").asText()), where);
    }

    private static void merge(ObjectNode target, ObjectNode patch, String path, boolean builtIn, String where) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String at = path + "/" + key;
            if (key.startsWith("$")) {
                throw new ManifestException(where + ": patch directive " + at + " is not supported by this renderer (Patches.java)");
            }
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && target.get(key) instanceof ObjectNode into) {
                merge(into, (ObjectNode) value, at, builtIn, where);
            } else if (value.isArray()) {
                mergeList(target, key, (ArrayNode) value, at, builtIn, where);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static void mergeList(ObjectNode target, String key, ArrayNode patch, String at, boolean builtIn, String where) {
        String mergeKey = MERGE_KEYS.get(key);
        if (!builtIn || mergeKey == null) {
            throw new ManifestException(where + ": list " + at + " in a strategic-merge patch: this renderer merges only "
                    + MERGE_KEYS.keySet() + " of Kubernetes' own kinds (Patches.java); use a JSON 6902 patch");
        }
        ArrayNode list = target.withArray(key);
        for (JsonNode element : patch) {
            String id = element.path(mergeKey).asText(null);
            if (id == null) {
                throw new ManifestException(where + ": an element of " + at + " has no " + mergeKey);
            }
            ObjectNode existing = null;
            for (JsonNode candidate : list) {
                if (id.equals(candidate.path(mergeKey).asText(null))) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                list.add(element.deepCopy());
            } else {
                merge(existing, (ObjectNode) element, at + "[" + id + "]", true, where);
            }
        }
    }

    /** One RFC 6902 operation; the path must exist (replace, remove) or its parent must (add). */
    static void apply(ObjectNode document, JsonNode operation, String where) {
        Kustomize.only(operation, where, "op", "path", "value");
        String op = operation.path("op").asText();
        String path = operation.path("path").asText();
        String[] tokens = path.substring(1).split("/", -1);
        JsonNode parent = document;
        for (int i = 0; i < tokens.length - 1; i++) {
            parent = child(parent, unescape(tokens[i]), where, path);
        }
        String last = unescape(tokens[tokens.length - 1]);
        JsonNode value = operation.get("value");
        switch (op) {
            case "replace" -> {
                child(parent, last, where, path);
                put(parent, last, value, false);
            }
            case "add" -> put(parent, last, value, true);
            case "remove" -> {
                child(parent, last, where, path);
                if (parent instanceof ArrayNode array) {
                    array.remove(Integer.parseInt(last));
                } else {
                    ((ObjectNode) parent).remove(last);
                }
            }
            default -> throw new ManifestException(where + ": JSON patch op '" + op + "' is not supported by this renderer (Patches.java)");
        }
    }

    private static void put(JsonNode parent, String key, JsonNode value, boolean insert) {
        if (value == null) {
            throw new ManifestException("a JSON patch operation on " + key + " has no value");
        }
        if (parent instanceof ArrayNode array) {
            if (key.equals("-")) {
                array.add(value.deepCopy());
            } else if (insert) {
                array.insert(Integer.parseInt(key), value.deepCopy());
            } else {
                array.set(Integer.parseInt(key), value.deepCopy());
            }
        } else {
            ((ObjectNode) parent).set(key, value.deepCopy());
        }
    }

    private static JsonNode child(JsonNode parent, String token, String where, String path) {
        JsonNode child = parent.isArray() && token.matches("\\d+") ? parent.get(Integer.parseInt(token)) : parent.get(token);
        if (child == null || !(parent.isArray() || parent.isObject())) {
            throw new ManifestException(where + ": JSON patch path " + path + " does not exist in the target");
        }
        return child;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
