package dev.tandem.common.graphql;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds a GraphQL WebSocket to the protocol and to bounded memory. It sits in the connection's Netty pipeline just
 * before Vert.x's handler, where it sees every frame both ways, and closes the socket with a documented code:
 * <ul>
 * <li>4408 when no {@code connection_init} arrives in time; 4429 for a second one; 4400 for a message that is not
 * JSON or of a type the subprotocol does not know (graphql-transport-ws's own codes);</li>
 * <li>{@value #TOO_SLOW} when the client stops reading and more than the allowed bytes wait unsent: the frames
 * still waiting are the last it gets, and the connection is cut soon after;</li>
 * <li>a subscription past the per-socket cap is answered with an error for its id, the others go on;</li>
 * <li>a close reason is never longer than the 123 bytes a close frame may carry.</li>
 * </ul>
 */
final class GraphQLSocketGuard extends ChannelDuplexHandler {

    static final int INIT_TIMEOUT = 4408;
    static final int TOO_MANY_INITS = 4429;
    static final int BAD_MESSAGE = 4400;
    static final int TOO_SLOW = 1008;
    private static final int MAX_REASON_BYTES = 123;
    private static final String NAME = "tandem-graphql-guard";
    private static final String VERTX_HANDLER = "handler";
    private static final Set<String> TRANSPORT_WS_TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");
    private static final Set<String> GRAPHQL_WS_TYPES = Set.of("connection_init", "start", "stop", "connection_terminate");

    /**
     * What a socket may do: the init deadline, the bytes it may leave unread, how many subscriptions it may hold, and
     * how long it has to read its close frame.
     */
    record Limits(long initTimeoutMillis, long maxUnsentBytes, int maxSubscriptions, long closeGraceMillis) {
    }

    private final Limits limits;
    private final Set<String> knownTypes;
    private final Set<String> active = new HashSet<>();
    private ChannelHandlerContext context;
    private ScheduledFuture<?> initTimer;
    private boolean initialised;
    private boolean closing;
    private long unsent;

    private GraphQLSocketGuard(Limits limits, boolean legacyProtocol) {
        this.limits = limits;
        this.knownTypes = legacyProtocol ? GRAPHQL_WS_TYPES : TRANSPORT_WS_TYPES;
    }

    /** Guards the connection of this upgrade request (a no-op where the pipeline is not the expected one). */
    static void watch(RoutingContext rc, Limits limits) {
        if (!(rc.request().connection() instanceof ConnectionBase connection)) {
            return;
        }
        Channel channel = connection.channel();
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(VERTX_HANDLER) == null || pipeline.get(NAME) != null) {
            return;
        }
        GraphQLSocketGuard guard = new GraphQLSocketGuard(limits, "graphql-ws".equals(negotiated(rc.request().getHeader("Sec-WebSocket-Protocol"))));
        pipeline.addBefore(VERTX_HANDLER, NAME, guard);
        guard.initTimer = channel.eventLoop().schedule(() -> guard.close(INIT_TIMEOUT, "Connection initialisation timeout"),
                limits.initTimeoutMillis(), TimeUnit.MILLISECONDS);
    }

    /** The subprotocol the server picks: the client's first offer that Tandem speaks (as Netty's handshaker does). */
    static String negotiated(String offered) {
        if (offered == null) {
            return null;
        }
        for (String protocol : offered.split(",")) {
            String name = protocol.trim();
            if (name.equals("graphql-transport-ws") || name.equals("graphql-ws")) {
                return name;
            }
        }
        return null;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.context = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (closing) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (!(message instanceof TextWebSocketFrame frame) || !frame.isFinalFragment()) {
            ctx.fireChannelRead(message);
            return;
        }
        JsonObject json = parse(frame.text());
        String type = json == null ? null : json.getValue("type") instanceof String t ? t : null;
        if (type == null || !knownTypes.contains(type)) {
            ReferenceCountUtil.release(message);
            close(BAD_MESSAGE, type == null ? "Invalid message" : "Unknown message type");
            return;
        }
        if (type.equals("connection_init")) {
            if (initialised) {
                ReferenceCountUtil.release(message);
                close(TOO_MANY_INITS, "Too many initialisation requests");
                return;
            }
            initialised = true;
            initTimer.cancel(false);
        } else if (type.equals("subscribe") || type.equals("start")) {
            String id = String.valueOf(json.getValue("id"));
            if (!active.contains(id) && active.size() >= limits.maxSubscriptions()) {
                ReferenceCountUtil.release(message);
                refuseSubscription(ctx, id);
                return;
            }
            active.add(id);
        } else if (type.equals("complete") || type.equals("stop")) {
            active.remove(String.valueOf(json.getValue("id")));
        }
        ctx.fireChannelRead(message);
    }

    private void refuseSubscription(ChannelHandlerContext ctx, String id) {
        boolean legacy = knownTypes == GRAPHQL_WS_TYPES;
        JsonObject error = new JsonObject().put("message", "At most " + limits.maxSubscriptions() + " subscriptions per connection.")
                .put("extensions", new JsonObject().put("code", "LIMIT_EXCEEDED"));
        JsonObject reply = new JsonObject().put("id", id).put("type", "error")
                .put("payload", legacy ? error : new io.vertx.core.json.JsonArray().add(error));
        ctx.writeAndFlush(new TextWebSocketFrame(reply.encode()));
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof CloseWebSocketFrame close) {
            ctx.write(shortened(close), promise);
            return;
        }
        if (!(message instanceof WebSocketFrame frame)) {
            ctx.write(message, promise);
            return;
        }
        if (closing) {
            dropped(message, promise);
            return;
        }
        if (frame instanceof TextWebSocketFrame text) {
            forgetEnded(text);
        }
        long size = frame.content().readableBytes();
        if (unsent + size > limits.maxUnsentBytes()) {
            dropped(message, promise);
            close(TOO_SLOW, "Too slow: more than " + limits.maxUnsentBytes() / 1024 + " KiB unread");
            return;
        }
        unsent += size;
        ChannelPromise tracked = promise.isVoid() ? ctx.newPromise() : promise;
        tracked.addListener(done -> unsent -= size);
        ctx.write(message, tracked);
    }

    /** A frame that will never be sent: freed, and its writer told (unless it asked not to be). */
    private static void dropped(Object message, ChannelPromise promise) {
        ReferenceCountUtil.release(message);
        if (!promise.isVoid()) {
            promise.tryFailure(new IllegalStateException("The WebSocket is closing."));
        }
    }

    /** A subscription the server completed or failed no longer counts against the cap. */
    private void forgetEnded(TextWebSocketFrame text) {
        String body = text.text();
        if (body.length() > 512 || !(body.contains("\"complete\"") || body.contains("\"error\""))) {
            return;
        }
        JsonObject json = parse(body);
        if (json != null && ("complete".equals(json.getValue("type")) || "error".equals(json.getValue("type")))) {
            active.remove(String.valueOf(json.getValue("id")));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (initTimer != null) {
            initTimer.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    /** Sends a close frame after whatever is already queued, and cuts the connection if the client does not read it. */
    private void close(int code, String reason) {
        if (closing || context == null || !context.channel().isActive()) {
            return;
        }
        closing = true;
        if (initTimer != null) {
            initTimer.cancel(false);
        }
        // closed from here, before Vert.x's handler, so that Vert.x does not send a close frame of its own after ours
        ChannelHandlerContext ctx = context;
        ctx.writeAndFlush(new CloseWebSocketFrame(code, truncate(reason))).addListener(written -> ctx.close());
        ctx.channel().eventLoop().schedule(() -> ctx.close(), limits.closeGraceMillis(), TimeUnit.MILLISECONDS);
    }

    private static CloseWebSocketFrame shortened(CloseWebSocketFrame close) {
        String reason = close.reasonText();
        if (reason == null || reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
            return close;
        }
        int code = close.statusCode();
        close.release();
        return new CloseWebSocketFrame(code, truncate(reason));
    }

    /** The reason cut to what a close frame may carry, on a character boundary. */
    static String truncate(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return reason;
        }
        int end = MAX_REASON_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String text) {
        try {
            return text.startsWith("{") ? new JsonObject(text) : null;
        } catch (DecodeException notJson) {
            return null;
        }
    }
}
