// A partnership's governance changes, live: whoever else acknowledges an escalation, minutes a meeting or records a
// decision, this screen reads what it touches again shortly after (one refresh for a burst of changes).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { refresh } from '../data/cache';
import { keys } from '../data/keys';
import { useLiveSubscription } from '../live/useLiveSubscription';
import { GOVERNANCE_CHANGED } from './queries';

const REFRESH_DELAY_MS = 500;

/** Subscribes while `enabled`; answers the subscription's state and the last change in words, for a live region. */
export function useGovernanceLive(partnershipId: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  const timer = useRef<number | undefined>(undefined);

  const refreshSoon = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void refresh(queryClient, [keys.governance(partnershipId), keys.forMe]), REFRESH_DELAY_MS);
  }, [queryClient, partnershipId]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const live = useLiveSubscription(
    GOVERNANCE_CHANGED,
    { partnershipId },
    {
      enabled,
      cursor: (d) => d.governanceChanged.id,
      onData: (d) => {
        setAnnouncement(d.governanceChanged.summary);
        refreshSoon();
      },
      onGap: refreshSoon,
    },
  );
  return { ...live, announcement };
}
