package dev.tandem.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The operation names the operations' timer may carry: bounded however many a client invents. */
class OperationNamesTest {

    @Test
    void theFirstNamesAreKeptAndTheRestCountAsOther() {
        OperationNames names = new OperationNames(3);
        assertThat(names.tag("MetricsPage")).isEqualTo("MetricsPage");
        assertThat(names.tag("PlanPage")).isEqualTo("PlanPage");
        assertThat(names.tag("Me")).isEqualTo("Me");
        assertThat(names.tag("Fourth")).isEqualTo(OperationNames.OTHER);
        assertThat(names.tag("MetricsPage")).as("a kept name stays").isEqualTo("MetricsPage");
    }

    @Test
    void aClientInventingNamesGrowsNothingPastTheCapacity() {
        OperationNames names = new OperationNames(200);
        Set<String> tags = new HashSet<>();
        IntStream.range(0, 100_000).parallel().mapToObj(i -> names.tag("Q" + i)).forEach(tag -> {
            synchronized (tags) {
                tags.add(tag);
            }
        });
        assertThat(tags).hasSize(201).contains(OperationNames.OTHER);
    }

    @Test
    void namesOutsideGraphQLsGrammarOrTooLongAreOtherAndTakeNoPlace() {
        OperationNames names = new OperationNames(1);
        assertThat(names.tag("not a name")).isEqualTo(OperationNames.OTHER);
        assertThat(names.tag("x".repeat(65))).isEqualTo(OperationNames.OTHER);
        assertThat(names.tag("1abc")).isEqualTo(OperationNames.OTHER);
        assertThat(names.tag(null)).isEqualTo(OperationNames.ANONYMOUS);
        assertThat(names.tag("")).isEqualTo(OperationNames.ANONYMOUS);
        assertThat(names.tag("_Valid_1")).as("the one place is still free").isEqualTo("_Valid_1");
    }
}
