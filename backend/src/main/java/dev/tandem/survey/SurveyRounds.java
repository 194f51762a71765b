package dev.tandem.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.metric.SurveyReadings;
import dev.tandem.metric.SurveyReadings.Figure;
import dev.tandem.organization.OrganizationService;
import dev.tandem.survey.SurveyViews.QuestionView;
import dev.tandem.survey.SurveyViews.ResultsView;
import dev.tandem.survey.SurveyViews.SurveyView;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Settles closed rounds, once across replicas: each replica looks every few seconds for closed rounds not yet
 * settled, locks them (skipping those another replica holds), records the round's health and NPS readings and
 * opens the next round of a recurring survey, all in one transaction that marks the round settled.
 */
@ApplicationScoped
public class SurveyRounds {

    private static final Logger LOG = Logger.getLogger(SurveyRounds.class);
    static final long EVERY_MS = 5_000;
    static final int BATCH = 20;

    private final Vertx vertx;
    private final Db db;
    private final SurveyRepository surveys;
    private final SurveyReader reader;
    private final SurveyReadings readings;
    private final OrganizationService organizations;
    private long timer = -1;

    public SurveyRounds(Vertx vertx, Db db, SurveyRepository surveys, SurveyReader reader, SurveyReadings readings, OrganizationService organizations) {
        this.vertx = vertx;
        this.db = db;
        this.surveys = surveys;
        this.reader = reader;
        this.readings = readings;
        this.organizations = organizations;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY_MS, id -> settleDue()
                .subscribe().with(settled -> LOG.debugf("Settled %d survey rounds", settled), error -> LOG.warn("Could not settle survey rounds; will retry", error)));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** Settles the closed rounds no replica has settled yet; answers how many this call settled. */
    public Uni<Integer> settleDue() {
        return db.write(() -> surveys.lockDue(Clock.now(), BATCH)
                .chain(due -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Survey survey : due) {
                        chain = chain.chain(() -> settle(survey));
                    }
                    return chain.replaceWith(due.size());
                }));
    }

    /** Within the caller's unit of work, with the round locked: records its readings and opens its next round. */
    Uni<Void> settle(Survey survey) {
        survey.settledAt = Clock.now();
        List<UUID> ids = List.of(survey.id);
        return surveys.audiences(ids)
                .chain(audience -> surveys.questions(ids)
                        .chain(questions -> surveys.responses(ids)
                                .chain(responses -> organizations.byIdsInSession(Set.copyOf(audience.stream().map(a -> a.organizationId()).toList()))
                                        .map(orgs -> reader.results(viewOf(survey, audience.stream().map(a -> a.organizationId()).toList()),
                                                questions.stream().map(q -> new QuestionView(q.id.toString(), q.kind, q.text, q.topic)).toList(), responses, orgs)))
                                .chain(results -> record(survey, results))
                                .chain(() -> nextRound(survey, questions, audience.stream().map(a -> a.organizationId()).toList()))));
    }

    private static SurveyView viewOf(Survey survey, List<UUID> audience) {
        return SurveyReader.view(survey, audience, null, null, false);
    }

    private Uni<Void> record(Survey survey, ResultsView results) {
        Double health = SurveyRules.health(results);
        Double nps = SurveyRules.nps(results);
        String key = "survey:" + survey.id;
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (health != null) {
            chain = chain.chain(() -> readings.record(survey.partnershipId, survey.owningOrgId, Figure.HEALTH, BigDecimal.valueOf(health), survey.closesAt, key));
        }
        if (nps != null) {
            chain = chain.chain(() -> readings.record(survey.partnershipId, survey.owningOrgId, Figure.NPS, BigDecimal.valueOf(nps), survey.closesAt, key));
        }
        return chain;
    }

    private Uni<Void> nextRound(Survey survey, List<SurveyQuestion> questions, List<UUID> audience) {
        if (!survey.recurrence.recurs()) {
            return surveys.flush();
        }
        Survey next = new Survey();
        next.id = UUID.randomUUID();
        next.partnershipId = survey.partnershipId;
        next.seriesId = survey.seriesId;
        next.round = survey.round + 1;
        next.title = survey.title;
        next.recurrence = survey.recurrence;
        next.opensAt = survey.recurrence.next(survey.opensAt);
        next.closesAt = survey.recurrence.next(survey.closesAt);
        if (!next.opensAt.isAfter(survey.closesAt)) {
            next.opensAt = survey.closesAt;   // a round closed late by hand never overlaps the next
        }
        next.anonymityThreshold = survey.anonymityThreshold;
        next.owningOrgId = survey.owningOrgId;
        next.createdBy = survey.createdBy;
        next.createdAt = Clock.now();
        return next.persist()
                .chain(() -> SurveyQuestion.persist(questions.stream().map(q -> q.copyFor(next.id)).toList()))
                .chain(() -> surveys.flush())
                .chain(() -> surveys.replaceAudience(next.id, audience))
                .chain(() -> surveys.flush());
    }
}
