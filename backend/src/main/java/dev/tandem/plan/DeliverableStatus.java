package dev.tandem.plan;

import org.eclipse.microprofile.graphql.Description;

/** Where a deliverable stands. */
@Description("Where a deliverable stands.")
public enum DeliverableStatus {
    @Description("Work has not begun.")
    NOT_STARTED,
    @Description("In progress and expected on time.")
    ON_TRACK,
    @Description("In progress but its due date or definition of done is in doubt.")
    AT_RISK,
    @Description("Cannot go on until something outside it changes.")
    BLOCKED,
    @Description("Meets its definition of done; allowed only once every deliverable it depends on is DONE.")
    DONE
}
