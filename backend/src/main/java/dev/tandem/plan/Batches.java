package dev.tandem.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The two moves of every batched field: the parents' ids for one IN (...) query, and the rows grouped back under their parents. */
final class Batches {

    private Batches() {
    }

    static <P> Set<UUID> idsOf(List<P> parents, Function<P, UUID> id) {
        return parents.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    interface Mapper<P, R, V> {
        V map(P parent, R row);
    }

    /** Groups rows under their parents, in parent order and row order. */
    static <P, R, V> List<List<V>> group(List<P> parents, Function<P, UUID> parentId, List<R> rows, Function<R, UUID> rowParent,
            Mapper<P, R, V> mapper) {
        Map<UUID, List<R>> byParent = new HashMap<>();
        rows.forEach(r -> byParent.computeIfAbsent(rowParent.apply(r), k -> new ArrayList<>()).add(r));
        return parents.stream()
                .map(p -> byParent.getOrDefault(parentId.apply(p), List.of()).stream().map(r -> mapper.map(p, r)).toList())
                .toList();
    }
}
