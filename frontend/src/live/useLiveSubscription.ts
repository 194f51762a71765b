// A live subscription for as long as a component is mounted.
import { useEffect, useRef, useState } from 'react';
import type { GraphQLDocument } from '../api';
import { type LiveState, type LiveVariables, liveSubscribe } from './subscribe';

/**
 * A subscription for as long as the component is mounted (and `enabled`). `onData` and `onGap` may change between
 * renders without restarting it; a change of `subscription` or `variables` starts a new one.
 */
export function useLiveSubscription<T, V>(
  subscription: GraphQLDocument<T, V>,
  variables: LiveVariables<V>,
  handlers: { cursor: (data: T) => string | undefined; onData: (data: T) => void; onGap?: () => void; enabled?: boolean },
): { state: LiveState; problem?: string } {
  const [status, setStatus] = useState<{ state: LiveState; problem?: string }>({ state: 'connecting' });
  const latest = useRef(handlers);
  latest.current = handlers;
  const key = JSON.stringify(variables);
  const enabled = handlers.enabled ?? true;

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    return liveSubscribe<T, V>({
      subscription,
      variables: JSON.parse(key) as LiveVariables<V>,
      cursor: (data) => latest.current.cursor(data),
      onData: (data) => latest.current.onData(data),
      onGap: () => latest.current.onGap?.(),
      onState: (state, problem) => setStatus({ state, problem }),
    });
  }, [subscription, key, enabled]);

  return status;
}
