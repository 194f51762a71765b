package dev.tandem.survey;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.metric.Rag;

/** What clients send to create, change, close and answer surveys. */
public final class SurveyInputs {

    private SurveyInputs() {
    }

    @Name("CreateSurveyInput")
    @Description("A survey of a partnership: the default health pulse unless questions are given.")
    public record Create(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @Description("The title; default: Health pulse.") String title,
            @Description("Hand-made questions, 1 to 30; null for the default health pulse (nine checklist items, NPS, one free text).") List<QuestionInput> questions,
            @NonNull @Description("When the first round opens.") Instant opensAt,
            @NonNull @Description("When the first round closes: after it opens, at most 90 days later.") Instant closesAt,
            @Description("NONE (default), MONTHLY or QUARTERLY: each occurrence is a round with its number.") Recurrence recurrence,
            @Description("The parties (organisation slugs) whose people answer; null for every accepted party.") List<String> audience,
            @Description("The fewest respondents of a party for its results to be shown, 3 (default) to 100.") Integer anonymityThreshold) {
    }

    @Name("SurveyQuestionInput")
    @Description("One hand-made question.")
    public record QuestionInput(
            @NonNull @Description("How it is answered.") QuestionKind kind,
            @NonNull @Description("The question, 1 to 300 characters.") String text) {
    }

    @Name("UpdateSurveyInput")
    @Description("Changes to a round that has not opened yet; absent fields stay as they are.")
    public record Update(
            @NonNull @Id @Description("The survey round.") String surveyId,
            @Description("The version you read: a stale one is refused with CONFLICT.") int version,
            @Description("The new title.") String title,
            @Description("The new questions (replacing all).") List<QuestionInput> questions,
            @Description("When it opens.") Instant opensAt,
            @Description("When it closes.") Instant closesAt,
            @Description("The parties (organisation slugs) whose people answer.") List<String> audience,
            @Description("The fewest respondents of a party for its results to be shown, 3 to 100.") Integer anonymityThreshold) {
    }

    @Name("CloseSurveyInput")
    @Description("Closes an open round now.")
    public record Close(
            @NonNull @Id @Description("The survey round.") String surveyId,
            @Description("The version you read: a stale one is refused with CONFLICT.") int version) {
    }

    @Name("SurveyResponseInput")
    @Description("Your answers to an open round; sending them again while it is open replaces the earlier ones.")
    public record Respond(
            @NonNull @Id @Description("The survey round.") String surveyId,
            @NonNull @Description("One answer per question; every question but free text needs one.") List<@NonNull AnswerInput> answers) {
    }

    @Name("AnswerInput")
    @Description("The answer to one question: rag for RAG, score for NPS (0 to 10) and SCALE (1 to 5), text for TEXT.")
    public record AnswerInput(
            @NonNull @Id @Description("The question.") String questionId,
            @Description("GREEN, AMBER or RED, for a RAG question.") Rag rag,
            @Description("0 to 10 for an NPS question, 1 to 5 for a SCALE question.") Integer score,
            @Description("Up to 2,000 characters, for a TEXT question.") String text) {
    }
}
