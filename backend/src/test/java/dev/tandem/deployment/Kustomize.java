package dev.tandem.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization directory as `kubectl kustomize` does, for exactly the features k8s/ uses: resources (files
 * and directories), configMapGenerator (envs, literals, merge) with the content hash in the name, patches (strategic
 * merge files, inline JSON 6902 with a target), namespace, labels and images. A kustomization field or option it does
 * not know fails the render, so an edit can never slip past the checks by using one.
 */
final class Kustomize {

    private static final Set<String> FIELDS = Set.of(
            "apiVersion", "kind", "namespace", "resources", "labels", "configMapGenerator", "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass", "PriorityClass", "IngressClass");
    private static final Set<String> POD_TEMPLATES = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path repository;
    private final List<Manifest> resources = new ArrayList<>();
    /** Generated ConfigMaps by their name without the hash, which is appended once the whole build is done. */
    private final Map<String, Manifest> generated = new LinkedHashMap<>();

    private Kustomize(Path repository) {
        this.repository = repository;
    }

    /** The objects `kubectl kustomize directory` prints; sources are named relative to the repository. */
    static List<Manifest> render(Path directory, Path repository) {
        Kustomize build = new Kustomize(repository);
        build.build(directory);
        build.appendHashes();
        return build.resources;
    }

