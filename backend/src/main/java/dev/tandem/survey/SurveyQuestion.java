package dev.tandem.survey;

import java.util.ArrayList;
import java.util.List;
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

    /** The questions of a round, in the items' order. */
    static List<SurveyQuestion> of(UUID surveyId, List<SurveyTemplate.Item> items) {
        List<SurveyQuestion> questions = new ArrayList<>();
        for (SurveyTemplate.Item item : items) {
            SurveyQuestion question = new SurveyQuestion();
            question.id = UUID.randomUUID();
            question.surveyId = surveyId;
            question.position = questions.size();
            question.kind = item.kind();
            question.text = item.text();
            question.topic = item.topic();
            questions.add(question);
        }
        return questions;
    }

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
