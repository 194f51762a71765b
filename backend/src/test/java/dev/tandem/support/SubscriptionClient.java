package dev.tandem.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * A real GraphQL-over-WebSocket client (JDK WebSocket) speaking graphql-transport-ws or the older
 * graphql-ws, authenticating with a bearer token in connection_init as integrators' clients do.
 */
public final class SubscriptionClient implements AutoCloseable {

    public static final String TRANSPORT_WS = "graphql-transport-ws";
    public static final String LEGACY_WS = "graphql-ws";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final String protocol;
    private final WebSocket socket;
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private SubscriptionClient(URI uri, String protocol, String origin) {
        this.protocol = protocol;
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().subprotocols(protocol).connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    /** Opens a socket to the test's Quarkus and initialises it with {@code token} (null: no Authorization). */
    public static SubscriptionClient connect(URI graphqlUrl, String protocol, String token) {
        SubscriptionClient client = new SubscriptionClient(graphqlUrl, protocol, null);
        JsonObject payload = token == null ? new JsonObject() : new JsonObject().put("Authorization", "Bearer " + token);
        client.send(new JsonObject().put("type", "connection_init").put("payload", payload));
        return client;
    }

    public static SubscriptionClient open(URI graphqlUrl, String protocol, String origin) {
        return new SubscriptionClient(graphqlUrl, protocol, origin);
    }

    public void subscribe(String id, String query, Map<String, ?> variables) {
        String type = TRANSPORT_WS.equals(protocol) ? "subscribe" : "start";
        send(new JsonObject().put("id", id).put("type", type).put("payload", new JsonObject().put("query", query).put("variables", variables)));
    }

    public void send(JsonObject message) {
        socket.sendText(message.encode(), true).join();
    }

    /** The next message of one of these types (others, such as pings and keep-alives, are skipped), or null after the wait. */
    public JsonObject next(Duration wait, String... types) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject message = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (message == null) {
                return null;
            }
            for (String type : types) {
                if (type.equals(message.getString("type"))) {
                    return message;
                }
            }
            if ("ping".equals(message.getString("type"))) {
                send(new JsonObject().put("type", "pong"));
            }
        }
    }

    /** The payload of the next event of a subscription (graphql-transport-ws "next", graphql-ws "data"). */
    public JsonObject nextEvent(Duration wait) throws InterruptedException {
        JsonObject message = next(wait, "next", "data", "error");
        return message == null ? null : message;
    }

    public CompletableFuture<Integer> closed() {
        return closed;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(new JsonObject(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
