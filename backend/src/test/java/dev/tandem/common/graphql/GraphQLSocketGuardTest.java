package dev.tandem.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The socket guard's pure rules: which subprotocol a client gets, and close reasons that fit a close frame. */
class GraphQLSocketGuardTest {

    @Test
    void theClientsFirstOfferThatTandemSpeaksIsTheProtocol() {
        assertThat(GraphQLSocketGuard.negotiated("graphql-ws, graphql-transport-ws")).isEqualTo("graphql-ws");
        assertThat(GraphQLSocketGuard.negotiated("mqtt,graphql-transport-ws")).isEqualTo("graphql-transport-ws");
        assertThat(GraphQLSocketGuard.negotiated("mqtt")).isNull();
        assertThat(GraphQLSocketGuard.negotiated(null)).isNull();
    }

    @Test
    void aCloseReasonNeverExceeds123BytesAndIsCutOnACharacterBoundary() {
        assertThat(GraphQLSocketGuard.truncate("short")).isEqualTo("short");
        String ascii = "x".repeat(300);
        assertThat(GraphQLSocketGuard.truncate(ascii)).hasSize(123);
        String accented = "é".repeat(100);   // two bytes each
        String cut = GraphQLSocketGuard.truncate(accented);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
        assertThat(cut).isEqualTo("é".repeat(61));
    }
}
