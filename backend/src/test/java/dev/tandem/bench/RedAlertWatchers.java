package dev.tandem.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * Many subscribers of metricTurnedRed in this process (Vert.x: a socket costs little here), each on its own
 * WebSocket as browsers would be: counts receipts of the change being measured and when they arrived.
 */
final class RedAlertWatchers implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(20_000).setConnectTimeout(30_000));
    private final int port;
    private final String token;
    private final String partnershipId;
    private final List<WebSocket> sockets = new ArrayList<>();
    private volatile CountDownLatch pending = new CountDownLatch(0);
    private volatile long[] receivedAt = new long[0];
    private volatile boolean closing;
    /** Why subscriptions stopped short: a server's close (code and reason), an error, a completion. */
    private final Map<String, LongAdder> ended = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();

    RedAlertWatchers(int port, String token, String partnershipId) {
        this.port = port;
        this.token = token;
        this.partnershipId = partnershipId;
    }

    int size() {
        return sockets.size();
    }

    /** Opens sockets (200 at a time) until there are {@code count}, each subscribed and acknowledged. */
    void growTo(int count) throws Exception {
        while (sockets.size() < count) {
            int batch = Math.min(200, count - sockets.size());
            List<CompletableFuture<WebSocket>> opened = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                opened.add(open());
            }
            for (CompletableFuture<WebSocket> socket : opened) {
                sockets.add(socket.get(60, TimeUnit.SECONDS));
            }
        }
    }

    private CompletableFuture<WebSocket> open() {
        CompletableFuture<WebSocket> subscribed = new CompletableFuture<>();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/graphql")
                .addSubProtocol("graphql-transport-ws");
        client.connect(options).onFailure(subscribed::completeExceptionally).onSuccess(socket -> {
            socket.textMessageHandler(text -> {
                JsonObject message = new JsonObject(text);
                switch (message.getString("type")) {
                    case "connection_ack" -> socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                            .put("query", "subscription($id: ID) { metricTurnedRed(partnershipId: $id) { id at current metric { id name status } } }")
                            .put("variables", new JsonObject().put("id", partnershipId))).encode())
                            .onSuccess(ignored -> vertx.setTimer(50, t -> subscribed.complete(socket)));
                    case "next" -> {
                        if (message.getJsonObject("payload", new JsonObject()).containsKey("errors")) {
                            ended("error: " + firstError(message));
                        } else {
                            arrived();
                        }
                    }
                    case "error" -> ended("error: " + message.getValue("payload"));
                    case "complete" -> ended("completed by the server");
                    case "ping" -> socket.writeTextMessage("{\"type\":\"pong\"}");
                    default -> {
                        if (!subscribed.isDone()) {
                            subscribed.completeExceptionally(new IllegalStateException(text));
                        }
                    }
                }
            });
            socket.closeHandler(ignored -> {
                if (!closing) {
                    ended("closed by the server: " + socket.closeStatusCode() + " " + socket.closeReason());
                }
            });
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject().put("Authorization", "Bearer " + token)).encode());
        });
        return subscribed;
    }

    private void ended(String why) {
        ended.computeIfAbsent(why.length() > 160 ? why.substring(0, 160) : why, k -> new LongAdder()).increment();
    }

    private static String firstError(JsonObject message) {
        JsonObject error = message.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
        JsonObject extensions = error.getJsonObject("extensions", new JsonObject());
        return extensions.getString("code", "") + " " + error.getString("message");
    }

    /** Subscriptions that stopped short since the last call, by cause (a server's close, an error, a completion). */
    Map<String, Long> endedSinceLast() {
        Map<String, Long> counts = new TreeMap<>();
        ended.forEach((why, count) -> counts.put(why, count.sumThenReset()));
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private void arrived() {
        long now = System.nanoTime();
        int slot = (int) received.getAndIncrement();
        long[] times = receivedAt;
        if (slot < times.length) {
            times[slot] = now;
        }
        pending.countDown();
    }

    /** Before a change: every socket is to receive it once. */
    void expectOne() {
        received.set(0);
        receivedAt = new long[sockets.size()];
        pending = new CountDownLatch(sockets.size());
    }

    /** Waits up to {@code seconds} for every socket's receipt; answers the receipt times (System.nanoTime) of those that came. */
    long[] awaitAll(long seconds) throws InterruptedException {
        pending.await(seconds, TimeUnit.SECONDS);
        return java.util.Arrays.stream(receivedAt, 0, (int) Math.min(received.get(), receivedAt.length)).toArray();
    }

    @Override
    public void close() {
        closing = true;
        sockets.forEach(socket -> socket.close());
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
