package dev.tandem.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at the database's precision (microseconds), so that cursors built from memory match stored rows. */
public final class Clock {

    private Clock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
