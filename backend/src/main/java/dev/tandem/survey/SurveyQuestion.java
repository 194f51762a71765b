package dev.tandem.survey;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a survey round. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionKind kind;

    @Column(nullable = false)
    public String text;

    /** The checklist item of the default template; null for a hand-made question. Rounds are compared by it (or the text). */
    public String topic;

    SurveyQuestion copyFor(UUID otherSurveyId) {
        SurveyQuestion copy = new SurveyQuestion();
        copy.id = UUID.randomUUID();
        copy.surveyId = otherSurveyId;
        copy.position = position;
        copy.kind = kind;
        copy.text = text;
        copy.topic = topic;
        return copy;
    }
}
