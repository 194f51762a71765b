package dev.tandem.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The service as production runs it: the built jar in a process of its own (the benchmark's clients are in this
 * one), with its start time, and its resident memory read from /proc while loads run.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern OUTCOME = Pattern.compile("outcome=\"([^\"]*)\"");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int managementPort;
    private final Path log;
    private long failuresSeen;
    final long startMillis;
    private final AtomicLong peakKb = new AtomicLong();
    private volatile boolean sampling = true;

    private ServiceProcess(Process process, int managementPort, long startMillis, Path log) {
        this.process = process;
        this.log = log;
        this.managementPort = managementPort;
        this.startMillis = startMillis;
        Thread sampler = new Thread(() -> {
            while (sampling && process.isAlive()) {
                peakKb.accumulateAndGet(rssKb(), Math::max);
                sleep(100);
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts {@code java [jvmOptions] -jar jar} with this environment; returns once its readiness check answers UP. */
    static ServiceProcess start(Path jar, List<String> jvmOptions, Map<String, String> environment, int managementPort, Path log) throws IOException {
        if (ready(managementPort)) {
            throw new IllegalStateException("Something already answers on port " + managementPort + ": stop it, or the figures would be its");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        // a stop waits for no request: the training run must reach the JVM's exit (where the AOT record is written) in time
        command.addAll(List.of("-Dquarkus.shutdown.timeout=1s", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        for (int waited = 0; !ready(managementPort); waited++) {
            if (!process.isAlive() || waited > 1200) {
                process.destroyForcibly();
                throw new IllegalStateException("the service did not start: see " + log + "\n" + tail(log));
            }
            sleep(50);
        }
        return new ServiceProcess(process, managementPort, (System.nanoTime() - started) / 1_000_000, log);
    }

    /** Writes the ahead-of-time cache from a training run's configuration (the application does not run). */
    static void createAotCache(Path jar, List<String> jvmOptions, Path configuration, Path cache, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + cache, "--add-opens",
                "java.base/java.lang=ALL-UNNAMED", "-jar", jar.toString()));
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    }

    private static boolean ready(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Failures the service logged as unexpected (answered INTERNAL) since the last call. */
    long unexpectedFailuresSinceLast() throws IOException {
        long all;
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            all = lines.filter(line -> line.contains("Unexpected failure at")).count();
        }
        long fresh = all - failuresSeen;
        failuresSeen = all;
        return fresh;
    }

    /** Resident memory now, in MiB. */
    long rssMb() {
        return rssKb() / 1024;
    }

    /** The highest resident memory sampled since the last call (every 100 ms), in MiB; starts a new window. */
    long peakMbSinceLast() {
        return Math.max(peakKb.getAndSet(rssKb()), rssKb()) / 1024;
    }

    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended
        }
        return 0;
    }

    /**
     * A counter of the service's Prometheus metrics (summed over its tags), e.g. the SQL statements processed; a counter
     * the service does not have fails, rather than reading as 0.
     */
    double counter(String name) throws IOException, InterruptedException {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> lines = text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " ")).toList();
        if (lines.isEmpty()) {
            throw new IllegalStateException("the service's /q/metrics has no " + name);
        }
        return lines.stream().mapToDouble(ServiceProcess::sampleValue).sum();
    }

    /**
     * GraphQL operations the service answered with an error so far, by outcome (its own timer's tag: the error code, e.g.
     * THROTTLED, UNAVAILABLE, TIMEOUT).
     */
    Map<String, Double> failedOperations() throws IOException, InterruptedException {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> byOutcome = new TreeMap<>();
        text.lines().filter(line -> line.startsWith("tandem_graphql_operations_seconds_count{") && !line.contains("outcome=\"ok\""))
                .forEach(line -> byOutcome.merge(OUTCOME.matcher(line).results().map(m -> m.group(1)).findFirst().orElse("?"), sampleValue(line), Double::sum));
        return byOutcome;
    }

    /** The value of one sample line, {@code name{tags} value [timestamp] [# exemplar]}. */
    private static double sampleValue(String line) {
        String afterSeries = line.substring(line.indexOf('}') >= 0 ? line.indexOf('}') + 1 : line.indexOf(' ')).strip();
        return Double.parseDouble(afterSeries.split("\\s+")[0]);
    }

    @Override
    public void close() {
        sampling = false;
        process.destroy();
        try {
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last {@code count} lines of the service's log. */
    String logTail(int count) {
        return tail(log, count);
    }

    private static String tail(Path log) {
        return tail(log, 30);
    }

    private static String tail(Path log, int count) {
        try {
            List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
