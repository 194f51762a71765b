// What the partnership's pages share around their data: loading, not found, a failed load with "Try again", and the
// message banner that reports a change or a failed one.
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactElement, useState } from 'react';
import { ApiError, errorMessage } from '../api';
import { Banner } from './Banner';
import { Loading } from './Field';
import { NotFound } from './NotFound';

export type Message = { kind: 'error' | 'success' | 'notice'; text: string };

/** A failed load, with "Try again". */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Banner kind="error">
      <p>{message}</p>
      <button type="button" className="button button-secondary button-small" onClick={onRetry}>
        Try again
      </button>
    </Banner>
  );
}

/**
 * The page while its query has not answered yet (`loadingLabel`), or has failed: NOT_FOUND shows Not found, any other
 * error the page's `heading` with the error and "Try again". Null once there is data.
 */
export function pageFallback(query: UseQueryResult<unknown, ApiError>, loadingLabel: string, heading: string): ReactElement | null {
  if (query.data === undefined && (query.isPending || query.isFetching)) {
    return (
      <main className="container page">
        <Loading label={loadingLabel} />
      </main>
    );
  }
  if (query.error && !query.data) {
    if (query.error.code === 'NOT_FOUND') {
      return <NotFound />;
    }
    return (
      <main className="container page">
        <h1>{heading}</h1>
        <LoadError message={query.error.message} onRetry={() => void query.refetch()} />
      </main>
    );
  }
  return null;
}

/**
 * The page's message and how a change reports back: `changed` says so (the change itself refreshed what it touched);
 * `failed` says why, and loads the page again (`refresh`) when what is on screen is no longer current (a CONFLICT,
 * worded by `conflictText`, or NOT_FOUND).
 */
export function usePageMessage(refresh: () => Promise<unknown>, conflictText: (error: ApiError) => string) {
  const [message, setMessage] = useState<Message>();

  async function failed(e: unknown) {
    if (e instanceof ApiError && e.code === 'CONFLICT') {
      setMessage({ kind: 'error', text: conflictText(e) });
      await refresh();
    } else {
      setMessage({ kind: 'error', text: errorMessage(e) });
      if (e instanceof ApiError && e.code === 'NOT_FOUND') {
        await refresh();
      }
    }
  }

  function changed(text: string) {
    setMessage({ kind: 'success', text });
  }

  return { message, setMessage, failed, changed };
}

/** The page's message, dismissible. */
export function MessageBanner({ message, onDismiss }: { message: Message | undefined; onDismiss: () => void }) {
  if (!message) {
    return null;
  }
  return (
    <Banner kind={message.kind} onDismiss={onDismiss}>
      {message.text}
    </Banner>
  );
}
