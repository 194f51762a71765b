package dev.tandem.common.graphql;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands SmallRye's GraphQL engine to {@link GraphQLSetup} while it is built. SmallRye finds this hook with the
 * ServiceLoader (META-INF/services) and calls it when {@value #ENABLED} is true. It replaces SmallRye's CDI events
 * ({@code quarkus.smallrye-graphql.events.enabled}), which would do the same but also fire several CDI events for
 * every field of every request: the profile of a loaded service showed them among its costliest frames.
 */
public class GraphQLEngineHook implements EventingService {

    static final String ENABLED = "smallrye.graphql.tandem-setup.enabled";

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Arc.container().instance(GraphQLSetup.class).get().install(builder);
        return builder;
    }
}
