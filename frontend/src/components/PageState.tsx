// What the partnership's pages share around their data: loading, not found, a failed load with "Try again", and the
// message banner that reports a change or a failed one.
import { type ReactElement, useState } from 'react';
import { ApiError, errorMessage } from '../api';
import { NotFound } from '../pages/NotFound';
import type { QueryState } from '../useQuery';
import { Banner } from './Banner';
import { Loading } from './Field';

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
export function pageFallback(query: QueryState<unknown>, loadingLabel: string, heading: string): ReactElement | null {
  if (query.loading && !query.data) {
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
        <LoadError message={query.error.message} onRetry={() => void query.reload()} />
      </main>
    );
  }
  return null;
}

/**
 * The page's message and how a change reports back: `changed` says so and reloads; `failed` says why, and reloads
 * when what is on screen is no longer current (a CONFLICT, worded by `conflictText`, or NOT_FOUND).
 */
export function usePageMessage(reload: () => Promise<void>, conflictText: (error: ApiError) => string) {
  const [message, setMessage] = useState<Message>();

  async function failed(e: unknown) {
    if (e instanceof ApiError && e.code === 'CONFLICT') {
      setMessage({ kind: 'error', text: conflictText(e) });
      await reload();
    } else {
      setMessage({ kind: 'error', text: errorMessage(e) });
      if (e instanceof ApiError && e.code === 'NOT_FOUND') {
        await reload();
      }
    }
  }

  async function changed(text: string) {
    setMessage({ kind: 'success', text });
    await reload();
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
