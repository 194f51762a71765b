// How one question is answered: three big labelled buttons for green / amber / red, 0–10 for NPS, 1–5 for a scale, an
// optional text box. The choices are toggle buttons (aria-pressed) inside the question's fieldset.
import type { Question } from './queries';
import type { Answer } from './storedAnswers';

const RAG_CHOICES = [
  { value: 'GREEN', label: 'Green', hint: 'Going well' },
  { value: 'AMBER', label: 'Amber', hint: 'Some concerns' },
  { value: 'RED', label: 'Red', hint: 'Needs attention now' },
] as const;

interface Props {
  question: Question;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  describedBy?: string;
}

export function QuestionInput({ question, answer, onAnswer, describedBy }: Props) {
  switch (question.kind) {
    case 'RAG':
      return (
        <div className="survey-choices survey-rag" aria-describedby={describedBy}>
          {RAG_CHOICES.map((choice) => (
            <button
              key={choice.value}
              type="button"
              className={`survey-choice survey-choice-${choice.value.toLowerCase()}`}
              aria-pressed={answer?.rag === choice.value}
              onClick={() => onAnswer({ rag: choice.value })}
            >
              <span className="survey-choice-dot" aria-hidden="true" />
              <span className="survey-choice-label">{choice.label}</span>
              <span className="survey-choice-hint">{choice.hint}</span>
            </button>
          ))}
        </div>
      );
    case 'NPS':
    case 'SCALE': {
      const [low, high] = question.kind === 'NPS' ? [0, 10] : [1, 5];
      const scores = Array.from({ length: high - low + 1 }, (_, i) => low + i);
      return (
        <>
          <div className={`survey-choices survey-scores survey-scores-${question.kind.toLowerCase()}`} aria-describedby={describedBy}>
            {scores.map((score) => (
              <button
                key={score}
                type="button"
                className="survey-choice survey-score"
                aria-pressed={answer?.score === score}
                onClick={() => onAnswer({ score })}
              >
                {score}
              </button>
            ))}
          </div>
          <p className="survey-scale-ends muted small" aria-hidden="true">
            <span>{question.kind === 'NPS' ? `${low}: not at all likely` : `${low}: lowest`}</span>
            <span>{question.kind === 'NPS' ? `${high}: extremely likely` : `${high}: highest`}</span>
          </p>
        </>
      );
    }
    case 'TEXT':
      return (
        <textarea
          className="survey-text"
          aria-labelledby={`question-${question.id}`}
          aria-describedby={describedBy}
          rows={5}
          maxLength={2000}
          value={answer?.text ?? ''}
          onChange={(e) => onAnswer({ text: e.target.value })}
        />
      );
  }
}

/** The words under the question that say how to answer it (read out with the choices). */
export function answerHint(question: Question): string {
  switch (question.kind) {
    case 'RAG':
      return 'Choose green, amber or red.';
    case 'NPS':
      return 'Choose from 0 (not at all likely) to 10 (extremely likely).';
    case 'SCALE':
      return 'Choose from 1 (lowest) to 5 (highest).';
    case 'TEXT':
      return 'Optional: leave it empty if you have nothing to add.';
  }
}

/** An answer the server accepts for the question's kind (a free text may be empty). */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  switch (question.kind) {
    case 'RAG':
      return answer?.rag != null;
    case 'NPS':
    case 'SCALE':
      return answer?.score != null;
    case 'TEXT':
      return true;
  }
}
