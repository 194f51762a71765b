package dev.tandem.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.error.TandemException;
import dev.tandem.common.error.Unavailable;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** What a failure of the database means for a client: a code to act on, never the driver's text. */
class DbFailuresTest {

    private static Throwable classify(Throwable failure) {
        return DbFailures.classify(new RuntimeException("wrapped by Hibernate", failure));
    }

    @Test
    void aStatementPastItsTimeoutIsAskingTooMuch() {
        Throwable classified = classify(new PgException("canceling statement due to statement timeout", "ERROR", "57014", "detail"));
        assertThat(classified).isInstanceOf(LimitExceeded.class).hasMessageContaining("time limit").hasMessageNotContaining("canceling");
    }

    @Test
    void aFullPoolOrAnUnreachableDatabaseIsWorthARetry() {
        for (Throwable failure : List.of(new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 2"),
                new VertxException("Timeout waiting for connection"), new io.vertx.core.impl.NoStackTraceThrowable("Timeout"), new java.net.ConnectException("Connection refused"),
                ClosedConnectionException.INSTANCE, new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))) {
            Throwable classified = classify(failure);
            assertThat(classified).as(failure.toString()).isInstanceOf(Unavailable.class);
            assertThat(((TandemException) classified).details()).containsKey("retryAfterSeconds");
            assertThat(classified.getMessage()).doesNotContain(failure.getMessage());
        }
    }

    @Test
    void anythingElseIsLeftAsItIs() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertThat(DbFailures.classify(bug)).isSameAs(bug);
    }
}
