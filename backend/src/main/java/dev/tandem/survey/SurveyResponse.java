package dev.tandem.survey;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's answers to one round, under the round's pseudonym for them: never their id. Written only by SurveyRepository.upsert. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(nullable = false)
    public String pseudonym;

    /** The respondent's party: results are per party. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** JSON, as {@link Answers} writes it. */
    @Column(nullable = false, columnDefinition = "text")
    public String answers;
}
