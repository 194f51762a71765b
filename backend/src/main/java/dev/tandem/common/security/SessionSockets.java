package dev.tandem.common.security;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This replica's open GraphQL WebSockets by the Keycloak session they were opened with, so that a session
 * that ends closes its sockets at once with graphql-transport-ws's 4401 (Unauthorized). SmallRye GraphQL keeps
 * its sockets to itself; like {@code ConnectionInitTimeout}, this writes the close frame on the connection's
 * Netty channel, and Vert.x then ends the socket and its subscriptions as for any close.
 */
@ApplicationScoped
public class SessionSockets {

    static final int CLOSE_CODE = 4401;
    static final String CLOSE_REASON = "Unauthorized: the session has ended"; // a close reason may hold 123 bytes

    private static final Logger LOG = Logger.getLogger(SessionSockets.class);
    private static final String VERTX_HANDLER = "handler";
    private static final String CLOSER = "tandem-session-ended";

    private final Map<String, Set<Channel>> bySession = new ConcurrentHashMap<>();

    /** Remembers the connection of this WebSocket upgrade request under {@code sid} until it closes. */
    void track(String sid, RoutingContext rc) {
        if (!"websocket".equalsIgnoreCase(rc.request().getHeader(HttpHeaders.UPGRADE))
                || !(rc.request().connection() instanceof ConnectionBase connection)) {
            return;
        }
        Channel channel = connection.channel();
        if (bySession.computeIfAbsent(sid, key -> ConcurrentHashMap.newKeySet()).add(channel)) {
            channel.closeFuture().addListener(closed -> forget(sid, channel));
        }
    }

    /** Closes every WebSocket of the session on this replica (a connection that never became a WebSocket is left alone). */
    void close(String sid) {
        Set<Channel> channels = bySession.remove(sid);
        if (channels == null) {
            return;
        }
        for (Channel channel : channels) {
            ChannelPipeline pipeline = channel.pipeline();
            if (channel.isActive() && pipeline.get(WebSocketFrameEncoder.class) != null && pipeline.get(VERTX_HANDLER) != null
                    && pipeline.get(CLOSER) == null) {
                LOG.debugf("Closing a WebSocket of ended session %s", sid);
                pipeline.addBefore(VERTX_HANDLER, CLOSER, new Closer());
            }
        }
    }

    /**
     * Sends the close frame and closes the connection from just before Vert.x's handler, and drops what the client
     * still sends. Vert.x did not send this close frame, so a close passing through its handler (or the client's
     * reply reaching it) would make it send a second one, which browsers report as an abnormal close (1006).
     */
    private static final class Closer extends ChannelInboundHandlerAdapter {
        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(new CloseWebSocketFrame(CLOSE_CODE, CLOSE_REASON)).addListener(written -> ctx.close());
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            ReferenceCountUtil.release(message);
        }
    }

    private void forget(String sid, Channel channel) {
        bySession.computeIfPresent(sid, (key, channels) -> {
            channels.remove(channel);
            return channels.isEmpty() ? null : channels;
        });
    }
}
