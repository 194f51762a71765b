package dev.tandem.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.tandem.common.Ids;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.metric.Rag;
import dev.tandem.organization.OrganizationView;
import dev.tandem.survey.SurveyInputs.AnswerInput;
import dev.tandem.survey.SurveyViews.GapView;
import dev.tandem.survey.SurveyViews.PartyResultView;
import dev.tandem.survey.SurveyViews.QuestionResultView;
import dev.tandem.survey.SurveyViews.QuestionView;
import dev.tandem.survey.SurveyViews.ResultsView;

/** The survey's pure rules: which answers a round takes, and what a party's answers show (only at k respondents or more). */
final class SurveyRules {

    static final int MIN_THRESHOLD = 3;
    static final int MAX_TEXT = 2000;

    private SurveyRules() {
    }

    // ------------------------------------------------------------------------------------ answers

    /** Checks answers against the round's questions, naming the offending item ({@code answers[3].rag}). */
    static List<Answer> checkAnswers(List<SurveyQuestion> questions, List<AnswerInput> inputs) {
        Map<UUID, SurveyQuestion> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id, q));
        Set<UUID> answered = new HashSet<>();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "answers[" + i + "].";
            AnswerInput input = inputs.get(i);
            SurveyQuestion question = Ids.parse(input.questionId()).map(byId::get).orElse(null);
            if (question == null) {
                throw new ValidationFailed(at + "questionId", "No question of this survey has that id.");
            }
            if (!answered.add(question.id)) {
                throw new ValidationFailed(at + "questionId", "The question \"" + question.text + "\" is answered twice.");
            }
            Answer answer = check(question, input, at);
            if (answer != null) {
                answers.add(answer);
            }
        }
        for (SurveyQuestion question : questions) {
            if (question.kind != QuestionKind.TEXT && !answered.contains(question.id)) {
                throw new ValidationFailed("answers", "Every question but free text needs an answer: \"" + question.text + "\" has none.");
            }
        }
        return answers;
    }

    private static Answer check(SurveyQuestion question, AnswerInput input, String at) {
        return switch (question.kind) {
            case RAG -> {
                only(input.score() == null && input.text() == null, at + (input.score() != null ? "score" : "text"), "A green/amber/red question takes rag only.");
                if (input.rag() == null || input.rag() == Rag.UNKNOWN) {
                    throw new ValidationFailed(at + "rag", "rag must be GREEN, AMBER or RED.");
                }
                yield new Answer(question.id, input.rag(), null, null);
            }
            case NPS, SCALE -> {
                only(input.rag() == null && input.text() == null, at + (input.rag() != null ? "rag" : "text"), "This question takes a score only.");
                int min = question.kind == QuestionKind.NPS ? 0 : 1;
                int max = question.kind == QuestionKind.NPS ? 10 : 5;
                if (input.score() == null || input.score() < min || input.score() > max) {
                    throw new ValidationFailed(at + "score", "score must be from " + min + " to " + max + ".");
                }
                yield new Answer(question.id, null, input.score(), null);
            }
            case TEXT -> {
                only(input.rag() == null && input.score() == null, at + (input.rag() != null ? "rag" : "score"), "A free-text question takes text only.");
                String text = input.text() == null ? "" : input.text().strip();
                if (text.codePointCount(0, text.length()) > MAX_TEXT) {
                    throw new ValidationFailed(at + "text", "text must be at most " + MAX_TEXT + " characters.");
                }
                yield text.isEmpty() ? null : new Answer(question.id, null, null, text);
            }
        };
    }

    private static void only(boolean ok, String field, String message) {
        if (!ok) {
            throw new ValidationFailed(field, message);
        }
    }

    // ------------------------------------------------------------------------------------ results

    /** One party's responses, each a list of answers. */
    record PartyAnswers(UUID organizationId, List<List<Answer>> responses) {
    }

    /**
     * Results per audience party: figures only where the party has at least {@code k} respondents; gaps between
     * the shown parties per question, largest first; free text shuffled.
     */
    static ResultsView results(List<QuestionView> questions, List<PartyAnswers> parties, int k, Function<UUID, OrganizationView> organizations,
            Random random) {
        List<PartyResultView> results = new ArrayList<>();
        for (PartyAnswers party : parties) {
            results.add(partyResult(questions, party, k, organizations.apply(party.organizationId()), random));
        }
        return new ResultsView(results, gaps(questions, results));
    }

    private static PartyResultView partyResult(List<QuestionView> questions, PartyAnswers party, int k, OrganizationView organization, Random random) {
        int respondents = party.responses().size();
        if (respondents < k) {
            List<QuestionResultView> hidden = questions.stream().map(q -> new QuestionResultView(q, null, null, null, null, false)).toList();
            return new PartyResultView(organization, false, null, null, hidden, null);
        }
        Map<UUID, List<Answer>> byQuestion = new HashMap<>();
        party.responses().forEach(response -> response.forEach(a -> byQuestion.computeIfAbsent(a.questionId(), x -> new ArrayList<>()).add(a)));
        List<QuestionResultView> perQuestion = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Double nps = null;
        for (QuestionView question : questions) {
            List<Answer> answers = byQuestion.getOrDefault(UUID.fromString(question.id()), List.of());
            perQuestion.add(questionResult(question, answers));
            if (question.kind() == QuestionKind.TEXT) {
                answers.forEach(a -> comments.add(a.text()));
            }
            if (question.kind() == QuestionKind.NPS && nps == null && !answers.isEmpty()) {
                nps = nps(answers.stream().map(Answer::score).toList());
            }
        }
        Collections.shuffle(comments, random);
        return new PartyResultView(organization, true, respondents, nps, perQuestion, comments);
    }

    static QuestionResultView questionResult(QuestionView question, List<Answer> answers) {
        int n = answers.size();
        return switch (question.kind()) {
            case RAG -> {
                int green = count(answers, a -> a.rag() == Rag.GREEN);
                int amber = count(answers, a -> a.rag() == Rag.AMBER);
                int red = count(answers, a -> a.rag() == Rag.RED);
                yield new QuestionResultView(question, green, amber, red, n == 0 ? null : round((green * 100.0 + amber * 50.0) / n), n > 0 && red * 3 >= n);
            }
            case NPS -> new QuestionResultView(question, count(answers, a -> a.score() >= 9), count(answers, a -> a.score() == 7 || a.score() == 8),
                    count(answers, a -> a.score() <= 6), n == 0 ? null : round(answers.stream().mapToInt(Answer::score).average().orElse(0) * 10), false);
            case SCALE -> new QuestionResultView(question, null, null, null,
                    n == 0 ? null : round((answers.stream().mapToInt(Answer::score).average().orElse(1) - 1) * 25), false);
            case TEXT -> new QuestionResultView(question, null, null, null, null, false);
        };
    }

    /** Net promoter score: the share of 9s and 10s less the share of 0 to 6s, -100 to 100. */
    static double nps(List<Integer> scores) {
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        return round((promoters - detractors) * 100.0 / scores.size());
    }

    private static List<GapView> gaps(List<QuestionView> questions, List<PartyResultView> parties) {
        List<GapView> gaps = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            List<Double> scores = parties.stream().filter(PartyResultView::shown)
                    .map(p -> p.questions().get(index).score()).filter(s -> s != null).toList();
            if (scores.size() >= 2) {
                double gap = Collections.max(scores) - Collections.min(scores);
                gaps.add(new GapView(questions.get(i), round(gap)));
            }
        }
        gaps.sort(Comparator.comparingDouble(GapView::gap).reversed());
        return gaps;
    }

    private static int count(List<Answer> answers, Predicate<Answer> test) {
        return (int) answers.stream().filter(test).count();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    // ------------------------------------------------------------------------------------ into the metrics

    /** The round's health, 0 to 10: the mean RAG score of the shown parties' people; null when no party is shown. */
    static Double health(ResultsView results) {
        List<Double> scores = new ArrayList<>();
        for (PartyResultView party : results.parties()) {
            if (party.shown()) {
                party.questions().stream().filter(q -> q.question().kind() == QuestionKind.RAG && q.score() != null)
                        .forEach(q -> scores.add(q.score()));
            }
        }
        return scores.isEmpty() ? null : round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(0) / 10);
    }

    /** The round's NPS: the mean of the shown parties' (each party weighs the same); null when none has one. */
    static Double nps(ResultsView results) {
        List<Double> scores = results.parties().stream().filter(PartyResultView::shown).map(PartyResultView::nps).filter(n -> n != null).toList();
        return scores.isEmpty() ? null : round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
}
