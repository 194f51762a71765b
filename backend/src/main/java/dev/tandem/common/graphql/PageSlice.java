package dev.tandem.common.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** One parent's page of a batched connection: its items (at most {@code first}) and whether more follow. */
public record PageSlice<T>(List<T> items, boolean hasNext) {

    /**
     * Splits rows read for several parents at once (each parent's next {@code first + 1} rows, in page order)
     * into one slice per parent, in the parents' order; a parent without rows gets an empty slice.
     */
    public static <T> List<PageSlice<T>> perParent(List<UUID> parentIds, List<T> rows, Function<T, UUID> parentOf, int first) {
        Map<UUID, List<T>> byParent = new HashMap<>();
        rows.forEach(row -> byParent.computeIfAbsent(parentOf.apply(row), k -> new ArrayList<>()).add(row));
        List<PageSlice<T>> slices = new ArrayList<>(parentIds.size());
        for (UUID id : parentIds) {
            List<T> list = byParent.getOrDefault(id, List.of());
            slices.add(new PageSlice<>(list.stream().limit(first).toList(), list.size() > first));
        }
        return slices;
    }

    /** Number per parent from [parentId, count] rows. */
    public static Map<UUID, Integer> totals(List<Object[]> counts) {
        Map<UUID, Integer> totals = new HashMap<>();
        counts.forEach(row -> totals.put((UUID) row[0], ((Number) row[1]).intValue()));
        return totals;
    }
}
