package dev.tandem.observability;

import static dev.tandem.support.People.ALICE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tandem.support.Tokens;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * A caller's trace continues through Tandem: the HTTP request's span is a child of the caller's (traceparent), each
 * GraphQL operation is a span of its own named as OpenTelemetry's GraphQL conventions say, the SQL statements of its
 * fields are children of it, and the log lines written for the request carry its trace id.
 */
@QuarkusTest
class TracingTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    private static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");

    @Inject
    InMemorySpanExporter spans;

    private final String traceId = hex(16);
    private final String callerSpanId = hex(8);

    @BeforeEach
    @AfterEach
    void forgetSpans() {
        spans.reset();
    }

    @Test
    void aGraphQLOperationIsOneSpanOfTheCallersTrace() throws InterruptedException {
        String secret = "variable-value-" + hex(4);
        given().header("traceparent", traceparent()).auth().oauth2(Tokens.person(ALICE)).contentType(ContentType.JSON)
                .body(Map.of("query", "query TracingProbe($id: ID!) { me { email } partnership(id: $id) { name } partnerships(first: 2) { edges { node { name } } } }",
                        "variables", Map.of("id", secret)))
                .post("/graphql").then().statusCode(200);

        SpanData operation = awaitOne(span -> span.getName().equals("query TracingProbe"));
        assertThat(operation.getTraceId()).isEqualTo(traceId);
        assertThat(operation.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(operation.getAttributes().get(OPERATION_TYPE)).isEqualTo("query");
        assertThat(operation.getAttributes().get(OPERATION_NAME)).isEqualTo("TracingProbe");
        assertThat(operation.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);

        SpanData request = awaitOne(span -> span.getSpanId().equals(operation.getParentSpanId()));
        assertThat(request.getKind()).as("the operation's parent is the HTTP request's span: %s", spans.getFinishedSpanItems()).isEqualTo(SpanKind.SERVER);
        assertThat(request.getParentSpanId()).as("which continues the caller's").isEqualTo(callerSpanId);

        List<SpanData> sql = await(span -> span.getKind() == SpanKind.CLIENT && span.getTraceId().equals(traceId), 1);
        assertThat(sql).as("the fields' SQL statements are spans of the operation").allMatch(span -> span.getParentSpanId().equals(operation.getSpanId()));
        assertThat(spans.getFinishedSpanItems()).filteredOn(span -> span.getName().startsWith("query")).hasSize(1);
        assertThat(spans.getFinishedSpanItems().toString()).as("never the variables").doesNotContain(secret);
    }

    @Test
    void aMutationsSpanIsNamedByItsTypeAndAFailureCarriesItsCode() throws InterruptedException {
        given().header("traceparent", traceparent()).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation recordMetricReadings($inputs: [RecordMetricReadingInput!]!) { recordMetricReadings(inputs: $inputs) { id } }",
                        "variables", Map.of("inputs", List.of())))
                .post("/graphql").then().statusCode(200);

        SpanData operation = awaitOne(span -> span.getName().equals("mutation recordMetricReadings"));
        assertThat(operation.getAttributes().get(OPERATION_TYPE)).isEqualTo("mutation");
        assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(operation.getAttributes().get(AttributeKey.stringKey("error.type"))).isNotBlank();
    }

    @Test
    void aRequestsLogLinesCarryItsTraceIdInJson() {
        List<String> lines = new CopyOnWriteArrayList<>();
        JsonFormatter json = new JsonFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(json.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.tandem.common.security.BackChannelLogout");
        logger.addHandler(capture);
        try {
            // a refused back-channel logout is logged (at DEBUG in tests) while its request is handled
            given().header("traceparent", traceparent()).contentType(ContentType.URLENC).formParam("logout_token", "not-a-token")
                    .post("/back-channel-logout").then().statusCode(400);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(lines).isNotEmpty();
        JsonObject line = new JsonObject(lines.get(0).trim());
        assertThat(line.getString("message")).contains("Refused a back-channel logout");
        assertThat(line.getJsonObject("mdc").getString("traceId")).isEqualTo(traceId);
        assertThat(line.getJsonObject("mdc").getString("spanId")).hasSize(16);
    }

    private String traceparent() {
        return "00-" + traceId + "-" + callerSpanId + "-01";
    }

    private SpanData awaitOne(Predicate<SpanData> wanted) throws InterruptedException {
        List<SpanData> found = await(wanted, 1);
        assertThat(found).as("spans: %s", spans.getFinishedSpanItems()).hasSize(1);
        return found.get(0);
    }

    /** The finished spans that match, once there are at least {@code count} of them (spans are exported as they end). */
    private List<SpanData> await(Predicate<SpanData> wanted, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<SpanData> found = spans.getFinishedSpanItems().stream().filter(wanted).toList();
            if (found.size() >= count) {
                Thread.sleep(100); // and any late sibling
                return spans.getFinishedSpanItems().stream().filter(wanted).toList();
            }
            Thread.sleep(50);
        }
        return spans.getFinishedSpanItems().stream().filter(wanted).toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
