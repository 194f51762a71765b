package dev.tandem.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** The pricing rule on its own: fragments counted once, lists multiplied by their page size, never expanded. */
class QueryCostTest {

    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
            type Query { me: Person partnerships(first: Int = 20, after: String): PartnershipConnection! partnership(id: ID!): Partnership }
            type Person { name: String }
            type PartnershipConnection { edges: [PartnershipEdge!]! totalCount: Int! }
            type PartnershipEdge { cursor: String! node: Partnership! }
            type Partnership { id: ID! name: String metrics: [Metric!]! }
            type Metric { id: ID! name: String readings(last: Int = 30): [Reading!]! }
            type Reading { value: Float }
            """));

    private static QueryCost.Estimate price(String document, Map<String, Object> variables) {
        return QueryCost.of(SCHEMA, Parser.parse(document), variables);
    }

    private static QueryCost.Estimate price(String document) {
        return price(document, Map.of());
    }

    @Test
    void everyFieldCostsOnePoint() {
        assertThat(price("{ me { name } }")).isEqualTo(new QueryCost.Estimate(2, 2));
    }

    @Test
    void aConnectionMultipliesItsItemsByFirstOnce() {
        // partnerships (1) + 5 x (edges 1 + node (1 + id 1 + name 1)) = 1 + 5 x 4
        assertThat(price("{ partnerships(first: 5) { edges { node { id name } } } }").cost()).isEqualTo(21);
        assertThat(price("query($n: Int) { partnerships(first: $n) { edges { node { id name } } } }", Map.of("n", 50)).cost()).isEqualTo(201);
    }

    @Test
    void anArgumentLeftOutCountsItsDefaultAndAPlainListCountsTen() {
        // partnership (1) + metrics (1 + 10 x (id 1 + readings (1 + 30 x value 1)))
        assertThat(price("{ partnership(id: \"x\") { metrics { id readings { value } } } }").cost()).isEqualTo(1 + 1 + 10 * (1 + 1 + 30));
        assertThat(price("{ partnership(id: \"x\") { metrics { readings(last: 2) { value } } } }").cost()).isEqualTo(1 + 1 + 10 * (1 + 2));
    }

    @Test
    void fragmentsAndInlineFragmentsCostWhatTheirFieldsCost() {
        String spread = "{ partnership(id: \"x\") { ...P } } fragment P on Partnership { id ... on Partnership { name } }";
        assertThat(price(spread)).isEqualTo(price("{ partnership(id: \"x\") { id name } }"));
    }

    @Test
    void aFragmentBombIsPricedWithoutExpandingIt() {
        StringBuilder document = new StringBuilder("{ partnership(id: \"x\") { metrics { ...F0 } } }\n");
        for (int level = 0; level < 24; level++) {
            document.append("fragment F").append(level).append(" on Metric { ")
                    .append(("...F" + (level + 1) + " ").repeat(10)).append("}\n");
        }
        document.append("fragment F24 on Metric { readings { value } }");
        long started = System.nanoTime();
        QueryCost.Estimate estimate = price(document.toString());
        long micros = (System.nanoTime() - started) / 1000;
        System.out.printf("fragment bomb (%d bytes) priced at %d in %d us%n", document.length(), estimate.cost(), micros);
        assertThat(estimate.cost()).isEqualTo(Long.MAX_VALUE);
        assertThat(estimate.depth()).isEqualTo(4);
    }

    @Test
    void aFragmentThatSpreadsItselfEndsThePricing() {
        assertThat(price("{ me { ...A } } fragment A on Person { name ...A }").cost()).isEqualTo(2);
    }
}
