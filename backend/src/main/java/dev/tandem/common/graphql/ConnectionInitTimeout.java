package dev.tandem.common.graphql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes a GraphQL WebSocket whose client never sends {@code connection_init}, with the graphql-transport-ws
 * code 4408, so that idle sockets cannot pile up. SmallRye GraphQL's handler has no such timer; this one sits
 * in the connection's Netty pipeline just before Vert.x's handler, where it sees the decoded frames, and
 * leaves the pipeline as soon as the first {@code connection_init} passes.
 */
final class ConnectionInitTimeout extends ChannelInboundHandlerAdapter {

    static final int CLOSE_CODE = 4408;
    private static final String NAME = "tandem-graphql-init-timeout";
    private static final String VERTX_HANDLER = "handler";

    private ChannelHandlerContext context;
    private ScheduledFuture<?> timer;
    private boolean initialised;

    /** Starts watching the connection of this upgrade request (a no-op where the pipeline is not the expected one). */
    static void watch(RoutingContext rc, Duration timeout) {
        if (!(rc.request().connection() instanceof ConnectionBase connection)) {
            return;
        }
        Channel channel = connection.channel();
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(VERTX_HANDLER) == null || pipeline.get(NAME) != null) {
            return;
        }
        ConnectionInitTimeout watch = new ConnectionInitTimeout();
        pipeline.addBefore(VERTX_HANDLER, NAME, watch);
        watch.timer = channel.eventLoop().schedule(watch::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.context = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        boolean init = !initialised && message instanceof TextWebSocketFrame frame && frame.text().contains("\"connection_init\"");
        ctx.fireChannelRead(message);
        if (init) {
            initialised = true;
            timer.cancel(false);
            ctx.pipeline().remove(this);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    private void expire() {
        if (!initialised && context != null && context.channel().isActive()) {
            context.writeAndFlush(new CloseWebSocketFrame(CLOSE_CODE, "Connection initialisation timeout"))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }
}
