package dev.tandem.survey;

import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.microprofile.graphql.Description;

/** How often a survey comes round again: each occurrence is a round with its own number. */
@Description("How often a survey comes round again; each occurrence is a round with its number.")
public enum Recurrence {
    @Description("Once.")
    NONE(0),
    @Description("Every month, at the same day and time.")
    MONTHLY(1),
    @Description("Every three months, at the same day and time.")
    QUARTERLY(3);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The same moment {@code months} later (UTC calendar): a round opening on the 31st opens on the last day of a shorter month. */
    Instant next(Instant at) {
        return at.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    boolean recurs() {
        return months > 0;
    }
}
