package dev.tandem.metric;

import static dev.tandem.support.People.GRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.RawWebSocket;
import dev.tandem.support.SubscriptionClient;
import dev.tandem.support.Tokens;
import io.netty.buffer.PooledByteBufAllocator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.impl.VertxByteBufAllocator;
import io.vertx.core.json.JsonObject;

/** What one WebSocket may cost the server: the protocol's close codes, a cap on subscriptions, and a bound on what a client leaves unread. */
@QuarkusTest
class SocketLimitsTest {

    static final Duration WAIT = SubscriptionTest.WAIT;
    /** A subscription that asks for much per event, so that a stalled reader falls far behind quickly. */
    static final String WIDE = """
            subscription($id: ID!) { metricStatusChanged(partnershipId: $id) { id previous current at
              metric { id name unit target amberThreshold redThreshold status direction cadence partnership { id name charter } }
              reading { id value status observedAt source } } }""";

    @TestHTTPResource("/graphql")
    URI http;

    URI ws() {
        return URI.create(http.toString().replaceFirst("^http", "ws"));
    }

    SubscriptionClient connect(String token) throws InterruptedException {
        SubscriptionClient client = SubscriptionClient.connect(ws(), SubscriptionClient.TRANSPORT_WS, token);
        assertNotNull(client.next(WAIT, "connection_ack"), "the server acknowledges connection_init");
        return client;
    }

    static JsonObject init(String token) {
        return new JsonObject().put("type", "connection_init").put("payload", new JsonObject().put("Authorization", "Bearer " + token));
    }

    @Test
    void aSecondConnectionInitClosesTheSocketWith4429() throws Exception {
        try (SubscriptionClient client = connect(Tokens.person(GRACE))) {
            client.send(init(Tokens.person(GRACE)));
            assertEquals(4429, client.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @Test
    void anUnknownMessageTypeOrNoJsonClosesTheSocketWith4400() throws Exception {
        try (SubscriptionClient client = connect(Tokens.person(GRACE))) {
            client.send(new JsonObject().put("type", "gimme").put("id", "1"));
            assertEquals(4400, client.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        try (RawWebSocket raw = RawWebSocket.open(http, SubscriptionClient.TRANSPORT_WS, 65536)) {
            raw.send("this is not json");
            assertEquals(4400, raw.readUntilClose());
        }
    }

    @Test
    void aSubscriberSignedInOverTheSocketMayAskForMoreThanASignedOutCaller() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        String costly = """
                subscription($id: ID!) { metricStatusChanged(partnershipId: $id) { id metric { readings(last: 40) { value status } } } }""";
        try (SubscriptionClient client = connect(Tokens.person(GRACE))) {
            client.subscribe("1", costly, Map.of("id", partnership));
            Thread.sleep(300);
            SubscriptionTest.record("acme", metric, 20);
            JsonObject event = client.nextEvent(WAIT);
            assertNotNull(event);
            assertEquals("next", event.getString("type"), event.encode());
        }
    }

    @Test
    void aSocketHoldsAtMostTwentySubscriptions() throws Exception {
        String partnership = MetricTest.partnership();
        try (SubscriptionClient client = connect(Tokens.person(GRACE))) {
            for (int i = 1; i <= 21; i++) {
                client.subscribe(Integer.toString(i), SubscriptionTest.CHANGED, Map.of("id", partnership));
            }
            JsonObject refused = client.next(WAIT, "error");
            assertNotNull(refused, "the 21st subscription is refused");
            assertEquals("21", refused.getString("id"));
            assertEquals("LIMIT_EXCEEDED", refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));
            client.send(new JsonObject().put("type", "complete").put("id", "3"));
            client.subscribe("22", SubscriptionTest.CHANGED, Map.of("id", partnership));
            assertThat(client.next(Duration.ofSeconds(2), "error")).as("a finished subscription frees its place").isNull();
        }
    }

    @Test
    void aSubscriberThatStopsReadingIsCutOffAndNobodyElseNotices() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        String grace = Tokens.person(GRACE);
        int subscriptions = 20;
        int batches = 8;
        int perBatch = 250;
        try (RawWebSocket stalled = RawWebSocket.open(http, SubscriptionClient.TRANSPORT_WS, 4096);
                SubscriptionClient watcher = connect(grace)) {
            stalled.send(init(grace).encode());
            assertThat(stalled.read().text()).contains("connection_ack");
            for (int i = 1; i <= subscriptions; i++) {
                stalled.send(new JsonObject().put("id", Integer.toString(i)).put("type", "subscribe")
                        .put("payload", new JsonObject().put("query", WIDE).put("variables", Map.of("id", partnership))).encode());
            }
            watcher.subscribe("1", SubscriptionTest.CHANGED, Map.of("id", partnership));
            Thread.sleep(500);   // the subscriptions start; from here on the stalled client reads nothing
            long heapBefore = heapUsed();
            long directBefore = directUsed();
            Instant at = Instant.now().minus(Duration.ofHours(1));
            GraphQLClient acme = GraphQLClient.as(Tokens.integrator("acme"));
            int events = 0;
            for (int batch = 0; batch < batches; batch++) {
                List<Map<String, Object>> readings = new ArrayList<>();
                for (int i = 0; i < perBatch; i++) {
                    at = at.plusSeconds(1);
                    readings.add(MetricTest.reading(metric, (events + i) % 2 == 0 ? 20 : 96, at));
                }
                acme.ok(MetricTest.RECORD_MANY, Map.of("inputs", readings));
                events += perBatch;
            }
            for (int i = 0; i < events; i++) {
                assertNotNull(watcher.nextEvent(WAIT), "the subscriber who reads receives event " + (i + 1) + " of " + events);
            }
            long heapAfter = heapUsed();
            long directAfter = directUsed();
            int code = stalled.readUntilClose();
            System.out.printf("stalled subscriber: %d changes x %d subscriptions; it read %d KB before the close; heap %d -> %d MB,"
                    + " pooled direct memory %d -> %d MB%n", events, subscriptions, stalled.received() / 1024, heapBefore >> 20, heapAfter >> 20,
                    directBefore >> 20, directAfter >> 20);
            assertEquals(1008, code, "the stalled socket is closed as too slow");
            assertThat(stalled.received()).as("what was sent to it stayed bounded").isLessThan((long) events * subscriptions * 300);
        }
    }

    private static long heapUsed() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long directUsed() {
        return ((PooledByteBufAllocator) VertxByteBufAllocator.POOLED_ALLOCATOR).metric().usedDirectMemory()
                + PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory();
    }
}
