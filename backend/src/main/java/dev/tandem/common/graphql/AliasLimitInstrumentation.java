package dev.tandem.common.graphql;

import java.util.List;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.validation.ValidationError;

/** Refuses a document that uses more aliases than allowed, before it is executed. */
class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

    private final int maxAliases;

    AliasLimitInstrumentation(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        int aliases = countAliases(parameters.getDocument());
        if (aliases > maxAliases) {
            throw new AbortExecutionException("The document uses " + aliases + " aliases; at most " + maxAliases + " are allowed.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static int countAliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += countAliases(child);
        }
        return count;
    }
}
