package dev.tandem.survey;

import java.util.List;

/**
 * The default health pulse: the execution-health checklist (nine items rated green / amber / red), how likely
 * people are to recommend working with the partner (NPS), and one optional free-text question.
 */
final class SurveyTemplate {

    /** A question as a survey is created with it. */
    record Item(String topic, QuestionKind kind, String text) {
    }

    static final String NPS_TOPIC = "RECOMMEND";

    static final List<Item> HEALTH_PULSE = List.of(
            new Item("STRATEGIC_CLARITY", QuestionKind.RAG, "Could you explain how your work moves the partnership's goals?"),
            new Item("OUTCOME_DECOMPOSITION", QuestionKind.RAG, "Are the shared goals broken down into results each side can act on this quarter?"),
            new Item("RESOURCE_AVAILABILITY", QuestionKind.RAG, "Do both sides put in the people, time and budget they promised?"),
            new Item("DEPENDENCY_MANAGEMENT", QuestionKind.RAG, "Do you know what you wait for from the other side, and do they know what they wait for from you?"),
            new Item("PROGRESS_TRACKING", QuestionKind.RAG, "Can you see, without asking, where the joint work stands?"),
            new Item("FEEDBACK_LOOPS", QuestionKind.RAG, "When something goes wrong between the two sides, is it raised and learnt from quickly?"),
            new Item("METRICS_ALIGNMENT", QuestionKind.RAG, "Do both sides measure success by the same few numbers?"),
            new Item("ACCOUNTABILITY", QuestionKind.RAG, "Does every joint deliverable have an owner on each side who may decide?"),
            new Item("EXECUTION_CULTURE", QuestionKind.RAG, "Do both sides do what they said they would, when they said they would?"),
            new Item(NPS_TOPIC, QuestionKind.NPS, "How likely are you to recommend working with this partner to a colleague?"),
            new Item("ANYTHING_ELSE", QuestionKind.TEXT, "Anything else the partnership should hear? (optional)"));

    private SurveyTemplate() {
    }
}
