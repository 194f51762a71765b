package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.language.AstPrinter;
import graphql.language.DescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema keeps the integrators' contract (src/test/resources/api-contract.graphql, a copy of
 * shared/api-contract.graphql): every name, argument and type there is served exactly so. What later
 * work will add is listed in PENDING; nothing else may be missing or differ. And the schema explains itself to
 * integrators: each of Tandem's types, fields, arguments and enum values carries a description.
 */
@QuarkusTest
class ContractTest {

    /** Contract items not served yet (none: every type of the contract is served). */
    private static final Set<String> PENDING = Set.of();

    /**
     * The front end's types are generated from frontend/schema.graphql, which must be the schema served now:
     * `./tandem schema` (this test with -Dfrontend.schema.write=true) rewrites it after a schema change.
     */
    @Test
    void theFrontEndsSchemaIsTheServedOne() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Path file = Path.of("../frontend/schema.graphql");
        if (Boolean.getBoolean("frontend.schema.write")) {
            Files.writeString(file, served);
        }
        String committed = Files.exists(file) ? Files.readString(file) : "";
        assertThat(committed).as("frontend/schema.graphql is out of date: run ./tandem schema and commit it").isEqualTo(served);
    }

    @Test
    void servedSchemaKeepsTheContract() throws IOException {
        TypeDefinitionRegistry contract;
        try (InputStream in = getClass().getResourceAsStream("/api-contract.graphql")) {
            contract = new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String schema = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        TypeDefinitionRegistry served = new SchemaParser().parse(schema);
        assertThat(schema).as("internal view fields stay out of the schema").doesNotContain("lineage", "planStatus", "viewerLeads", "ownerEmail", "viewerOrganizationId", "viewerPartyAccepted", "  viewer:");

        Set<String> missing = new TreeSet<>();
        List<String> different = new ArrayList<>();
        for (TypeDefinition<?> type : contract.types().values()) {
            String kind = type instanceof ObjectTypeDefinition ? "type" : type instanceof InputObjectTypeDefinition ? "input" : "enum";
            TypeDefinition<?> ours = served.getType(type.getName()).orElse(null);
            if (ours == null) {
                missing.add(kind + " " + type.getName());
            } else if (type instanceof ObjectTypeDefinition object) {
                compareFields(type.getName(), object.getFieldDefinitions(), ((ObjectTypeDefinition) ours).getFieldDefinitions(), missing, different);
            } else if (type instanceof InputObjectTypeDefinition input) {
                compareInputs(type.getName(), input.getInputValueDefinitions(), ((InputObjectTypeDefinition) ours).getInputValueDefinitions(), missing, different);
            } else if (type instanceof EnumTypeDefinition values) {
                Set<String> want = values.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).collect(Collectors.toSet());
                Set<String> have = ((EnumTypeDefinition) ours).getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).collect(Collectors.toSet());
                want.stream().filter(value -> !have.contains(value)).forEach(value -> missing.add("value " + type.getName() + "." + value));
                if (!want.containsAll(have)) {
                    different.add("enum " + type.getName() + ": " + have + " instead of " + want);
                }
            }
        }
        for (String scalar : contract.scalars().keySet()) {
            if (!served.scalars().containsKey(scalar)) {
                missing.add("scalar " + scalar);
            }
        }
        assertThat(different).as("served differently from the contract").isEmpty();
        assertThat(missing).as("contract items missing from the served schema").isSubsetOf(PENDING);
        assertThat(PENDING).as("PENDING lists only what is still missing: remove what is served now").isSubsetOf(missing);
    }

    /** GraphQL's own scalars, described by the specification rather than by Tandem. */
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    /** Described and all, per kind, for the log: the figures an issue quotes. */
    private static final Map<String, int[]> counted = new java.util.TreeMap<>();

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        String schema = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        TypeDefinitionRegistry served = new SchemaParser().parse(schema);
        List<String> undescribed = new ArrayList<>();
        counted.clear();
        for (TypeDefinition<?> type : served.types().values()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            check((DescribedNode<?>) type, type.getName(), undescribed);
            if (type instanceof ObjectTypeDefinition object) {
                for (FieldDefinition field : object.getFieldDefinitions()) {
                    check(field, object.getName() + "." + field.getName(), undescribed);
                    for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                        check(argument, object.getName() + "." + field.getName() + "(" + argument.getName() + ")", undescribed);
                    }
                }
            } else if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    check(field, input.getName() + "." + field.getName(), undescribed);
                }
            } else if (type instanceof EnumTypeDefinition values) {
                for (EnumValueDefinition value : values.getEnumValueDefinitions()) {
                    check(value, values.getName() + "." + value.getName(), undescribed);
                }
            }
        }
        for (ScalarTypeDefinition scalar : served.scalars().values()) {
            if (!BUILT_IN_SCALARS.contains(scalar.getName())) {
                check(scalar, "scalar " + scalar.getName(), undescribed);
            }
        }
        System.out.println("Described in the schema: " + counted.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + " of " + e.getValue()[1]).collect(Collectors.joining(", ")));
        assertThat(undescribed).as("types, fields, arguments and enum values without a description").isEmpty();
    }

    private static void check(DescribedNode<?> node, String name, List<String> undescribed) {
        boolean described = node.getDescription() != null && !node.getDescription().getContent().isBlank();
        String kind = node instanceof TypeDefinition || node instanceof ScalarTypeDefinition ? "types" : node instanceof EnumValueDefinition ? "enum values"
                : name.contains("(") ? "arguments" : "fields";
        counted.merge(kind, described ? new int[] {1, 1} : new int[] {0, 1}, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
        if (!described) {
            undescribed.add(name);
        }
    }

    private static void compareFields(String type, List<FieldDefinition> want, List<FieldDefinition> have, Set<String> missing, List<String> different) {
        Map<String, FieldDefinition> ours = have.stream().collect(Collectors.toMap(FieldDefinition::getName, Function.identity()));
        for (FieldDefinition field : want) {
            FieldDefinition served = ours.get(field.getName());
            if (served == null) {
                missing.add("field " + type + "." + field.getName());
                continue;
            }
            if (!AstPrinter.printAst(field.getType()).equals(AstPrinter.printAst(served.getType()))) {
                different.add(type + "." + field.getName() + ": " + AstPrinter.printAst(served.getType()) + " instead of " + AstPrinter.printAst(field.getType()));
            }
            compareInputs(type + "." + field.getName(), field.getInputValueDefinitions(), served.getInputValueDefinitions(), missing, different);
        }
    }

    private static void compareInputs(String owner, List<InputValueDefinition> want, List<InputValueDefinition> have, Set<String> missing, List<String> different) {
        Map<String, InputValueDefinition> ours = have.stream().collect(Collectors.toMap(InputValueDefinition::getName, Function.identity()));
        for (InputValueDefinition value : want) {
            InputValueDefinition served = ours.get(value.getName());
            if (served == null) {
                different.add(owner + "(" + value.getName() + ") is missing");
            } else if (!AstPrinter.printAst(value.getType()).equals(AstPrinter.printAst(served.getType()))) {
                different.add(owner + "(" + value.getName() + "): " + AstPrinter.printAst(served.getType()) + " instead of " + AstPrinter.printAst(value.getType()));
            }
        }
    }
}
