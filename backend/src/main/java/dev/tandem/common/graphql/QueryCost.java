package dev.tandem.common.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a document may cost, computed from its text before anything runs (the model of GitHub's node limit and
 * Shopify's calculated query cost): every field costs one point, and a field that returns objects adds the cost
 * of its selection times the number of objects it may return — its {@code first}/{@code last} argument (or that
 * argument's default), {@value #PLAIN_LIST_SIZE} for a plain list, one for a single object. The edges or nodes of
 * a connection are counted by the connection's page size, once.
 *
 * <p>A fragment's cost is computed once and reused wherever it is spread, so a document that nests spreads (a
 * "fragment bomb") is priced in time proportional to its length, never expanded. Costs saturate at
 * {@link Long#MAX_VALUE}. The depth counts nested fields the same way.
 */
public final class QueryCost {

    /** How many objects a plain list field (one without first/last) is assumed to return. */
    public static final int PLAIN_LIST_SIZE = 10;

    /** The cost and depth of a document: of its costliest operation or fragment. */
    public record Estimate(long cost, int depth) {
    }

    private record Measure(long cost, int depth) {
        static final Measure NONE = new Measure(0, 0);

        Measure plus(Measure other) {
            return new Measure(add(cost, other.cost), Math.max(depth, other.depth));
        }
    }

    private final GraphQLSchema schema;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Measure> fragmentMeasures = new HashMap<>();
    private final Set<String> pricing = new HashSet<>();

    private QueryCost(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables == null ? Map.of() : variables;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.putIfAbsent(fragment.getName(), fragment));
    }

    /** The cost and depth of the costliest operation or fragment of {@code document}. */
    public static Estimate of(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        QueryCost pricing = new QueryCost(schema, document, variables);
        Measure worst = Measure.NONE;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            worst = max(worst, pricing.selections(operation.getSelectionSet(), rootType(schema, operation)));
        }
        for (String fragment : pricing.fragments.keySet()) {
            worst = max(worst, pricing.fragment(fragment));
        }
        return new Estimate(worst.cost, worst.depth);
    }

    private static GraphQLCompositeType rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    private Measure selections(SelectionSet set, GraphQLCompositeType type) {
        if (set == null) {
            return Measure.NONE;
        }
        Measure total = Measure.NONE;
        for (Selection<?> selection : set.getSelections()) {
            total = total.plus(selection(selection, type));
        }
        return total;
    }

    private Measure selection(Selection<?> selection, GraphQLCompositeType type) {
        if (selection instanceof Field field) {
            return field(field, type);
        }
        if (selection instanceof InlineFragment inline) {
            GraphQLCompositeType narrowed = inline.getTypeCondition() == null ? type : compositeType(inline.getTypeCondition().getName());
            return selections(inline.getSelectionSet(), narrowed);
        }
        if (selection instanceof FragmentSpread spread) {
            return fragment(spread.getName());
        }
        return Measure.NONE;
    }

    /** A fragment's cost, computed once; a fragment that spreads itself is priced as nothing (validation refuses it). */
    private Measure fragment(String name) {
        Measure known = fragmentMeasures.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null || !pricing.add(name)) {
            return Measure.NONE;
        }
        Measure measure = selections(fragment.getSelectionSet(), compositeType(fragment.getTypeCondition().getName()));
        pricing.remove(name);
        fragmentMeasures.put(name, measure);
        return measure;
    }

    private Measure field(Field field, GraphQLCompositeType parent) {
        GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(field.getName()) : null;
        GraphQLOutputType returned = definition == null ? null : definition.getType();
        GraphQLType inner = returned == null ? null : GraphQLTypeUtil.unwrapAll(returned);
        GraphQLCompositeType childType = inner instanceof GraphQLCompositeType composite ? composite : null;
        Measure children = selections(field.getSelectionSet(), childType);
        if (field.getSelectionSet() == null) {
            return new Measure(1, 1);
        }
        long count = objectsReturned(field, definition, returned, parent);
        return new Measure(add(1, multiply(count, children.cost)), children.depth + 1);
    }

    private long objectsReturned(Field field, GraphQLFieldDefinition definition, GraphQLOutputType returned, GraphQLCompositeType parent) {
        Long page = pageSize(field, definition);
        if (page != null) {
            return Math.max(page, 0);
        }
        if (returned == null || !isList(returned)) {
            return 1;
        }
        boolean connectionItems = parent != null && parent.getName().endsWith("Connection")
                && ("edges".equals(field.getName()) || "nodes".equals(field.getName()));
        return connectionItems ? 1 : PLAIN_LIST_SIZE;
    }

    /** The field's first/last as sent (a literal or a variable), else the argument's default; null without either argument. */
    private Long pageSize(Field field, GraphQLFieldDefinition definition) {
        for (String name : List.of("first", "last")) {
            Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
            Long sent = argument == null ? null : number(argument.getValue());
            if (sent != null) {
                return sent;
            }
            GraphQLArgument declared = definition == null ? null : definition.getArgument(name);
            if (declared != null) {
                Object fallback = declared.hasSetDefaultValue() ? declared.getArgumentDefaultValue().getValue() : null;
                Long standard = fallback instanceof Value<?> value ? number(value) : fallback instanceof Number n ? Long.valueOf(n.longValue()) : null;
                return standard != null ? standard : Long.valueOf(PLAIN_LIST_SIZE);
            }
        }
        return null;
    }

    private Long number(Value<?> value) {
        if (value instanceof IntValue literal) {
            return literal.getValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        }
        if (value instanceof VariableReference reference && variables.get(reference.getName()) instanceof Number number) {
            return number.longValue();
        }
        return null;
    }

    private GraphQLCompositeType compositeType(String name) {
        return schema.getType(name) instanceof GraphQLCompositeType composite ? composite : null;
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }

    private static Measure max(Measure a, Measure b) {
        return new Measure(Math.max(a.cost, b.cost), Math.max(a.depth, b.depth));
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
