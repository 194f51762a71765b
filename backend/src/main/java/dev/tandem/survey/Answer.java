package dev.tandem.survey;

import java.util.UUID;

import dev.tandem.metric.Rag;

/** One checked answer as stored in a response: the question and the one value its kind takes. */
record Answer(UUID questionId, Rag rag, Integer score, String text) {
}
