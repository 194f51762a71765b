package dev.tandem.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * HTTP load from another process: wrk (C, one thread per core it is given) keeps {@code connections} requests in
 * flight for a while and reports throughput and latency percentiles.
 */
final class HttpLoad {

    /** What one load measured. */
    record Result(long requests, double perSecond, double p50Ms, double p99Ms, long errors, long bytesPerRequest) {
    }

    private HttpLoad() {
    }

    /** {@code method} {@code url} with these headers and body (null for none), for {@code seconds}. */
    static Result run(String method, String url, Map<String, String> headers, String body, int connections, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("tandem-bench", ".lua");
        StringBuilder lua = new StringBuilder("wrk.method = \"" + method + "\"\n");
        headers.forEach((name, value) -> lua.append("wrk.headers[\"").append(name).append("\"] = ").append(luaString(value)).append('\n'));
        if (body != null) {
            lua.append("wrk.body = ").append(luaString(body)).append('\n');
        }
        lua.append("""
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("RESULT %d %d %d %.3f %.3f %d\\n", summary.requests, summary.duration, summary.bytes,
                    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
                end
                """);
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(), url))
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Files.deleteIfExists(script);
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result:\n" + output));
        String[] f = line.split(" ");
        long requests = Long.parseLong(f[1]);
        double seconds2 = Long.parseLong(f[2]) / 1e6;
        return new Result(requests, requests / seconds2, Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]),
                requests == 0 ? 0 : Long.parseLong(f[3]) / requests);
    }

    private static String luaString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
