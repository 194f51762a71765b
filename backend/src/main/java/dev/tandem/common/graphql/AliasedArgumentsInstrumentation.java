package dev.tandem.common.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;

/**
 * Refuses a document that asks one nested field twice, under aliases, with different arguments (for example
 * {@code upcoming: meetings(upcoming: true)} beside {@code past: meetings(upcoming: false)}). Nested fields are
 * resolved in batches per field, which serve every alias with one set of arguments: rather than answer one of them
 * wrongly, the request is refused with VALIDATION naming the field; ask in two requests. Root fields are not
 * batched and may be aliased freely.
 */
class AliasedArgumentsInstrumentation extends SimplePerformantInstrumentation {

    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters, InstrumentationState state) {
        for (Definition<?> definition : parameters.getDocument().getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                nested(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                if (ROOT_TYPES.contains(fragment.getTypeCondition().getName())) {
                    nested(fragment.getSelectionSet());
                } else {
                    check(fragment.getSelectionSet());
                }
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The children of a root selection set's fields, which are batched. */
    private static void nested(SelectionSet set) {
        for (Field field : fields(set)) {
            if (field.getSelectionSet() != null) {
                check(field.getSelectionSet());
            }
        }
    }

    private static void check(SelectionSet set) {
        Map<String, String> argumentsByField = new HashMap<>();
        for (Field field : fields(set)) {
            String arguments = arguments(field.getArguments());
            String seen = argumentsByField.putIfAbsent(field.getName(), arguments);
            if (seen != null && !seen.equals(arguments)) {
                throw Refusal.invalid(field.getName(), "The field " + field.getName() + " is asked twice with different arguments in one selection;"
                        + " ask for each in a request of its own.");
            }
            if (field.getSelectionSet() != null) {
                check(field.getSelectionSet());
            }
        }
    }

    /** The fields of a selection set, with those of its inline fragments (named fragments are checked on their own). */
    private static List<Field> fields(SelectionSet set) {
        List<Field> fields = new ArrayList<>();
        if (set == null) {
            return fields;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                fields.add(field);
            } else if (selection instanceof InlineFragment inline) {
                fields.addAll(fields(inline.getSelectionSet()));
            }
        }
        return fields;
    }

    private static String arguments(List<Argument> arguments) {
        return arguments.stream().map(a -> a.getName() + ":" + AstPrinter.printAstCompact(a.getValue())).sorted().toList().toString();
    }
}
