package dev.tandem.common.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.error.ValidationFailed;

/**
 * A request for one page of a connection ordered newest first: {@code first} items after the cursor.
 * Cursors are opaque to clients: they encode the position (time, id) of the last item seen.
 */
public record Page(int first, Instant afterAt, UUID afterId) {

    /** Checks {@code first}/{@code after} as clients sent them. */
    public static Page of(Integer first, String after, int maxPageSize) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new ValidationFailed("first", "first must be zero or more.");
        }
        if (size > maxPageSize) {
            throw new LimitExceeded("first", "first may be at most " + maxPageSize + ".");
        }
        if (after == null) {
            return new Page(size, null, null);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !"c1".equals(parts[0])) {
                throw new IllegalArgumentException(after);
            }
            return new Page(size, Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed("after", "after is not a cursor of this list.");
        }
    }

    public boolean hasCursor() {
        return afterId != null;
    }

    public static String cursor(Instant at, UUID id) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c1:" + micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
