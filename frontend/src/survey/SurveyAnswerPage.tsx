// Answering a survey round on a phone: one question per screen with progress, Back and Next, Send at the end. Every
// answer is kept on the device as it is given (storedAnswers), so a reload or a lost connection loses nothing; answers
// that could not be sent go out when the connection is back.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Banner } from '../components/Banner';
import { NotFound } from '../components/NotFound';
import { pageFallback } from '../components/PageState';
import { useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import type { AnswerInput } from '../gql/graphql';
import { Link, partnershipPath, surveyResultsPath } from '../router';
import { answerHint, isAnswered, QuestionInput } from './QuestionInput';
import { type Question, SURVEY, type SurveyRound } from './queries';
import { type Answer, queueAnswers, readStored, type StoredSurvey, sendStored, useSendState, writeStored } from './storedAnswers';

export function SurveyAnswerPage({ id, surveyId }: { id: string; surveyId: string }) {
  const query = useApiQuery(keys.survey(surveyId), SURVEY, { id: surveyId });
  const survey = query.data?.survey;

  useEffect(() => {
    document.title = survey ? `${survey.title} · Tandem` : 'Health pulse · Tandem';
  }, [survey]);

  const fallback = pageFallback(query, 'Loading the survey…', 'Health pulse');
  if (fallback) {
    return fallback;
  }
  if (!survey) {
    return <NotFound />;
  }
  return (
    <main className="container page page-narrow survey-page">
      <p className="breadcrumb">
        <Link href={partnershipPath(id)}>Partnership</Link>
      </p>
      <SurveyFlow partnershipId={id} survey={survey} />
    </main>
  );
}

function SurveyFlow({ partnershipId, survey }: { partnershipId: string; survey: SurveyRound }) {
  const sendState = useSendState(survey.id);
  const [stored, setStored] = useState<StoredSurvey>(() => readStored(survey.id) ?? { partnershipId, answers: {}, step: 0 });
  const [again, setAgain] = useState(false);

  // Answers left from an earlier visit go out now (the app shell also sends them when it loads).
  useEffect(() => {
    void sendStored(survey.id);
  }, [survey.id]);

  function update(next: StoredSurvey) {
    setStored(next);
    writeStored(survey.id, next);
  }

  if (sendState.state === 'sent') {
    return (
      <Outcome partnershipId={partnershipId} heading="Thank you" testId="survey-thanks">
        Your answers are in. They count towards your party's results once enough of your colleagues have answered.
      </Outcome>
    );
  }
  if (sendState.state === 'waiting' || sendState.state === 'sending') {
    return (
      <Outcome
        partnershipId={partnershipId}
        heading={sendState.state === 'sending' ? 'Sending your answers…' : 'Answers saved'}
        testId="survey-waiting"
      >
        {sendState.state === 'sending' ? 'One moment.' : "Saved on this phone; will send when you're back online."}
      </Outcome>
    );
  }
  if (!survey.viewerCanAnswer) {
    return (
      <Outcome partnershipId={partnershipId} heading={survey.title} testId="survey-closed">
        {survey.status === 'OPEN'
          ? 'This round is for the people of its audience parties.'
          : survey.status === 'CLOSED'
            ? 'This round is closed.'
            : 'This round is not open yet.'}
      </Outcome>
    );
  }
  const started = Object.keys(stored.answers).length > 0;
  if (survey.viewerHasResponded && !started && !again) {
    return (
      <Outcome partnershipId={partnershipId} heading={survey.title} testId="survey-answered">
        You have answered this round. Answering again replaces your earlier answers.
        <span className="block">
          <button type="button" className="button button-secondary" onClick={() => setAgain(true)}>
            Answer again
          </button>
        </span>
      </Outcome>
    );
  }
  return (
    <QuestionSteps
      survey={survey}
      stored={stored}
      onChange={update}
      refusal={sendState.state === 'refused' ? sendState.error.message : undefined}
      onSend={(answers) => void queueAnswers(survey.id, stored, answers)}
    />
  );
}

interface StepsProps {
  survey: SurveyRound;
  stored: StoredSurvey;
  onChange: (stored: StoredSurvey) => void;
  refusal: string | undefined;
  onSend: (answers: AnswerInput[]) => void;
}

function QuestionSteps({ survey, stored, onChange, refusal, onSend }: StepsProps) {
  const questions = survey.questions;
  const step = Math.min(Math.max(stored.step, 0), questions.length - 1);
  const question = questions[step];
  const last = step === questions.length - 1;
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const hintId = useId();

  // Next and Back move focus to the new question, so a screen reader reads it out and Tab starts at its choices.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the question changes
  useEffect(() => {
    if (moved.current) {
      heading.current?.focus();
    }
  }, [step]);

  function go(to: number) {
    moved.current = true;
    setMissing(false);
    onChange({ ...stored, step: to });
  }

  function answer(value: Answer) {
    setMissing(false);
    onChange({ ...stored, answers: { ...stored.answers, [question.id]: value } });
  }

  function next(event: FormEvent) {
    event.preventDefault();
    if (!isAnswered(question, stored.answers[question.id])) {
      setMissing(true);
      return;
    }
    if (last) {
      onSend(toInput(questions, stored.answers));
    } else {
      go(step + 1);
    }
  }

  return (
    <form className="survey-form" onSubmit={next} noValidate data-testid="survey-form">
      <p className="survey-title muted">
        {survey.title} · round {survey.round}
      </p>
      {/* Read out with the question (its heading) instead. */}
      <p className="survey-progress" data-testid="survey-progress" aria-hidden="true">
        {step + 1} of {questions.length}
      </p>
      <div className="survey-bar" aria-hidden="true">
        <span style={{ width: `${((step + 1) / questions.length) * 100}%` }} />
      </div>
      {refusal && (
        <Banner kind="error">
          <p>Your answers were not accepted: {refusal}</p>
        </Banner>
      )}
      <fieldset className="survey-question" key={question.id} aria-describedby={hintId}>
        <legend>
          <h1 id={`question-${question.id}`} className="survey-question-text" tabIndex={-1} ref={heading} data-testid="survey-question">
            <span className="visually-hidden">
              Question {step + 1} of {questions.length}:{' '}
            </span>
            {question.text}
          </h1>
        </legend>
        <p id={hintId} className="hint">
          {answerHint(question)}
        </p>
        <QuestionInput question={question} answer={stored.answers[question.id]} onAnswer={answer} />
        {missing && (
          <p className="field-error" role="alert">
            Choose an answer to go on.
          </p>
        )}
      </fieldset>
      <div className="survey-nav">
        <button type="button" className="button button-secondary" onClick={() => go(step - 1)} disabled={step === 0}>
          Back
        </button>
        <button type="submit" className="button button-primary" data-testid={last ? 'survey-send' : 'survey-next'}>
          {last ? 'Send answers' : 'Next'}
        </button>
      </div>
    </form>
  );
}

/** The answers as the API takes them, in question order; an empty free text is left out. */
function toInput(questions: Question[], answers: Record<string, Answer>): AnswerInput[] {
  return questions.flatMap((q) => {
    const a = answers[q.id];
    if (!a || (q.kind === 'TEXT' && !a.text?.trim())) {
      return [];
    }
    return [{ questionId: q.id, ...a, ...(a.text != null ? { text: a.text.trim() } : {}) }];
  });
}

function Outcome({
  partnershipId,
  heading,
  testId,
  children,
}: {
  partnershipId: string;
  heading: string;
  testId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="survey-outcome" data-testid={testId}>
      <h1 tabIndex={-1} ref={ref}>
        {heading}
      </h1>
      <div role="status">{children}</div>
      <p className="survey-outcome-links">
        <Link href={surveyResultsPath(partnershipId)}>See the results</Link>
        <Link href={partnershipPath(partnershipId)}>Back to the partnership</Link>
      </p>
    </section>
  );
}
