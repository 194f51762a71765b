// Survey answers kept on this device (localStorage, one entry per round) until the server has them: the draft while
// answering, then the answers to send. Sending runs at most once at a time per round (in this tab and, through a Web
// Lock, across tabs), again when the browser comes back online, when the app loads, and after a pause while the server
// cannot be reached; the entry is removed once the server has answered. Lives in the app shell (not the lazy survey
// pages) so answers go out from any screen.
import { useSyncExternalStore } from 'react';
import { ApiError, request } from '../api';
import { queryClient, refresh } from '../data/cache';
import { keys } from '../data/keys';
import type { AnswerInput } from '../gql/graphql';
import { SUBMIT_SURVEY_RESPONSE } from './queries';

export type Answer = Omit<AnswerInput, 'questionId'>;

export interface StoredSurvey {
  partnershipId: string;
  /** Answers given so far, by question id. */
  answers: Record<string, Answer>;
  /** The question on screen (index), to come back to it. */
  step: number;
  /** Set once the person pressed Send: the answers as sent, in question order. */
  outbox?: AnswerInput[];
}

/** Where sending a round's answers stands (in this tab). */
export type SendState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'waiting' }
  | { state: 'sent' }
  | { state: 'refused'; error: ApiError };

const PREFIX = 'tandem.survey.';
const RETRY_MS = 20_000;

export function readStored(surveyId: string): StoredSurvey | undefined {
  try {
    const text = window.localStorage.getItem(PREFIX + surveyId);
    return text ? (JSON.parse(text) as StoredSurvey) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(surveyId: string, value: StoredSurvey): void {
  try {
    window.localStorage.setItem(PREFIX + surveyId, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the answers stay in the page only.
  }
}

function clearStored(surveyId: string): void {
  try {
    window.localStorage.removeItem(PREFIX + surveyId);
  } catch {
    // Nothing was stored then.
  }
}

const states = new Map<string, SendState>();
const listeners = new Set<() => void>();
const inFlight = new Map<string, Promise<void>>();
const IDLE: SendState = { state: 'idle' };

function setState(surveyId: string, state: SendState): void {
  states.set(surveyId, state);
  for (const listener of listeners) {
    listener();
  }
}

/** How sending `surveyId`'s answers stands; re-renders on every change. */
export function useSendState(surveyId: string): SendState {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => states.get(surveyId) ?? IDLE,
  );
}

/** Keeps `answers` as the round's answers to send, then sends them. */
export function queueAnswers(surveyId: string, stored: StoredSurvey, answers: AnswerInput[]): Promise<void> {
  writeStored(surveyId, { ...stored, outbox: answers });
  return sendStored(surveyId);
}

/** Sends the round's stored answers, unless they are being sent already (then waits for that). */
export function sendStored(surveyId: string): Promise<void> {
  const running = inFlight.get(surveyId);
  if (running) {
    return running;
  }
  // Across tabs too: a second tab waits for the lock, then finds the stored answers gone and sends nothing.
  const locked = 'locks' in navigator ? navigator.locks.request(PREFIX + surveyId, () => send(surveyId)) : send(surveyId);
  const sending = locked.finally(() => inFlight.delete(surveyId));
  inFlight.set(surveyId, sending);
  return sending;
}

async function send(surveyId: string): Promise<void> {
  const stored = readStored(surveyId);
  if (!stored?.outbox) {
    return;
  }
  setState(surveyId, { state: 'sending' });
  try {
    await request(SUBMIT_SURVEY_RESPONSE, { input: { surveyId, answers: stored.outbox } });
  } catch (e) {
    const error = e instanceof ApiError ? e : new ApiError('INTERNAL', 'Your answers could not be sent.');
    if (error.code === 'NETWORK' || error.code === 'UNAUTHENTICATED') {
      // Kept: sent again when the browser is back online, when the app loads (after signing in), or after a pause.
      setState(surveyId, { state: 'waiting' });
      if (error.code === 'NETWORK' && navigator.onLine) {
        window.setTimeout(() => void sendStored(surveyId), RETRY_MS);
      }
      return;
    }
    // The server refused them (closed round, bad answer): the person decides; the answers stay as a draft.
    writeStored(surveyId, { ...stored, outbox: undefined });
    setState(surveyId, { state: 'refused', error });
    return;
  }
  clearStored(surveyId);
  setState(surveyId, { state: 'sent' });
  await refresh(queryClient, [keys.surveys, keys.surveyResults(stored.partnershipId)]);
}

/** Sends every round's stored answers that wait to be sent. */
export function sendAllStored(): void {
  let ids: string[] = [];
  try {
    ids = Object.keys(window.localStorage)
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => key.slice(PREFIX.length));
  } catch {
    return;
  }
  for (const id of ids) {
    if (readStored(id)?.outbox) {
      void sendStored(id);
    }
  }
}

/** For the signed-in app: sends waiting answers now and whenever the browser comes back online. */
export function startSendingStoredAnswers(): () => void {
  sendAllStored();
  window.addEventListener('online', sendAllStored);
  return () => window.removeEventListener('online', sendAllStored);
}
