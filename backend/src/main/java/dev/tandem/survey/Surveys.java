package dev.tandem.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.OrganizationService;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.survey.SurveyInputs.QuestionInput;
import dev.tandem.survey.SurveyViews.SurveyView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Creating, editing (before a round opens) and closing surveys early: sponsors and steering members of an accepted party. */
@ApplicationScoped
public class Surveys {

    static final Duration MAX_OPEN = Duration.ofDays(90);
    static final int MAX_QUESTIONS = 30;
    static final int MAX_THRESHOLD = 100;

    private final Db db;
    private final SurveyRepository surveys;
    private final SurveyRounds rounds;
    private final PartnershipAccess access;
    private final OrganizationService organizations;
    private final AuditService audit;

    public Surveys(Db db, SurveyRepository surveys, SurveyRounds rounds, PartnershipAccess access, OrganizationService organizations, AuditService audit) {
        this.db = db;
        this.surveys = surveys;
        this.rounds = rounds;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Uni<SurveyView> create(Caller caller, SurveyInputs.Create input) {
        String title = input.title() == null ? "Health pulse" : Validate.required("title", input.title(), 200);
        List<SurveyTemplate.Item> items = input.questions() == null ? SurveyTemplate.HEALTH_PULSE : items(input.questions());
        Recurrence recurrence = input.recurrence() == null ? Recurrence.NONE : input.recurrence();
        int threshold = threshold(input.anonymityThreshold() == null ? SurveyRules.MIN_THRESHOLD : input.anonymityThreshold());
        checkTimes(input.opensAt(), input.closesAt(), recurrence, true);
        return db.write(() -> access.require(caller, input.partnershipId()).chain(granted -> {
            checkSteers(granted);
            return audience(granted, input.audience()).chain(audience -> {
                Survey survey = new Survey();
                survey.id = UUID.randomUUID();
                survey.partnershipId = granted.partnership().id;
                survey.seriesId = UUID.randomUUID();
                survey.round = 1;
                survey.title = title;
                survey.recurrence = recurrence;
                survey.opensAt = input.opensAt();
                survey.closesAt = input.closesAt();
                survey.anonymityThreshold = threshold;
                survey.owningOrgId = granted.organization().id;
                survey.createdBy = caller.subject();
                survey.createdAt = Clock.now();
                return survey.<Survey>persist()
                        .call(() -> persistQuestions(survey.id, items))
                        .call(() -> surveys.flush())
                        .call(() -> surveys.replaceAudience(survey.id, audience))
                        .call(() -> audit.record(caller, granted.organization(), new Change(survey.partnershipId, "survey.created", "HealthSurvey", survey.id,
                                caller.name() + " created the survey \"" + title + "\"", null,
                                Changes.state("title", title, "recurrence", recurrence, "anonymityThreshold", threshold))))
                        .call(() -> surveys.flush())
                        .map(saved -> viewFor(saved, audience, granted));
            });
        }));
    }

    public Uni<SurveyView> update(Caller caller, SurveyInputs.Update input) {
        UUID id = Ids.parse(input.surveyId()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(SurveyRepository.notFound());
        }
        List<SurveyTemplate.Item> items = input.questions() == null ? null : items(input.questions());
        return db.write(() -> lockVisible(caller, id).chain(locked -> {
            Survey survey = locked.survey();
            checkSteers(locked.granted());
            checkVersion(survey, input.version());
            if (survey.status(Clock.now()) != SurveyStatus.SCHEDULED) {
                throw new Conflict("surveyId", "The round has opened: it can no longer be edited (close it early instead).");
            }
            if (input.title() != null) {
                survey.title = Validate.required("title", input.title(), 200);
            }
            if (input.anonymityThreshold() != null) {
                survey.anonymityThreshold = threshold(input.anonymityThreshold());
            }
            Instant opens = input.opensAt() == null ? survey.opensAt : input.opensAt();
            Instant closes = input.closesAt() == null ? survey.closesAt : input.closesAt();
            checkTimes(opens, closes, survey.recurrence, true);
            survey.opensAt = opens;
            survey.closesAt = closes;
            Uni<Void> questions = items == null ? Uni.createFrom().voidItem()
                    : surveys.deleteQuestions(survey.id).chain(() -> persistQuestions(survey.id, items));
            return questions
                    .chain(() -> input.audience() == null ? surveys.audiences(List.of(survey.id)).map(rows -> rows.stream().map(a -> a.organizationId()).toList())
                            : audience(locked.granted(), input.audience()).call(audience -> surveys.replaceAudience(survey.id, audience)))
                    .call(() -> audit.record(caller, locked.granted().organization(), new Change(survey.partnershipId, "survey.updated", "HealthSurvey", survey.id,
                            caller.name() + " changed the survey \"" + survey.title + "\"", null, Changes.state("title", survey.title))))
                    .call(() -> surveys.flush())
                    .map(audience -> viewFor(survey, audience, locked.granted()));
        }));
    }

    /** Closes an open round now and settles it at once (its readings recorded, its next round created). */
    public Uni<SurveyView> close(Caller caller, SurveyInputs.Close input) {
        UUID id = Ids.parse(input.surveyId()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(SurveyRepository.notFound());
        }
        return db.write(() -> lockVisible(caller, id).chain(locked -> {
            Survey survey = locked.survey();
            checkSteers(locked.granted());
            checkVersion(survey, input.version());
            if (survey.status(Clock.now()) != SurveyStatus.OPEN) {
                throw new Conflict("surveyId", "Only an open round can be closed early.");
            }
            survey.closesAt = Clock.now();
            return rounds.settle(survey)
                    .call(() -> audit.record(caller, locked.granted().organization(), new Change(survey.partnershipId, "survey.closed", "HealthSurvey", survey.id,
                            caller.name() + " closed round " + survey.round + " of \"" + survey.title + "\" early", null, Changes.state("round", survey.round))))
                    .chain(() -> surveys.audiences(List.of(survey.id)))
                    .map(rows -> viewFor(survey, rows.stream().map(a -> a.organizationId()).toList(), locked.granted()));
        }));
    }

    private record Locked(Survey survey, Access granted) {
    }

    private Uni<Locked> lockVisible(Caller caller, UUID id) {
        return surveys.lock(id)
                .onItem().ifNull().failWith(SurveyRepository::notFound)
                .chain(survey -> access.require(caller, survey.partnershipId)
                        .onFailure(NotFound.class).transform(e -> SurveyRepository.notFound())
                        .map(granted -> new Locked(survey, granted)));
    }

    private static SurveyView viewFor(Survey survey, List<UUID> audience, Access granted) {
        var standing = granted.standing();
        return SurveyReader.view(survey, audience, standing.role(), granted.organization().id, standing.accepted());
    }

    private static void checkSteers(Access granted) {
        if (!granted.standing().steers()) {
            throw new Forbidden("Only sponsors and steering members create, change and close surveys.");
        }
    }

    private static void checkVersion(Survey survey, int version) {
        if (survey.version != version) {
            throw new Conflict("version", "The survey was changed in the meantime: reload it and try again.");
        }
    }

    private Uni<List<UUID>> audience(Access granted, List<String> slugs) {
        List<UUID> accepted = granted.acceptedOrganizations();
        if (slugs == null) {
            return Uni.createFrom().item(accepted);
        }
        if (slugs.isEmpty()) {
            throw new ValidationFailed("audience", "audience names at least one party.");
        }
        Uni<List<UUID>> chain = Uni.createFrom().item(new ArrayList<>());
        for (int i = 0; i < slugs.size(); i++) {
            String slug = Validate.slug("audience[" + i + "]", slugs.get(i));
            String field = "audience[" + i + "]";
            chain = chain.chain(ids -> organizations.ofSlugInSession(slug).map(organization -> {
                if (organization == null || !accepted.contains(organization.id)) {
                    throw new ValidationFailed(field, "'" + slug + "' is not an accepted party of the partnership.");
                }
                if (!ids.contains(organization.id)) {
                    ids.add(organization.id);
                }
                return ids;
            }));
        }
        return chain;
    }

    private static Uni<Void> persistQuestions(UUID surveyId, List<SurveyTemplate.Item> items) {
        return SurveyQuestion.persist(SurveyQuestion.of(surveyId, items));
    }

    private static List<SurveyTemplate.Item> items(List<QuestionInput> questions) {
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new ValidationFailed("questions", "A survey has 1 to " + MAX_QUESTIONS + " questions.");
        }
        List<SurveyTemplate.Item> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i) == null || questions.get(i).kind() == null) {
                throw new ValidationFailed("questions[" + i + "]", "A question has a kind and a text.");
            }
            items.add(new SurveyTemplate.Item(null, questions.get(i).kind(), Validate.required("questions[" + i + "].text", questions.get(i).text(), 300)));
        }
        return items;
    }

    private static int threshold(int value) {
        if (value < SurveyRules.MIN_THRESHOLD || value > MAX_THRESHOLD) {
            throw new ValidationFailed("anonymityThreshold", "anonymityThreshold is from " + SurveyRules.MIN_THRESHOLD + " (never below) to " + MAX_THRESHOLD + ".");
        }
        return value;
    }

    /** Opens before it closes, closes in the future, open at most 90 days, and a recurring round closes before the next one opens. */
    static void checkTimes(Instant opens, Instant closes, Recurrence recurrence, boolean closesInFuture) {
        if (!closes.isAfter(opens)) {
            throw new ValidationFailed("closesAt", "closesAt must be after opensAt.");
        }
        if (closesInFuture && !closes.isAfter(Clock.now())) {
            throw new ValidationFailed("closesAt", "closesAt must be in the future.");
        }
        if (Duration.between(opens, closes).compareTo(MAX_OPEN) > 0) {
            throw new ValidationFailed("closesAt", "A round is open for at most 90 days.");
        }
        if (recurrence.recurs() && !closes.isBefore(recurrence.next(opens))) {
            throw new ValidationFailed("closesAt", "A round must close before the next one opens (" + recurrence + ").");
        }
    }
}
