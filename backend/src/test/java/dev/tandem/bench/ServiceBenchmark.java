package dev.tandem.bench;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.tandem.support.TestSettings;
import dev.tandem.support.Tokens;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * {@code ./tandem bench}: the service as production runs it (the bench build of the jar, in a process of its own, on
 * the demo data) measured from this process, every figure beside a baseline measured in the same run. Prints figures;
 * asserts nothing about time.
 */
@Tag("benchmark")
class ServiceBenchmark {

    /** The reactive PostgreSQL client's count of statements processed. */
    private static final String SQL_STATEMENTS = "postgresql_processing_seconds_count";

    static final int CLIENTS = 32;
    static final int SECONDS = 10;
    /** A fresh JVM spends its first minute compiling (C2 took a quarter of the machine then): each load warms up this long first. */
    static final int WARM_UP_SECONDS = 20;
    static final int RED_CHANGES = 10;
    static final List<String> PEOPLE = List.of("alice@acme.example", "aaron@acme.example", "amy@acme.example", "arjun@acme.example", "ada@acme.example",
            "grace@globex.example", "gus@globex.example", "gina@globex.example", "gil@globex.example", "gwen@globex.example");

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port = URI.create(TestSettings.appUrl()).getPort();
    private final String base = "http://127.0.0.1:" + port;
    private ServiceProcess service;
    private int busyAnswers;

    @Test
    void figures() throws Exception {
        Path jar = Path.of(System.getProperty("tandem.bench.jar"));
        List<String> jvm = List.of(System.getProperty("tandem.bench.jvm-options", "").trim().split("\\s+")).stream().filter(o -> !o.isEmpty()).toList();
        Path work = Files.createTempDirectory("tandem-bench");
        Map<String, String> env = environment();
        System.out.println();
        System.out.println("== Tandem bench: " + Runtime.getRuntime().availableProcessors() + " cores; service JVM options " + jvm + " ==");
        System.out.println("(the service's logs: " + work + ")");

        // A first start migrates and seeds the demo data; start times are taken on the next ones, as a redeploy sees them.
        ServiceProcess.start(jar, jvm, env, port + 1000, work.resolve("seed.log")).close();
        long plain;
        try (ServiceProcess once = ServiceProcess.start(jar, jvm, env, port + 1000, work.resolve("plain.log"))) {
            plain = once.startMillis;
        }
        // The JDK's ahead-of-time cache (JDK 24+): a training run records what loads, a create step writes the cache.
        Path cache = work.resolve("tandem.aot");
        Path configuration = work.resolve("tandem.aotconf");
        try (ServiceProcess training = ServiceProcess.start(jar, with(jvm, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration), env, port + 1000,
                work.resolve("train.log"))) {
            service = training;
            String token = Tokens.fresh(ALICE);
            String id = demoPartnership(token);
            FrontEndQueries queries = frontEnd();
            for (int i = 0; i < 50; i++) {
                graphql(token, queries.operation("MetricsPage"), Map.of("id", id));
                graphql(token, queries.operation("PlanPage"), Map.of("id", id));
            }
        }
        if (Files.exists(configuration)) {
            ServiceProcess.createAotCache(jar, jvm, configuration, cache, work.resolve("aot-create.log"));
        }
        boolean cached = Files.exists(cache);
        service = ServiceProcess.start(jar, cached ? with(jvm, "-XX:AOTCache=" + cache) : jvm, env, port + 1000, work.resolve("service.log"));
        try {
            ServiceProcess.sleep(5000);
            System.out.printf("start to ready: %d ms without the AOT cache, %s with it (%s); RSS at rest %d MiB%n", plain,
                    cached ? service.startMillis + " ms" : "none", cached ? String.format("%.2fx", service.startMillis / (double) plain) : "no cache written",
                    service.rssMb());
            service.peakMbSinceLast();
            pages();
            ingestion();
            surveys();
            firstLoad();
            soak(Integer.getInteger("tandem.bench.soak-minutes", 10));
            redAlerts(); // last: at 10,000 subscribers the heap of a 1 GiB container may run out, and nothing after it would count
        } finally {
            service.close();
        }
    }

