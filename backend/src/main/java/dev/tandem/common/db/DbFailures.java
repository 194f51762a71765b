package dev.tandem.common.db;

import org.jboss.logging.Logger;

import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.error.Unavailable;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Says what a failure of the database means for the request: a statement past its timeout is the request asking
 * too much at once (LIMIT_EXCEEDED); a full pool, or a database that cannot be reached or is restarting, is worth a
 * retry (UNAVAILABLE, with the seconds to wait). Anything else is left as it is.
 */
final class DbFailures {

    private static final Logger LOG = Logger.getLogger(DbFailures.class);

    private DbFailures() {
    }

    static Throwable classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg && "57014".equals(pg.getSqlState())) {
                return new LimitExceeded(null, "A database statement ran past its time limit; ask for less at once.");
            }
            if (busy(cause)) {
                return new Unavailable("Tandem is busy; try again in a moment.", 1);
            }
            if (unreachable(cause)) {
                LOG.warnf("Database unavailable: %s", cause.getMessage());
                return new Unavailable("The database cannot be reached right now; try again in a moment.", 2);
            }
        }
        // a bare Throwable (Vert.x has some) would be dropped silently by the GraphQL layer, which handles exceptions only
        return failure instanceof Exception || failure instanceof Error ? failure : new IllegalStateException(failure);
    }

    private static boolean busy(Throwable cause) {
        return cause instanceof ConnectionPoolTooBusyException
                || (cause instanceof VertxException || cause instanceof NoStackTraceThrowable) && cause.getMessage() != null
                        && cause.getMessage().startsWith("Timeout"); // waiting for a connection past the acquire timeout
    }

    private static boolean unreachable(Throwable cause) {
        // a connection reset while a statement was on its way is the database going away too (seen on a restart under traffic)
        return cause instanceof java.net.ConnectException || cause instanceof java.net.SocketException || cause instanceof ClosedConnectionException
                || cause instanceof io.netty.channel.ConnectTimeoutException
                || cause instanceof PgException pg && pg.getSqlState() != null && (pg.getSqlState().startsWith("57P") || pg.getSqlState().startsWith("08"));
    }
}
