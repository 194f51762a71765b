package dev.tandem.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.Rag;
import dev.tandem.partnership.PartnershipAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Brings in a health pulse round that already ran (kept in a spreadsheet before Tandem; the demo data's history):
 * the default questions, each respondent's answers under a pseudonym of the round and the source's respondent key,
 * then settled like any closed round, so its health and NPS readings are recorded. A sponsor or steering member.
 */
@ApplicationScoped
public class SurveyImport {

    /** One respondent's answers to the default pulse: the nine checklist items in order, the NPS score and an optional comment. */
    public record PastResponse(UUID organizationId, String respondentKey, List<Rag> checklist, int nps, String comment) {
    }

    private final Db db;
    private final SurveyRepository surveys;
    private final SurveyRounds rounds;
    private final PartnershipAccess access;
    private final Pseudonyms pseudonyms;

    public SurveyImport(Db db, SurveyRepository surveys, SurveyRounds rounds, PartnershipAccess access, Pseudonyms pseudonyms) {
        this.db = db;
        this.surveys = surveys;
        this.rounds = rounds;
        this.access = access;
        this.pseudonyms = pseudonyms;
    }

    /** Imports round {@code round} of the series; answers the round's id. */
    public Uni<UUID> pastRound(Caller caller, UUID partnershipId, UUID seriesId, int round, Instant opensAt, Instant closesAt, List<PastResponse> responses) {
        if (!closesAt.isAfter(opensAt) || closesAt.isAfter(Clock.now())) {
            throw new ValidationFailed("closesAt", "A past round closed after it opened, before now.");
        }
        return db.write(() -> access.require(caller, partnershipId).chain(granted -> {
            if (!granted.standing().steers()) {
                throw new Forbidden("Only sponsors and steering members bring in past surveys.");
            }
            Survey survey = new Survey();
            survey.id = UUID.randomUUID();
            survey.partnershipId = partnershipId;
            survey.seriesId = seriesId;
            survey.round = round;
            survey.title = "Health pulse";
            survey.recurrence = Recurrence.NONE;
            survey.opensAt = opensAt;
            survey.closesAt = closesAt;
            survey.anonymityThreshold = SurveyRules.MIN_THRESHOLD;
            survey.owningOrgId = granted.organization().id;
            survey.createdBy = caller.subject();
            survey.createdAt = Clock.now();
            List<SurveyQuestion> questions = SurveyQuestion.of(survey.id, SurveyTemplate.HEALTH_PULSE);
            Uni<Integer> chain = survey.persist()
                    .chain(() -> SurveyQuestion.persist(questions))
                    .chain(() -> surveys.flush())
                    .chain(() -> surveys.replaceAudience(survey.id, granted.acceptedOrganizations()))
                    .replaceWith(0);
            for (PastResponse response : responses) {
                chain = chain.chain(() -> surveys.upsertResponse(survey.id, pseudonyms.of(survey.id, "import|" + response.respondentKey()),
                        response.organizationId(), closesAt, answers(questions, response)));
            }
            return chain.chain(() -> rounds.settle(survey)).replaceWith(survey.id);
        }));
    }

    private static List<Answer> answers(List<SurveyQuestion> questions, PastResponse response) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < response.checklist().size(); i++) {
            answers.add(new Answer(questions.get(i).id, response.checklist().get(i), null, null));
        }
        answers.add(new Answer(questions.get(9).id, null, response.nps(), null));
        if (response.comment() != null) {
            answers.add(new Answer(questions.get(10).id, null, null, response.comment()));
        }
        return answers;
    }
}
