// What a change to a partnership's metrics touches in the cache, and the hook its forms change them with.
import type { QueryKey } from '@tanstack/react-query';
import type { GraphQLDocument } from '../api';
import { useChange } from '../data/cache';
import { keys } from '../data/keys';

/** The dashboard and the partnership page's card, the partnership page (health, activity) and the list (health). */
export function touchedByMetrics(partnershipId: string): QueryKey[] {
  return [keys.metrics(partnershipId), keys.overview(partnershipId), keys.partnerships];
}

/** A change to the partnership's metrics: once it succeeds, what it touches is loaded again. */
export function useMetricChange<TResult, TVariables>(document: GraphQLDocument<TResult, TVariables>, partnershipId: string) {
  return useChange(document, () => touchedByMetrics(partnershipId));
}
