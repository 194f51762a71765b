package dev.tandem.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Kubernetes object as YAML gave it, with where it came from, so that every finding names its file and document. */
record Manifest(String source, ObjectNode body) {

    String apiVersion() {
        return body.path("apiVersion").asText();
    }

    String kind() {
        return body.path("kind").asText();
    }

    String name() {
        return body.path("metadata").path("name").asText();
    }

    JsonNode spec() {
        return body.path("spec");
    }

    /** "k8s/base/tandem-deployment.yaml document 1 (Deployment tandem)". */
    String describe() {
        return source + " (" + kind() + " " + name() + ")";
    }
}
