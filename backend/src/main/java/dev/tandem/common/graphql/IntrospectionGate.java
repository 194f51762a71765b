package dev.tandem.common.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.Node;

/**
 * Answers introspection ({@code __schema}, {@code __type}) to signed-in callers only; {@code __typename} stays open.
 * The schema's text is published at /graphql/schema.graphql for integrators to read. Checked on every request, as a
 * cached document is not validated again ({@link DocumentCache}).
 */
class IntrospectionGate extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (introspects(parameters.getExecutionContext().getDocument()) && !BudgetKey.current().signedIn()) {
            throw Refusal.signInFirst("Sign in to introspect the schema; its text is published at /graphql/schema.graphql.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Whether any field of the document, operations and fragments alike, is {@code __schema} or {@code __type}. */
    private static boolean introspects(Node<?> node) {
        if (node instanceof Field field && (field.getName().equals("__schema") || field.getName().equals("__type"))) {
            return true;
        }
        for (Node<?> child : node.getChildren()) {
            if (introspects(child)) {
                return true;
            }
        }
        return false;
    }
}
