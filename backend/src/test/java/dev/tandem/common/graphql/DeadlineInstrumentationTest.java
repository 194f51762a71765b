package dev.tandem.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.tandem.common.error.LimitExceeded;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The request deadline on graphql-java itself: a field still waiting when it passes fails, the others are answered. */
class DeadlineInstrumentationTest {

    private static GraphQL engine(Duration deadline) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("fast", environment -> "here")
                        .dataFetcher("slow", environment -> new CompletableFuture<String>()))   // never answers
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { fast: String slow: String }"), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new DeadlineInstrumentation(deadline)).build();
    }

    @Test
    void aFieldStillWaitingAtTheDeadlineFailsAndTheRestIsAnswered() {
        ExecutionResult result = engine(Duration.ofMillis(200)).execute("{ fast slow }");
        assertThat(result.<Map<String, Object>>getData()).containsEntry("fast", "here").containsEntry("slow", null);
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error).isInstanceOf(ExceptionWhileDataFetching.class);
            assertThat(((ExceptionWhileDataFetching) error).getException()).isInstanceOf(LimitExceeded.class).hasMessageContaining("deadline");
            assertThat(error.getPath()).containsExactly("slow");
        });
    }

    @Test
    void withinTheDeadlineNothingChanges() {
        ExecutionResult result = engine(Duration.ofSeconds(10)).execute("{ fast }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("fast", "here");
    }
}
