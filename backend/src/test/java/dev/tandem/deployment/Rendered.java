package dev.tandem.deployment;

import java.util.List;
import java.util.Optional;

/** The objects one environment renders to, found by kind and name. */
record Rendered(List<Manifest> objects) {

    List<Manifest> all(String kind) {
        return objects.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    Optional<Manifest> find(String kind, String name) {
        return objects.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst();
    }

    Manifest one(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " among " + objects.stream().map(Manifest::describe).toList()));
    }
}
