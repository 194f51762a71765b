package dev.tandem.common.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Data fetchers that cost less per request. One data fetcher per operation for the life of the service, instead of
 * one per batched field per request. SmallRye
 * builds a fresh DataLoader for every batched field of the schema on every request, subscriptions included, and each
 * asks for a new data fetcher (with its helpers and reflective lookups): CPU on every request, and memory held for as
 * long as a subscription lives. Data fetchers hold no request state (graphql-java shares the non-batched ones between
 * requests), so the ones Quarkus makes are made once and shared. Found by the ServiceLoader (META-INF/services), ahead
 * of Quarkus's own service (lower priority comes first). Plain properties are read by {@link PropertyFetcher}.
 */
public class SharedDataFetchers implements DataFetcherService {

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();
    private final Map<Key, PlugableBatchableDataFetcher<?, ?>> made = new ConcurrentHashMap<>();

    /** An operation and type by identity: SmallRye passes the same schema model objects on every request. */
    private record Key(Operation operation, Type type, String kind) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.operation == operation && key.type == type && key.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(operation) + System.identityHashCode(type)) + kind.hashCode();
        }
    }

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return shared(operation, type, "uni", () -> quarkus.getUniDataFetcher(operation, type));
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return shared(operation, type, "completion-stage", () -> quarkus.getCompletionStageDataFetcher(operation, type));
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return shared(operation, type, "default", () -> quarkus.getDefaultDataFetcher(operation, type));
    }

    /** A plain property of an object already fetched: read without SmallRye's per-field context ({@link PropertyFetcher}). */
    @Override
    public PlugableDataFetcher getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PropertyFetcher<>(field, owner);
    }

    private PlugableBatchableDataFetcher<?, ?> shared(Operation operation, Type type, String kind, Supplier<PlugableBatchableDataFetcher<?, ?>> make) {
        return made.computeIfAbsent(new Key(operation, type, kind), ignored -> make.get());
    }
}