    private Map<String, String> environment() {
        String keycloak = TestSettings.keycloakUrl();
        Map<String, String> env = new HashMap<>();
        env.put("TANDEM_SECURE_COOKIES", "false");
        env.put("TANDEM_LOG_JSON", "false"); // its log is read by people (and searched for "Unexpected failure at")
        env.put("TANDEM_PG_HOST", TestSettings.pgHost());
        env.put("TANDEM_PG_PORT", TestSettings.pgPort());
        env.put("TANDEM_PG_USER", TestSettings.pgUser());
        env.put("TANDEM_PG_DB", System.getProperty("tandem.bench.db", "tandem_bench"));
        env.put("TANDEM_OIDC_URL", keycloak + "/realms/tandem");
        env.put("TANDEM_OIDC_SECRET", TestSettings.secret("TANDEM_WEB"));
        env.put("TANDEM_PSEUDONYM_KEY", TestSettings.secret("PSEUDONYM_KEY"));
        env.put("TANDEM_DATA_SET", "demo");
        env.put("TANDEM_PUBLIC_URL", base);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("TANDEM_PORT", Integer.toString(port));
        env.put("TANDEM_MANAGEMENT_PORT", Integer.toString(port + 1000));
        // one integrator's token drives each load: its cost budget would throttle it (answers of a few hundred bytes at
        // thousands a second) and the figures would be the budget's, not the page's
        env.put("TANDEM_GRAPHQL_BUDGET", "1000000000000");
        env.put("TANDEM_GRAPHQL_BUDGET_RESTORE", "1000000000000");
        return env;
    }

    // ------------------------------------------------------------------------------------ pages

    private void pages() throws Exception {
        String token = Tokens.fresh(ALICE);
        String id = demoPartnership(token);
        FrontEndQueries queries = frontEnd();
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json", "Accept-Encoding", "gzip");
        String metricsPage = new JsonObject().put("query", queries.operation("MetricsPage")).put("variables", new JsonObject().put("id", id)).encode();
        String planPage = new JsonObject().put("query", queries.operation("PlanPage")).put("variables", new JsonObject().put("id", id)).encode();
        String handWritten = base + "/bench/metrics-page?id=" + id;
        System.out.println();
        System.out.println("== Pages: " + CLIENTS + " concurrent clients (wrk, another process), " + SECONDS + " s each after " + WARM_UP_SECONDS + " s of warm-up ==");
        System.out.printf("%-40s %10s %9s %9s %7s %9s %10s %9s%n", "", "requests/s", "p50 ms", "p99 ms", "errors", "bytes", "SQL/req", "peak RSS");
        sameAnswer("metrics page", get(token, handWritten), post(token, metricsPage));
        service.unexpectedFailuresSinceLast();
        HttpLoad.Result baseline = measure("metrics page, hand-written SQL + Jackson", "GET", handWritten, headers, null, () -> get(token, handWritten));
        HttpLoad.Result metrics = measure("metrics page, GraphQL", "POST", base + "/graphql", headers, metricsPage, () -> post(token, metricsPage));
        String handWrittenPlan = base + "/bench/plan-page?id=" + id;
        sameAnswer("plan page", get(token, handWrittenPlan), post(token, planPage));
        HttpLoad.Result planBaseline = measure("plan page, hand-written SQL + Jackson", "GET", handWrittenPlan, headers, null, () -> get(token, handWrittenPlan));
        HttpLoad.Result plan = measure("plan page, GraphQL", "POST", base + "/graphql", headers, planPage, () -> post(token, planPage));
        String me = new JsonObject().put("query", "{ me { kind } }").encode();
        measure("{ me { kind } }, GraphQL", "POST", base + "/graphql", headers, me, () -> post(token, me));
        System.out.printf("metrics page through GraphQL: %.2fx the hand-written path's throughput (target at least 0.5x)%n", metrics.perSecond() / baseline.perSecond());
        System.out.printf("plan page through GraphQL: %.2fx the hand-written path's throughput%n", plan.perSecond() / planBaseline.perSecond());
    }

