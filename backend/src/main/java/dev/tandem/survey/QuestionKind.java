package dev.tandem.survey;

import org.eclipse.microprofile.graphql.Description;

/** How a survey question is answered. */
@Description("How a survey question is answered.")
public enum QuestionKind {
    @Description("Green, amber or red (the answer's rag).")
    RAG,
    @Description("How likely to recommend, 0 to 10 (the answer's score): 9 and 10 promote, 0 to 6 detract.")
    NPS,
    @Description("1 (lowest) to 5 (highest) (the answer's score).")
    SCALE,
    @Description("Free text, optional (the answer's text); shown only where the party's results are.")
    TEXT
}
