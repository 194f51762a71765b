package dev.tandem.common.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * An argument value the engine could not convert (a date that does not exist, "tomorrow"). SmallRye reports
 * the whole argument ("argument 'input' with value ... is not a valid ...") with a Java class name and without
 * the field; this walks the argument's value along its schema type to the Date or DateTime that does not parse,
 * and names its path ({@code input.dueOn}, {@code inputs[1].observedAt}) and the form it must have.
 */
final class InvalidArgument {

    /** SmallRye's TransformException, located at the argument. */
    private static final Pattern UNCONVERTIBLE = Pattern.compile("argument '([^']+)' with value .* is not a valid '", Pattern.DOTALL);

    private InvalidArgument() {
    }

    /** The error worded for the client with {@code extensions.field}, when it is a Date or DateTime argument that does not parse. */
    static Optional<GraphQLError> of(GraphQLError error, InstrumentationExecutionParameters request) {
        Matcher matcher = error.getMessage() == null ? null : UNCONVERTIBLE.matcher(error.getMessage());
        if (matcher == null || !matcher.find() || error.getLocations() == null || error.getLocations().isEmpty() || request.getQuery() == null) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        SourceLocation at = error.getLocations().get(0);
        Walk walk = new Walk(request.getVariables() == null ? Map.of() : request.getVariables());
        for (Field field : fields(Parser.parse(request.getQuery()))) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(name) && at.getLine() == argument.getSourceLocation().getLine()
                        && at.getColumn() == argument.getSourceLocation().getColumn()) {
                    for (GraphQLInputType type : argumentTypes(request.getSchema(), field.getName(), name)) {
                        Optional<Bad> bad = walk.find(name, type, argument.getValue());
                        if (bad.isPresent()) {
                            return bad.map(b -> ErrorCodeInstrumentation.rebuild(error, b.name() + " is not a valid " + b.kind().expected + ".",
                                    "VALIDATION", b.path()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every field of the document, fragments included. */
    private static List<Field> fields(Document document) {
        List<Field> fields = new ArrayList<>();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                fields.add(field);
                return TraversalControl.CONTINUE;
            }
        }, document);
        return fields;
    }

    /** The types an argument of that name has on fields of that name (one in practice: field names of the API are unique). */
    private static List<GraphQLInputType> argumentTypes(GraphQLSchema schema, String fieldName, String argumentName) {
        List<GraphQLInputType> types = new ArrayList<>();
        schema.getAllTypesAsList().stream()
                .filter(GraphQLFieldsContainer.class::isInstance)
                .map(type -> ((GraphQLFieldsContainer) type).getFieldDefinition(fieldName))
                .filter(definition -> definition != null)
                .map((GraphQLFieldDefinition definition) -> definition.getArgument(argumentName))
                .filter(argument -> argument != null)
                .map(GraphQLArgument::getType)
                .forEach(types::add);
        return types;
    }

    private enum Kind {
        DATE("date (YYYY-MM-DD)"),
        DATE_TIME("date and time (ISO 8601, such as 2027-02-28T09:30:00Z)");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        static Optional<Kind> of(GraphQLScalarType scalar) {
            return switch (scalar.getName()) {
                case "Date" -> Optional.of(DATE);
                case "DateTime" -> Optional.of(DATE_TIME);
                default -> Optional.empty();
            };
        }

        boolean parses(String text) {
            try {
                if (this == DATE) {
                    LocalDate.parse(text);
                } else {
                    try {
                        Instant.parse(text);
                    } catch (DateTimeParseException notUtc) {
                        OffsetDateTime.parse(text);
                    }
                }
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    private record Bad(String path, String name, Kind kind) {
    }

    /** Walks a value (a literal, a variable, or a variable's JSON) along its input type. */
    private record Walk(Map<String, Object> variables) {

        Optional<Bad> find(String path, GraphQLInputType type, Object value) {
            if (value instanceof VariableReference variable) {
                return find(path, type, variables.get(variable.getName()));
            }
            if (type instanceof GraphQLNonNull nonNull) {
                return find(path, (GraphQLInputType) nonNull.getWrappedType(), value);
            }
            if (type instanceof GraphQLList list) {
                List<?> items = value instanceof ArrayValue array ? array.getValues() : value instanceof List<?> values ? values : null;
                if (items == null) {
                    return find(path, (GraphQLInputType) list.getWrappedType(), value);
                }
                for (int i = 0; i < items.size(); i++) {
                    Optional<Bad> bad = find(path + "[" + i + "]", (GraphQLInputType) list.getWrappedType(), items.get(i));
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
                return Optional.empty();
            }
            if (type instanceof GraphQLInputObjectType object) {
                Map<String, Object> fields = new LinkedHashMap<>();
                if (value instanceof ObjectValue literal) {
                    literal.getObjectFields().forEach((ObjectField f) -> fields.put(f.getName(), f.getValue()));
                } else if (value instanceof Map<?, ?> json) {
                    json.forEach((k, v) -> fields.put(String.valueOf(k), v));
                }
                for (var entry : fields.entrySet()) {
                    GraphQLInputObjectField field = object.getField(entry.getKey());
                    Optional<Bad> bad = field == null ? Optional.empty() : find(path + "." + entry.getKey(), field.getType(), entry.getValue());
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
                return Optional.empty();
            }
            String text = value instanceof StringValue string ? string.getValue() : value instanceof String string ? string : null;
            if (type instanceof GraphQLScalarType scalar && text != null) {
                String name = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
                return Kind.of(scalar).filter(kind -> !kind.parses(text)).map(kind -> new Bad(path, name, kind));
            }
            return Optional.empty();
        }
    }
}
