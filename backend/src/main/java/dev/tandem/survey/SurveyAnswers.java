package dev.tandem.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.security.Caller;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.survey.SurveyViews.SubmissionView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answering a round: people of an accepted audience party, while it is open. One response per person per round,
 * stored under the round's pseudonym for them; sending again replaces it. Nothing about it goes to the audit trail,
 * which names people.
 */
@ApplicationScoped
public class SurveyAnswers {

    private final Db db;
    private final SurveyRepository surveys;
    private final PartnershipAccess access;
    private final Pseudonyms pseudonyms;

    public SurveyAnswers(Db db, SurveyRepository surveys, PartnershipAccess access, Pseudonyms pseudonyms) {
        this.db = db;
        this.surveys = surveys;
        this.access = access;
        this.pseudonyms = pseudonyms;
    }

    public Uni<SubmissionView> submit(Caller caller, SurveyInputs.Respond input) {
        if (!caller.isPerson()) {
            return Uni.createFrom().failure(new Forbidden("Integrators read survey results; only people answer surveys."));
        }
        if (input.answers().size() > Surveys.MAX_QUESTIONS) {
            return Uni.createFrom().failure(new LimitExceeded("answers", "At most " + Surveys.MAX_QUESTIONS + " answers."));
        }
        UUID id = Ids.parse(input.surveyId()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(SurveyRepository.notFound());
        }
        Instant now = Clock.now();
        return db.write(() -> surveys.findById(id)
                .onItem().ifNull().failWith(SurveyRepository::notFound)
                .chain(survey -> access.require(caller, survey.partnershipId)
                        .onFailure(NotFound.class).transform(e -> SurveyRepository.notFound())
                        .chain(granted -> surveys.audiences(List.of(id))
                                .chain(audience -> {
                                    checkMayAnswer(survey, granted, audience.stream().map(a -> a.organizationId()).toList(), now);
                                    return surveys.questions(List.of(id));
                                })
                                .chain(questions -> store(survey, caller, granted, SurveyRules.checkAnswers(questions, input.answers()), now)))));
    }

    private static void checkMayAnswer(Survey survey, Access granted, List<UUID> audience, Instant now) {
        if (!granted.standing().accepted() || !audience.contains(granted.organization().id)) {
            throw new Forbidden("surveyId", "Your organisation is not asked in this survey.");
        }
        SurveyStatus status = survey.status(now);
        if (status == SurveyStatus.SCHEDULED) {
            throw new Conflict("surveyId", "The survey opens at " + survey.opensAt + "; answers are taken from then on.");
        }
        if (status == SurveyStatus.CLOSED) {
            throw new Conflict("surveyId", "The survey closed at " + survey.closesAt + "; it takes no more answers.");
        }
    }

    private Uni<SubmissionView> store(Survey survey, Caller caller, Access granted, List<Answer> answers, Instant now) {
        return surveys.upsertResponse(survey.id, pseudonyms.of(survey.id, caller.subject()), granted.organization().id, now, answers)
                .map(ignored -> new SubmissionView(survey.id.toString(), now));
    }
}
