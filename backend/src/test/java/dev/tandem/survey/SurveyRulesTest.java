package dev.tandem.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.common.error.ValidationFailed;
import dev.tandem.metric.Rag;
import dev.tandem.organization.OrganizationView;
import dev.tandem.survey.SurveyInputs.AnswerInput;
import dev.tandem.survey.SurveyRules.PartyAnswers;
import dev.tandem.survey.SurveyViews.QuestionView;
import dev.tandem.survey.SurveyViews.ResultsView;

/** The survey's pure rules without booting Quarkus: answers per kind, the threshold's edges, NPS, gaps and flags. */
class SurveyRulesTest {

    static final UUID ACME = UUID.randomUUID();
    static final UUID GLOBEX = UUID.randomUUID();
    static final QuestionView CLARITY = new QuestionView(UUID.randomUUID().toString(), QuestionKind.RAG, "Clarity?", "STRATEGIC_CLARITY");
    static final QuestionView RECOMMEND = new QuestionView(UUID.randomUUID().toString(), QuestionKind.NPS, "Recommend?", "RECOMMEND");
    static final QuestionView COMMENT = new QuestionView(UUID.randomUUID().toString(), QuestionKind.TEXT, "Else?", null);
    static final List<QuestionView> QUESTIONS = List.of(CLARITY, RECOMMEND, COMMENT);

    static List<Answer> response(Rag rag, int nps, String text) {
        List<Answer> answers = new ArrayList<>(List.of(new Answer(UUID.fromString(CLARITY.id()), rag, null, null),
                new Answer(UUID.fromString(RECOMMEND.id()), null, nps, null)));
        if (text != null) {
            answers.add(new Answer(UUID.fromString(COMMENT.id()), null, null, text));
        }
        return answers;
    }

    static ResultsView results(List<List<Answer>> acme, List<List<Answer>> globex, int k) {
        return SurveyRules.results(QUESTIONS, List.of(new PartyAnswers(ACME, acme), new PartyAnswers(GLOBEX, globex)), k,
                id -> new OrganizationView(id.toString(), id.equals(ACME) ? "Acme" : "Globex", id.equals(ACME) ? "acme" : "globex"), new Random(1));
    }

    @Test
    void kMinusOneRespondentsShowNoFigureAndKShowAll() {
        List<List<Answer>> two = List.of(response(Rag.GREEN, 10, "a secret"), response(Rag.RED, 0, null));
        ResultsView hidden = results(two, two, 3);
        assertThat(hidden.parties()).allSatisfy(p -> {
            assertThat(p.shown()).isFalse();
            assertNull(p.respondents());
            assertNull(p.nps());
            assertNull(p.comments());
            assertThat(p.questions()).allSatisfy(q -> {
                assertNull(q.green());
                assertNull(q.score());
            });
        });
        assertThat(hidden.gaps()).isEmpty();

        List<List<Answer>> three = List.of(response(Rag.GREEN, 10, "a secret"), response(Rag.RED, 0, null), response(Rag.AMBER, 7, null));
        ResultsView shown = results(three, two, 3);
        assertThat(shown.parties().get(0).shown()).isTrue();
        assertEquals(3, shown.parties().get(0).respondents());
        assertThat(shown.parties().get(1).shown()).isFalse();
        assertThat(shown.gaps()).as("one shown party has no gap to another").isEmpty();
    }

    @Test
    void npsIsPromotersLessDetractorsAndRedByAThirdFlags() {
        assertEquals(0.0, SurveyRules.nps(List.of(10, 0, 8)));
        assertEquals(100.0, SurveyRules.nps(List.of(9, 10)));
        assertEquals(-33.3, SurveyRules.nps(List.of(6, 7, 8)));
        List<List<Answer>> acme = List.of(response(Rag.GREEN, 10, null), response(Rag.GREEN, 9, null), response(Rag.RED, 6, null));
        List<List<Answer>> globex = List.of(response(Rag.RED, 0, null), response(Rag.AMBER, 5, null), response(Rag.AMBER, 7, null),
                response(Rag.GREEN, 8, null));
        ResultsView results = results(acme, globex, 3);
        assertThat(results.parties().get(0).questions().get(0).flagged()).as("one of three is a third").isTrue();
        assertThat(results.parties().get(1).questions().get(0).flagged()).as("one of four is less").isFalse();
        assertEquals(66.7, results.parties().get(0).questions().get(0).score());
        assertEquals(50.0, results.parties().get(1).questions().get(0).score());
        assertEquals(List.of(RECOMMEND, CLARITY), results.gaps().stream().map(g -> g.question()).toList(), "largest gap first");
        assertEquals(Double.valueOf(5.8), SurveyRules.health(results), "the mean of both parties' item scores, out of 10");
    }

    @Test
    void answersAreCheckedPerKind() {
        SurveyQuestion rag = question(QuestionKind.RAG);
        SurveyQuestion scale = question(QuestionKind.SCALE);
        SurveyQuestion text = question(QuestionKind.TEXT);
        List<SurveyQuestion> questions = List.of(rag, scale, text);
        assertThat(SurveyRules.checkAnswers(questions, List.of(new AnswerInput(rag.id.toString(), Rag.RED, null, null),
                new AnswerInput(scale.id.toString(), null, 5, null)))).hasSize(2);
        assertField(questions, List.of(new AnswerInput(rag.id.toString(), Rag.UNKNOWN, null, null), new AnswerInput(scale.id.toString(), null, 5, null)),
                "answers[0].rag");
        assertField(questions, List.of(new AnswerInput(rag.id.toString(), Rag.RED, null, null), new AnswerInput(scale.id.toString(), null, 0, null)),
                "answers[1].score");
        assertField(questions, List.of(new AnswerInput(rag.id.toString(), Rag.RED, null, null), new AnswerInput(rag.id.toString(), Rag.RED, null, null)),
                "answers[1].questionId");
        assertField(questions, List.of(new AnswerInput(rag.id.toString(), Rag.RED, null, null), new AnswerInput(scale.id.toString(), null, 3, null),
                new AnswerInput(text.id.toString(), null, null, "x".repeat(2001))), "answers[2].text");
        assertField(questions, List.of(new AnswerInput(scale.id.toString(), null, 3, null)), "answers");
    }

    private static void assertField(List<SurveyQuestion> questions, List<AnswerInput> answers, String field) {
        assertThatThrownBy(() -> SurveyRules.checkAnswers(questions, answers)).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertEquals(field, e.field()));
    }

    private static SurveyQuestion question(QuestionKind kind) {
        SurveyQuestion question = new SurveyQuestion();
        question.id = UUID.randomUUID();
        question.kind = kind;
        question.text = kind.name();
        return question;
    }
}