    /**
     * Memory over a long load: the metrics page, the plan page and { me } in turn, a minute each, at CLIENTS clients,
     * with the resident memory after every minute (it should stay flat once the heap has grown to its size).
     */
    private void soak(int minutes) throws Exception {
        if (minutes <= 0) {
            return;
        }
        FrontEndQueries queries = frontEnd();
        String id = demoPartnership(Tokens.fresh(ALICE));
        List<String> bodies = List.of(new JsonObject().put("query", queries.operation("MetricsPage")).put("variables", new JsonObject().put("id", id)).encode(),
                new JsonObject().put("query", queries.operation("PlanPage")).put("variables", new JsonObject().put("id", id)).encode(),
                new JsonObject().put("query", "{ me { kind } }").encode());
        System.out.println();
        System.out.println("== Soak: " + minutes + " minutes of pages at " + CLIENTS + " clients (metrics, plan, { me } in turn, a minute each) ==");
        System.out.printf("%-8s %10s %9s %7s %12s %12s%n", "minute", "requests/s", "p99 ms", "errors", "RSS after", "peak RSS");
        service.peakMbSinceLast();
        for (int minute = 1; minute <= minutes; minute++) {
            Map<String, String> headers = Map.of("Authorization", "Bearer " + Tokens.fresh(ALICE), "Content-Type", "application/json", "Accept-Encoding", "gzip");
            Map<String, Double> failedBefore = service.failedOperations();
            HttpLoad.Result result = HttpLoad.run("POST", base + "/graphql", headers, bodies.get((minute - 1) % bodies.size()), CLIENTS, 60);
            Map<String, Long> failed = since(failedBefore, service.failedOperations());
            System.out.printf("%-8d %10.0f %9.1f %7d %8d MiB %8d MiB%s%n", minute, result.perSecond(), result.p99Ms(), errors(result, failed), service.rssMb(),
                    service.peakMbSinceLast(), failed.isEmpty() ? "" : "   errors by code: " + failed);
        }
    }

    /** One load: warmed up, then measured, with the SQL statements one request takes. */
    private HttpLoad.Result measure(String name, String method, String url, Map<String, String> headers, String body, Call once) throws Exception {
        HttpLoad.run(method, url, headers, body, CLIENTS, WARM_UP_SECONDS);
        Map<String, Double> failedBefore = service.failedOperations();
        HttpLoad.Result result = HttpLoad.run(method, url, headers, body, CLIENTS, SECONDS);
        return report(name, result, since(failedBefore, service.failedOperations()), statements(once));
    }

    /** One row; its errors are those of {@link #errors}. */
    private HttpLoad.Result report(String name, HttpLoad.Result result, Map<String, Long> failed, double statements) throws IOException {
        System.out.printf("%-40s %10.0f %9.1f %9.1f %7d %9d %10.1f %7d MiB%s%n", name, result.perSecond(), result.p50Ms(), result.p99Ms(),
                errors(result, failed), result.bytesPerRequest(), statements, service.peakMbSinceLast(), failed.isEmpty() ? "" : "   errors by code: " + failed);
        return result;
    }