    private void build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new ManifestException(relative(directory) + ": no kustomization.yaml (the only name this renderer reads)");
        }
        String where = relative(file);
        List<Manifest> documents = YamlDocuments.read(file, where);
        if (documents.size() != 1) {
            throw new ManifestException(where + ": one document expected, found " + documents.size());
        }
        ObjectNode kustomization = documents.getFirst().body();
        only(kustomization, where, FIELDS.toArray(String[]::new));
        if (!kustomization.path("apiVersion").asText().equals("kustomize.config.k8s.io/v1beta1")
                || !kustomization.path("kind").asText().equals("Kustomization")) {
            throw new ManifestException(where + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                build(path);
            } else {
                YamlDocuments.read(path, relative(path)).forEach(this::add);
            }
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            generate(generator, directory, where);
        }
        int number = 0;
        for (JsonNode patch : kustomization.path("patches")) {
            patch(patch, directory, where + " patches[" + number++ + "]");
        }
        if (kustomization.has("namespace")) {
            setNamespace(kustomization.get("namespace").asText(), where);
        }
        for (JsonNode labels : kustomization.path("labels")) {
            label(labels, where);
        }
        for (JsonNode image : kustomization.path("images")) {
            image(image, where);
        }
    }

    private void add(Manifest resource) {
        for (Manifest existing : resources) {
            if (existing.kind().equals(resource.kind()) && existing.name().equals(resource.name())) {
                throw new ManifestException(resource.source() + ": " + resource.kind() + " " + resource.name() + " is already in " + existing.source());
            }
        }
        resources.add(resource);
    }

    private void generate(JsonNode generator, Path directory, String where) {
        only(generator, where + " configMapGenerator", "name", "behavior", "envs", "literals");
        String name = generator.path("name").asText();
        Map<String, String> data = new TreeMap<>();
        for (JsonNode env : generator.path("envs")) {
            data.putAll(envFile(directory.resolve(env.asText())));
        }
        for (JsonNode literal : generator.path("literals")) {
            putPair(data, literal.asText(), where + " configMapGenerator " + name);
        }
        String behavior = generator.path("behavior").asText("create");
        Manifest existing = generated.get(name);
        switch (behavior) {
            case "create" -> {
                if (existing != null) {
                    throw new ManifestException(where + ": ConfigMap " + name + " is generated twice (use behavior: merge)");
                }
                ObjectNode configMap = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
                configMap.putObject("metadata").put("name", name);
                configMap.set("data", JSON.valueToTree(data));
                Manifest manifest = new Manifest(where + " configMapGenerator " + name, configMap);
                add(manifest);
                generated.put(name, manifest);
            }
            case "merge" -> {
                if (existing == null) {
                    throw new ManifestException(where + ": behavior merge, but no ConfigMap " + name + " is generated below");
                }
                data.forEach(existing.body().withObject("data")::put);
            }
            default -> throw new ManifestException(where + ": configMapGenerator behavior '" + behavior + "' is not supported by this renderer");
        }
    }

    /** An env file as kustomize reads it: KEY=VALUE lines, the value verbatim; blank lines and # comments skipped. */
    private Map<String, String> envFile(Path file) {
        Map<String, String> data = new TreeMap<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file)) {
                number++;
                String trimmed = line.stripLeading();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    putPair(data, trimmed, relative(file) + " line " + number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    private static void putPair(Map<String, String> data, String pair, String where) {
        int equals = pair.indexOf('=');
        if (equals <= 0) {
            throw new ManifestException(where + ": '" + pair + "' is not KEY=VALUE (a bare KEY, read from the environment, is not supported)");
        }
        String key = pair.substring(0, equals);
        if (!key.matches("[-._a-zA-Z0-9]+")) {
            throw new ManifestException(where + ": '" + key + "' is not a valid ConfigMap key");
        }
        data.put(key, pair.substring(equals + 1));
    }

    private void patch(JsonNode entry, Path directory, String where) {
        only(entry, where, "path", "patch", "target");
        if (entry.has("path") == entry.has("patch")) {
            throw new ManifestException(where + ": needs exactly one of path and patch");
        }
        String source = entry.has("path") ? relative(directory.resolve(entry.get("path").asText())) : where;
        String text = entry.has("path") ? read(directory.resolve(entry.get("path").asText())) : entry.get("patch").asText();
        if (!entry.has("target")) {
            for (Manifest patch : YamlDocuments.parse(source, text)) {
                Patches.strategicMerge(patched(patch).body(), patch.body(), patch.source());
            }
            return;
        }
        JsonNode target = entry.get("target");
        only(target, where + " target", "kind", "name", "labelSelector");
        JsonNode operations = operations(text, where);
        if (!operations.isArray()) {
            throw new ManifestException(where + ": a patch with a target must be a JSON 6902 list here (Patches.java)");
        }
        List<Manifest> targets = resources.stream().filter(r -> selects(target, r, where)).toList();
        if (targets.isEmpty()) {
            throw new ManifestException(where + ": target " + target + " selects nothing");
        }
        for (Manifest resource : targets) {
            for (JsonNode operation : operations) {
                Patches.apply(resource.body(), operation, where + " on " + resource.describe());
            }
        }
    }

    private static JsonNode operations(String text, String where) {
        try {
            return YamlDocuments.YAML.readTree(text);
        } catch (IOException e) {
            throw new ManifestException(where + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The resource a strategic-merge patch document applies to: same group, kind and name. */
    private Manifest patched(Manifest patch) {
        String group = patch.apiVersion().contains("/") ? patch.apiVersion().substring(0, patch.apiVersion().indexOf('/')) : "";
        return resources.stream()
                .filter(r -> r.kind().equals(patch.kind()) && r.name().equals(patch.name()) && r.apiVersion().startsWith(group))
                .findFirst()
                .orElseThrow(() -> new ManifestException(patch.source() + ": patches " + patch.kind() + " " + patch.name() + ", which is not among the resources"));
    }

    private static boolean selects(JsonNode target, Manifest resource, String where) {
        if (target.has("kind") && !target.get("kind").asText().equals(resource.kind())) {
            return false;
        }
        if (target.has("name") && !target.get("name").asText().equals(resource.name())) {
            return false;
        }
        for (String requirement : target.path("labelSelector").asText("").split(",")) {
            if (requirement.isBlank()) {
                continue;
            }
            String[] pair = requirement.split("==?", 2);
            if (pair.length != 2 || pair[0].endsWith("!")) {
                throw new ManifestException(where + ": labelSelector '" + requirement + "': only key=value is supported by this renderer");
            }
            if (!pair[1].trim().equals(resource.body().path("metadata").path("labels").path(pair[0].trim()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private void setNamespace(String namespace, String where) {
        for (Manifest resource : resources) {
            if (CLUSTER_SCOPED.contains(resource.kind())) {
                throw new ManifestException(where + ": " + resource.describe() + " is cluster-scoped, which this renderer does not handle");
            }
            ((ObjectNode) resource.body().get("metadata")).put("namespace", namespace);
        }
    }

    private void label(JsonNode entry, String where) {
        only(entry, where + " labels", "pairs", "includeSelectors", "includeTemplates");
        if (entry.path("includeSelectors").asBoolean(false)) {
            throw new ManifestException(where + ": labels with includeSelectors: true are not supported by this renderer");
        }
        for (Manifest resource : resources) {
            ((ObjectNode) resource.body().get("metadata")).withObject("labels").setAll((ObjectNode) entry.get("pairs").deepCopy());
            if (entry.path("includeTemplates").asBoolean(false) && POD_TEMPLATES.contains(resource.kind())) {
                resource.body().withObject("spec").withObject("template").withObject("metadata").withObject("labels")
                        .setAll((ObjectNode) entry.get("pairs").deepCopy());
            }
        }
    }

    /** Rewrites `image:` of every container whose image name (without tag or digest) is the entry's name. */
    private void image(JsonNode entry, String where) {
        only(entry, where + " images", "name", "newName", "newTag", "digest");
        String name = entry.path("name").asText();
        int changed = 0;
        for (Manifest resource : resources) {
            for (JsonNode containers : resource.body().findValues("containers")) {
                for (JsonNode container : containers) {
                    String image = container.path("image").asText();
                    int tag = image.contains("@") ? image.indexOf('@') : image.lastIndexOf(':') > image.lastIndexOf('/') ? image.lastIndexOf(':') : image.length();
                    if (image.substring(0, tag).equals(name)) {
                        String suffix = entry.has("digest") ? "@" + entry.get("digest").asText()
                                : entry.has("newTag") ? ":" + entry.get("newTag").asText() : image.substring(tag);
                        ((ObjectNode) container).put("image", entry.path("newName").asText(name) + suffix);
                        changed++;
                    }
                }
            }
        }
        if (changed == 0) {
            throw new ManifestException(where + ": images entry '" + name + "' matches no container");
        }
    }

    /** The generated ConfigMaps get their content hash in the name, and every reference to them follows. */
    private void appendHashes() {
        for (Map.Entry<String, Manifest> entry : generated.entrySet()) {
            String hashed = entry.getKey() + "-" + hash(entry.getValue().body());
            ((ObjectNode) entry.getValue().body().get("metadata")).put("name", hashed);
            for (Manifest resource : resources) {
                renameReferences(resource.body(), entry.getKey(), hashed);
            }
        }
    }

    private static void renameReferences(JsonNode node, String from, String to) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            boolean reference = Set.of("configMapRef", "configMapKeyRef", "configMap").contains(field.getKey());
            if (reference && field.getValue().path("name").asText().equals(from)) {
                ((ObjectNode) field.getValue()).put("name", to);
            }
        }
        for (JsonNode child : node) {
            renameReferences(child, from, to);
        }
    }

    /**
     * kustomize's ConfigMap hash (api/hasher): SHA-256 of the JSON of {kind, name, data} with sorted keys and Go's
     * HTML escaping, its first ten hex digits with 0, 1, 3, a and e replaced by g, h, k, m and t (no vowels, no digits
     * that look like letters).
     */
    static String hash(ObjectNode configMap) {
        Map<String, Object> encoded = new TreeMap<>();
        encoded.put("kind", "ConfigMap");
        encoded.put("name", configMap.path("metadata").path("name").asText());
        encoded.put("data", new TreeMap<>(JSON.convertValue(configMap.path("data"), Map.class)));
        try {
            String json = JSON.writeValueAsString(encoded)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            StringBuilder hash = new StringBuilder(HexFormat.of().formatHex(digest).substring(0, 10));
            for (int i = 0; i < hash.length(); i++) {
                int replaced = "013ae".indexOf(hash.charAt(i));
                if (replaced >= 0) {
                    hash.setCharAt(i, "ghkmt".charAt(replaced));
                }
            }
            return hash.toString();
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails when the node has a field not listed: an option this renderer would otherwise ignore. */
    static void only(JsonNode node, String where, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ManifestException(where + ": '" + name + "' is not supported by this renderer (Kustomize.java); teach it "
                        + "that feature, or the manifest checks would not see what it does");
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path path) {
        return repository.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString();
    }
}
