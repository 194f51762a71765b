package dev.tandem.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;

/** Surveys as the API shows them: rounds, questions and results per party; never a response. */
public final class SurveyViews {

    private SurveyViews() {
    }

    @Name("HealthSurvey")
    @Description("One round of a health survey: its questions while open, then its results per party.")
    public record SurveyView(
            @Id @NonNull @Description("The round's id.") String id,
            @NonNull @Description("The survey's title.") String title,
            @Description("1 for a one-off survey; the occurrence number for a recurring one.") int round,
            @NonNull @Description("SCHEDULED before it opens, OPEN until it closes, then CLOSED.") SurveyStatus status,
            @Description("When it opens.") Instant opensAt,
            @Description("When it closes (or closed, if closed early).") Instant closesAt,
            @Description("The fewest respondents of one party for that party's results to be shown (at least 3).") int anonymityThreshold,
            @NonNull @Description("How often the survey comes round again.") Recurrence recurrence,
            @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version,
            @Description("The viewer may edit it (before it opens) and close it early: a sponsor or steering member of an accepted party.") boolean viewerCanEdit,
            @Description("The viewer may answer it now: a person of an accepted audience party, while it is OPEN.") boolean viewerCanAnswer,
            @Ignore UUID partnershipId,
            @Ignore List<UUID> audienceIds) {

        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    @Name("Question")
    @Description("One question of a survey round.")
    public record QuestionView(
            @Id @NonNull @Description("The question's id in this round.") String id,
            @NonNull @Description("How it is answered.") QuestionKind kind,
            @NonNull @Description("The question.") String text,
            @Description("The checklist item of the default health pulse (STRATEGIC_CLARITY, RECOMMEND ...); null for a hand-made question.") String topic) {
    }

    @Name("SurveySubmission")
    @Description("Your answers were stored (replacing any earlier ones of yours for this round).")
    public record SubmissionView(
            @Id @NonNull @Description("The survey round.") String surveyId,
            @NonNull @Description("When they were stored.") Instant submittedAt) {
    }

    @Name("SurveyResults")
    @Description("A round's results per party, and where the parties see the partnership most differently.")
    public record ResultsView(
            @NonNull @Description("One result per audience party.") List<@NonNull PartyResultView> parties,
            @NonNull @Description("Largest first: the difference between the shown parties' scores per question; empty unless two parties are shown.") List<@NonNull GapView> gaps) {
    }

    @Name("SurveyPartyResult")
    @Description("How one party answered a round.")
    public record PartyResultView(
            @NonNull @Description("The party.") OrganizationView organization,
            @Description("False while fewer people of this party answered than the threshold; then every figure here is null.") boolean shown,
            @Description("How many people of the party answered; null while not shown.") Integer respondents,
            @Description("Net promoter score, -100 to 100: the share of 9s and 10s less the share of 0 to 6s; null while not shown.") Double nps,
            @NonNull @Description("One result per question, in the round's order.") List<@NonNull QuestionResultView> questions,
            @Description("The free-text answers, in random order and never with their author; null while not shown.") List<@NonNull String> comments) {
    }

    @Name("QuestionResult")
    @Description("How one party answered one question; every figure is null while the party is not shown.")
    public record QuestionResultView(
            @NonNull @Description("The question.") QuestionView question,
            @Description("GREEN answers (for NPS: promoters, 9 and 10).") Integer green,
            @Description("AMBER answers (for NPS: passives, 7 and 8).") Integer amber,
            @Description("RED answers (for NPS: detractors, 0 to 6).") Integer red,
            @Description("0 to 100: GREEN 100, AMBER 50, RED 0; an NPS score times 10; a SCALE 1 as 0 and 5 as 100; null for TEXT.") Double score,
            @Description("At least a third of the party rated it RED: it goes on the next governance agenda.") boolean flagged) {
    }

    @Name("QuestionGap")
    @Description("How differently the shown parties see one question.")
    public record GapView(
            @NonNull @Description("The question.") QuestionView question,
            @Description("The difference between the shown parties' scores, 0 to 100.") double gap) {
    }
}
