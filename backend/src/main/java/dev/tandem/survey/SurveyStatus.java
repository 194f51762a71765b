package dev.tandem.survey;

import org.eclipse.microprofile.graphql.Description;

/** Where a survey round stands, from its opening and closing times. */
@Description("Where a survey round stands.")
public enum SurveyStatus {
    @Description("Not open yet: it may still be edited.")
    SCHEDULED,
    @Description("People of the audience parties answer it now.")
    OPEN,
    @Description("Closed, on time or early: its results are final.")
    CLOSED
}
