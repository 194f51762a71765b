package dev.tandem.survey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.security.Callers;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.PartnershipReader;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.survey.SurveyViews.QuestionView;
import dev.tandem.survey.SurveyViews.ResultsView;
import dev.tandem.survey.SurveyViews.SubmissionView;
import dev.tandem.survey.SurveyViews.SurveyView;
import io.smallrye.mutiny.Uni;

/** GraphQL operations and fields of health surveys: translate only; Surveys, SurveyAnswers and SurveyReader decide. */
@GraphQLApi
public class SurveyGraphQLApi {

    private final Surveys surveys;
    private final SurveyAnswers answers;
    private final SurveyReader reader;
    private final PartnershipReader partnerships;
    private final Callers callers;

    public SurveyGraphQLApi(Surveys surveys, SurveyAnswers answers, SurveyReader reader, PartnershipReader partnerships, Callers callers) {
        this.surveys = surveys;
        this.answers = answers;
        this.reader = reader;
        this.partnerships = partnerships;
        this.callers = callers;
    }

    @NonNull
    @Description("Every round of every survey, newest first.")
    public Uni<List<@NonNull List<@NonNull SurveyView>>> surveys(@Source List<PartnershipView> partnerships) {
        return reader.surveysOf(partnerships);
    }

    @Query
    @Description("A survey round of one of your partnerships; null when there is none with that id for you.")
    public Uni<SurveyView> survey(@NonNull @Id @Description("The round's id.") String id) {
        return reader.get(callers.current(), id);
    }

    @Description("The partnership the survey belongs to.")
    public Uni<List<PartnershipView>> partnership(@Source List<SurveyView> rounds) {
        return partnerships.byIds(callers.current(), rounds.stream().map(SurveyView::partnershipId).toList());
    }

    @NonNull
    @Description("The round's questions, in order.")
    public Uni<List<@NonNull List<@NonNull QuestionView>>> questions(@Source List<SurveyView> rounds) {
        return reader.questions(rounds);
    }

    @NonNull
    @Description("The parties whose people answer it.")
    public Uni<List<@NonNull List<@NonNull OrganizationView>>> audience(@Source List<SurveyView> rounds) {
        return reader.audiences(rounds);
    }

    @NonNull
    @Description("You answered this round (your answers are stored under a pseudonym; nobody can read them back, you neither).")
    public Uni<List<@NonNull Boolean>> viewerHasResponded(@Source List<SurveyView> rounds) {
        return reader.viewerHasResponded(rounds, callers.current());
    }

    @NonNull
    @Description("The results per party: only parties with at least anonymityThreshold respondents show figures; live while the round is open.")
    public Uni<List<@NonNull ResultsView>> results(@Source List<SurveyView> rounds) {
        return reader.results(rounds);
    }

    @Mutation
    @Description("Creates a survey (a sponsor or steering member): the default health pulse unless questions are given.")
    public Uni<@NonNull SurveyView> createSurvey(@NonNull @Description("The partnership, the times, the audience and the questions.") SurveyInputs.Create input) {
        return surveys.create(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Changes a round before it opens (a sponsor or steering member), given the version you read.")
    public Uni<@NonNull SurveyView> updateSurvey(@NonNull @Description("The round, the version you read and what changes.") SurveyInputs.Update input) {
        return surveys.update(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Closes an open round now (a sponsor or steering member): its results are final and its readings recorded.")
    public Uni<@NonNull SurveyView> closeSurvey(@NonNull @Description("The round and the version you read.") SurveyInputs.Close input) {
        return surveys.close(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Answers an open round (a person of an audience party); sending again while it is open replaces your earlier answers.")
    public Uni<@NonNull SubmissionView> submitSurveyResponse(@NonNull @Description("The round and one answer per question.") SurveyInputs.Respond input) {
        return answers.submit(callers.withOrganization(), input);
    }
}
