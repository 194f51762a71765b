package dev.tandem.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.common.db.NativeSql;
import dev.tandem.common.error.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Queries on survey rounds, their questions, audiences and responses; each read answers for a set of rounds at once. */
@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    private final ObjectMapper json;

    public SurveyRepository(ObjectMapper json) {
        this.json = json;
    }

    /** A party of a round's audience. */
    public record AudienceParty(UUID surveyId, UUID organizationId) {
    }

    static NotFound notFound() {
        return new NotFound("surveyId", "No survey with that id.");
    }

    Uni<List<Survey>> ofPartnerships(Collection<UUID> partnershipIds) {
        return partnershipIds.isEmpty() ? none() : list("partnershipId in ?1 order by opensAt desc, round desc", partnershipIds);
    }

    Uni<Survey> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Uni<List<SurveyQuestion>> questions(Collection<UUID> surveyIds) {
        return surveyIds.isEmpty() ? none() : SurveyQuestion.list("surveyId in ?1 order by position", surveyIds);
    }

    Uni<List<SurveyResponse>> responses(Collection<UUID> surveyIds) {
        return surveyIds.isEmpty() ? none() : SurveyResponse.list("surveyId in ?1", surveyIds);
    }

    Uni<List<AudienceParty>> audiences(Collection<UUID> surveyIds) {
        if (surveyIds.isEmpty()) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT survey_id, organization_id FROM survey_audience WHERE survey_id IN (:ids) ORDER BY organization_id", Object[].class)
                .setParameter("ids", surveyIds)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new AudienceParty((UUID) r[0], (UUID) r[1])).toList());
    }

    /** The pseudonyms among these that answered their round, as "surveyId|pseudonym". */
    Uni<List<String>> responded(Collection<UUID> surveyIds, Collection<String> pseudonyms) {
        if (surveyIds.isEmpty() || pseudonyms.isEmpty()) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT survey_id, pseudonym FROM survey_response WHERE survey_id IN (:ids) AND pseudonym IN (:pseudonyms)", Object[].class)
                .setParameter("ids", surveyIds)
                .setParameter("pseudonyms", pseudonyms)
                .getResultList())
                .map(rows -> rows.stream().map(r -> r[0] + "|" + r[1]).toList());
    }

    Uni<Void> replaceAudience(UUID surveyId, Collection<UUID> organizationIds) {
        Uni<Integer> chain = NativeSql.execute("DELETE FROM survey_audience WHERE survey_id = ?1", surveyId);
        for (UUID organizationId : organizationIds) {
            chain = chain.chain(() -> NativeSql.execute("INSERT INTO survey_audience (survey_id, organization_id) VALUES (?1, ?2)", surveyId, organizationId));
        }
        return chain.replaceWithVoid();
    }

    Uni<Long> deleteQuestions(UUID surveyId) {
        return SurveyQuestion.delete("surveyId", surveyId);
    }

    /**
     * Stores a person's answers to a round in one statement: a resubmission replaces the earlier answers under
     * the same pseudonym, so concurrent submissions by one person leave exactly one response.
     */
    Uni<Integer> upsertResponse(UUID surveyId, String pseudonym, UUID organizationId, Instant at, List<Answer> answers) {
        return NativeSql.execute("""
                INSERT INTO survey_response (id, survey_id, pseudonym, organization_id, submitted_at, answers) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (survey_id, pseudonym) DO UPDATE
                SET organization_id = excluded.organization_id, submitted_at = excluded.submitted_at, answers = excluded.answers""",
                UUID.randomUUID(), surveyId, pseudonym, organizationId, at, write(answers));
    }

    /** A response's answers, as {@link #upsertResponse} stored them (JSON). */
    List<Answer> answersOf(SurveyResponse response) {
        try {
            return List.of(json.readValue(response.answers, Answer[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored survey response is not readable", e);
        }
    }

    private String write(List<Answer> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answers could not be written as JSON", e);
        }
    }

    /** Closed rounds not settled yet, locked; rounds another replica is settling are skipped. */
    Uni<List<Survey>> lockDue(Instant now, int limit) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT * FROM survey WHERE settled_at IS NULL AND closes_at <= :now ORDER BY closes_at LIMIT :limit FOR UPDATE SKIP LOCKED",
                        Survey.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList());
    }

    private static <T> Uni<List<T>> none() {
        return Uni.createFrom().item(new ArrayList<>());
    }
}
