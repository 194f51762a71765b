package dev.tandem.metric;

import static dev.tandem.support.People.GRACE;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.SubscriptionClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Measures, on this machine, how fast a metric turning red reaches subscribers and how many readings per second
 * the service ingests. Prints figures; asserts nothing about time. Run with {@code ./tandem bench}.
 */
@QuarkusTest
@Tag("benchmark")
class MetricBenchmark {

    static final int CHANGES = 20;

    @TestHTTPResource("/graphql")
    URI http;

    @Test
    void commitToSubscriberLatencyAndIngestThroughput() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        GraphQLClient.as(Tokens.integrator("acme")).ok(MetricTest.RECORD, Map.of("input", MetricTest.reading(metric, 99, Instant.now())));
        System.out.println();
        System.out.println("== Status change: commit-to-subscriber latency (one instance, " + CHANGES + " changes each) ==");
        for (int subscribers : new int[] {1, 100, 1000}) {
            latency(partnership, metric, subscribers);
        }
        System.out.println();
        System.out.println("== Reading ingestion (acme-integrator over HTTP) ==");
        ingest(metric);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("JVM heap in use after the run: %d MiB (tests and service share the JVM)%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }

    private void latency(String partnership, String metric, int count) throws Exception {
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        String token = Tokens.person(GRACE);
        String after = GraphQLClient.as(token).ok("query($id: ID!) { partnership(id: $id) { statusChangeCursor } }", Map.of("id", partnership))
                .getString("data.partnership.statusChangeCursor");
        List<SubscriptionClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                clients.add(SubscriptionClient.connect(ws, SubscriptionClient.TRANSPORT_WS, token));
            }
            for (SubscriptionClient client : clients) {
                client.next(Duration.ofSeconds(30), "connection_ack");
                client.subscribe("1", "subscription($id: ID!, $after: ID) { metricStatusChanged(partnershipId: $id, after: $after) { id at current } }",
                        Map.of("id", partnership, "after", after));
            }
            Thread.sleep(1000 + count * 2L); // let every subscription start; anything earlier would be replayed anyway
            GraphQLClient integrator = GraphQLClient.as(Tokens.integrator("acme"));
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            for (int change = 0; change < CHANGES; change++) {
                integrator.ok(MetricTest.RECORD, Map.of("input", MetricTest.reading(metric, change % 2 == 0 ? 10 : 99, Instant.now())));
                for (SubscriptionClient client : clients) {
                    JsonObject event = client.nextEvent(Duration.ofSeconds(30));
                    long received = System.currentTimeMillis();
                    Instant at = Instant.parse(event.getJsonObject("payload").getJsonObject("data").getJsonObject("metricStatusChanged").getString("at"));
                    latencies.add(received - at.toEpochMilli());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("%5d subscribers: %6d deliveries, latency p50 %4d ms, p99 %4d ms, max %4d ms; %.0f deliveries/s%n",
                    count, sorted.size(), percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1), sorted.size() / seconds);
        } finally {
            clients.forEach(SubscriptionClient::close);
        }
    }

    private void ingest(String metric) {
        GraphQLClient integrator = GraphQLClient.as(Tokens.integrator("acme"));
        Instant base = Instant.now().minus(300, ChronoUnit.DAYS);
        int batches = 10;
        long started = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                Map<String, Object> reading = MetricTest.reading(metric, 50 + (i % 50), base.plus(b * 1000L + i, ChronoUnit.MINUTES));
                reading.put("sourceKey", "bench-" + b + "-" + i);
                batch.add(reading);
            }
            integrator.ok(MetricTest.RECORD_MANY, Map.of("inputs", batch));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("batches of 1,000: %d readings in %.2f s = %.0f readings/s%n", batches * 1000, seconds, batches * 1000 / seconds);
        int singles = 200;
        started = System.nanoTime();
        for (int i = 0; i < singles; i++) {
            integrator.ok(MetricTest.RECORD, Map.of("input", MetricTest.reading(metric, 60, base.minus(i + 1, ChronoUnit.MINUTES))));
        }
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("one reading per call, sequential: %d readings in %.2f s = %.0f readings/s%n", singles, seconds, singles / seconds);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