    /** The failed operations by code between two readings of the service's timer. */
    private static Map<String, Long> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Long> failed = new TreeMap<>();
        after.forEach((code, count) -> {
            long added = Math.round(count - before.getOrDefault(code, 0.0));
            if (added > 0) {
                failed.put(code, added);
            }
        });
        return failed;
    }

    /**
     * A load's errors: HTTP failures, plus the GraphQL operations answered with an error (GraphQL answers those with 200;
     * the service's timer counts them by outcome), or at least the failures the service logged as unexpected.
     */
    private long errors(HttpLoad.Result result, Map<String, Long> failed) throws IOException {
        return result.errors() + Math.max(failed.values().stream().mapToLong(Long::longValue).sum(), service.unexpectedFailuresSinceLast());
    }

    /**
     * SQL statements one request takes: the fewest of three runs of ten (the service's timers may add one now and then),
     * counted by the reactive client's timer of processed statements.
     */
    private double statements(Call call) throws Exception {
        double fewest = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            double before = service.counter(SQL_STATEMENTS);
            for (int i = 0; i < 10; i++) {
                call.run();
            }
            fewest = Math.min(fewest, (service.counter(SQL_STATEMENTS) - before) / 10);
        }
        return fewest;
    }

    interface Call {
        void run() throws Exception;
    }

    // ------------------------------------------------------------------------------------ red alerts

    private void redAlerts() throws Exception {
        String alice = Tokens.fresh(ALICE);
        String id = demoPartnership(alice);
        String metric = defineMetric(alice, id, "Bench alerts");
        System.out.println();
        System.out.println("== Red alerts: from the recording mutation's start to receipt by every subscriber (metricTurnedRed, one socket each, "
                + RED_CHANGES + " changes) ==");
        for (int count : new int[] {100, 1_000, 10_000}) {
            // sockets of their own per load, with a fresh token: the service closes a socket when its sign-in expires (300 s)
            try (RedAlertWatchers watchers = new RedAlertWatchers(port, Tokens.fresh(GRACE), id)) {
                try {
                    watchers.growTo(count);
                } catch (Exception | OutOfMemoryError e) {
                    System.out.printf("%6d subscribers: COULD NOT OPEN them (%s after %d were open); RSS %d MiB; the service's log ends:%n%s%n", count, e,
                            watchers.size(), service.rssMb(), service.logTail(5));
                    break;
                }
                ServiceProcess.sleep(2000);
                List<Long> latencies = new ArrayList<>();
                int missing = 0;
                Instant at = Instant.now().minus(1, ChronoUnit.DAYS).plus(count, ChronoUnit.SECONDS);
                for (int change = 0; change < RED_CHANGES; change++) {
                    String acme = Tokens.freshIntegrator("acme");
                    watchers.expectOne();
                    long started = System.nanoTime();
                    record(acme, metric, 10, at = at.plusMillis(10));
                    long[] arrivals = watchers.awaitAll(10);
                    missing += count - arrivals.length;
                    for (long receivedAt : arrivals) {
                        latencies.add((receivedAt - started) / 1_000_000);
                    }
                    record(acme, metric, 99, at = at.plusMillis(10));
                    ServiceProcess.sleep(300);
                }
                latencies.sort(null);
                if (latencies.isEmpty()) {
                    latencies.add(-1L);
                }
                watchers.endedSinceLast().forEach((why, n) -> System.out.println(n + " subscriptions ended: " + why));
                if (busyAnswers > 0) {
                    System.out.println(busyAnswers + " recording mutations answered UNAVAILABLE (busy) and were tried again");
                    busyAnswers = 0;
                }
                long failures = service.unexpectedFailuresSinceLast();
                if (failures > 0) {
                    System.out.println(failures + " unexpected failures logged by the service during this load");
                }
                System.out.printf("%6d subscribers: p50 %5d ms, p99 %5d ms, max %5d ms over %d deliveries, %d NOT DELIVERED within 10 s; peak RSS %d MiB%n", count,
                        percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1), latencies.size(), missing,
                        service.peakMbSinceLast());
            }
        }
        System.out.println("(targets: p99 under 100 ms at 1,000 subscribers, under 250 ms at 10,000)");
    }

    // ------------------------------------------------------------------------------------ writes

    private void ingestion() throws Exception {
        String alice = Tokens.fresh(ALICE);
        String id = demoPartnership(alice);
        String acme = Tokens.freshIntegrator("acme");
        System.out.println();
        System.out.println("== Readings in batches of 1,000 (acme-integrator) ==");
        for (int writers : new int[] {1, 4}) {
            List<String> metrics = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                metrics.add(defineMetric(alice, id, "Bench ingest " + writers + "." + w));
            }
            int batches = 10;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String metric : metrics) {
                done.add(pool.submit(() -> {
                    Instant base = Instant.now().minus(300, ChronoUnit.DAYS);
                    for (int b = 0; b < batches; b++) {
                        JsonArray batch = new JsonArray();
                        for (int i = 0; i < 1000; i++) {
                            batch.add(new JsonObject().put("metricId", metric).put("value", 50 + i % 50)
                                    .put("observedAt", base.plus(b * 1000L + i, ChronoUnit.MINUTES).toString()).put("sourceKey", "bench-" + b + "-" + i));
                        }
                        post(acme, new JsonObject().put("query", "mutation($inputs: [RecordMetricReadingInput!]!) { recordMetricReadings(inputs: $inputs) { id } }")
                                .put("variables", new JsonObject().put("inputs", batch)).encode());
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d writer%s: %d readings in %.2f s = %.0f readings/s; peak RSS %d MiB%n", writers, writers == 1 ? "" : "s", writers * batches * 1000,
                    seconds, writers * batches * 1000 / seconds, service.peakMbSinceLast());
        }
        System.out.println("(target: at least 10,000 readings/s)");
    }

    private void surveys() throws Exception {
        String alice = Tokens.fresh(ALICE);
        String id = demoPartnership(alice);
        JsonObject survey = graphql(alice, """
                mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id questions { id kind } } }""",
                Map.of("input", Map.of("partnershipId", id, "title", "Bench pulse", "opensAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                        "closesAt", Instant.now().plus(60, ChronoUnit.MINUTES).toString()))).getJsonObject("createSurvey");
        JsonArray answers = new JsonArray();
        for (Object q : survey.getJsonArray("questions")) {
            JsonObject question = (JsonObject) q;
            JsonObject answer = new JsonObject().put("questionId", question.getString("id"));
            switch (question.getString("kind")) {
                case "RAG" -> answer.put("rag", "AMBER");
                case "NPS" -> answer.put("score", 8);
                default -> answer.put("text", "bench");
            }
            answers.add(answer);
        }
        String submit = new JsonObject().put("query", "mutation($input: SurveyResponseInput!) { submitSurveyResponse(input: $input) { surveyId } }")
                .put("variables", new JsonObject().put("input", new JsonObject().put("surveyId", survey.getString("id")).put("answers", answers))).encode();
        List<String> tokens = new ArrayList<>();
        for (String person : PEOPLE) {
            tokens.add(Tokens.fresh(person));
        }
        String me = new JsonObject().put("query", "{ me { kind } }").encode();
        System.out.println();
        System.out.println("== Survey submissions: " + PEOPLE.size() + " people of two parties answering one round, " + CLIENTS + " concurrent clients ==");
        double baseline = concurrently(tokens, me, 4000);
        double submissions = concurrently(tokens, submit, 4000);
        System.out.printf("submitSurveyResponse: %.0f/s beside { me { kind } } %.0f/s (%.2fx); peak RSS %d MiB%n", submissions, baseline, submissions / baseline,
                service.peakMbSinceLast());
    }

    private double concurrently(List<String> tokens, String body, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String token = tokens.get(i % tokens.size());
            done.add(pool.submit(() -> {
                if (post(token, body).containsKey("errors")) {
                    failed.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> call : done) {
            call.get();
        }
        pool.shutdown();
        if (failed.get() > 0) {
            System.out.println(failed.get() + " of " + calls + " calls failed");
        }
        return calls / ((System.nanoTime() - started) / 1e9);
    }

    // ------------------------------------------------------------------------------------ the front end

    private void firstLoad() throws Exception {
        Set<String> assets = new LinkedHashSet<>(List.of("/"));
        long[] index = fetch("/");
        Matcher reference = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(new String(decoded(base + "/"), java.nio.charset.StandardCharsets.UTF_8));
        while (reference.find()) {
            assets.add(reference.group(1));
        }
        long wire = index[0];
        long raw = index[1];
        for (String asset : assets) {
            if (!asset.equals("/")) {
                long[] sizes = fetch(asset);
                wire += sizes[0];
                raw += sizes[1];
            }
        }
        System.out.println();
        System.out.printf("== The SPA's first load: %d files (%s), %d KiB on the wire, %d KiB decoded ==%n", assets.size(), String.join(", ", assets),
                wire / 1024, raw / 1024);
    }

    /** Bytes on the wire (asking for gzip) and decoded. */
    private long[] fetch(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equals).orElse(false);
        return new long[] {body.length, gzip ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes().length : body.length};
    }

    private byte[] decoded(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    // ------------------------------------------------------------------------------------ calls

    private static FrontEndQueries frontEnd() {
        return new FrontEndQueries(Path.of(System.getProperty("tandem.bench.frontend", "../frontend/src")));
    }

    private String demoPartnership(String token) throws Exception {
        JsonArray edges = graphql(token, "{ partnerships(first: 50) { edges { node { id name } } } }", Map.of()).getJsonObject("partnerships").getJsonArray("edges");
        for (Object edge : edges) {
            JsonObject node = ((JsonObject) edge).getJsonObject("node");
            if (node.getString("name").equals("Acme × Globex")) {
                return node.getString("id");
            }
        }
        throw new IllegalStateException("no demo partnership");
    }

    private String defineMetric(String token, String partnershipId, String name) throws Exception {
        Map<String, Object> definition = new HashMap<>(Map.of("partnershipId", partnershipId, "name", name + " " + System.nanoTime() % 100_000, "kind", "LEADING_KPI",
                "unit", "%", "direction", "HIGHER_IS_BETTER", "target", 95, "amberThreshold", 80, "redThreshold", 50, "cadence", "DAILY"));
        definition.put("owningParty", "acme");
        definition.put("escalationTier", "EXECUTION");
        return graphql(token, "mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }", Map.of("input", definition))
                .getJsonObject("defineMetric").getString("id");
    }

    private void record(String token, String metric, int value, Instant at) throws Exception {
        graphql(token, "mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }",
                Map.of("input", Map.of("metricId", metric, "value", value, "observedAt", at.toString())));
    }

    /** One operation; an UNAVAILABLE answer ("busy") is counted and tried again after a moment, as a client would. */
    private JsonObject graphql(String token, String query, Map<String, Object> variables) throws Exception {
        for (int attempt = 1;; attempt++) {
            JsonObject body = post(token, new JsonObject().put("query", query).put("variables", new JsonObject(variables)).encode());
            if (!body.containsKey("errors")) {
                return body.getJsonObject("data");
            }
            boolean unavailable = "UNAVAILABLE".equals(body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions", new JsonObject()).getString("code"));
            if (!unavailable || attempt == 5) {
                throw new IllegalStateException(body.encode());
            }
            busyAnswers++;
            ServiceProcess.sleep(200L * attempt);
        }
    }

    private JsonObject post(String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body());
    }

    private String get(String token, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The baseline must serve the same data as GraphQL, or its speed says nothing: both are read once and compared. */
    private void sameAnswer(String name, String handWritten, JsonObject graphql) {
        boolean same = new JsonObject(handWritten).getJsonObject("data").equals(graphql.getJsonObject("data"));
        System.out.println(name + ": the hand-written answer " + (same ? "equals" : "DIFFERS FROM") + " the GraphQL answer ("
                + handWritten.length() + " and " + graphql.encode().length() + " bytes)");
        if (!same) {
            System.out.println("  hand-written: " + handWritten.substring(0, Math.min(600, handWritten.length())));
            System.out.println("  GraphQL:      " + graphql.encode().substring(0, Math.min(600, graphql.encode().length())));
        }
    }

    static List<String> with(List<String> options, String... more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return all;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

}
