// The one query cache: screens read through useApiQuery (a generated document, its cache key), changes go through
// useChange, which refreshes exactly the cached queries the change touched. Answers of a superseded request are
// dropped by the cache (a key keeps only its latest fetch), so a slow old answer never replaces a newer one.
import { QueryClient, type QueryKey, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError, GraphQLDocument, VariablesArg } from '../api';
import { request } from '../api';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // No silent retries (a failed load shows its error with "Try again") and no reload on window focus: a screen loads
    // when it opens, after a change that touched it, and when live updates say so.
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/** One query as the cache runs it: `document` with `variables`, cached under `key` (request throws only ApiError). */
export function apiQuery<TResult, TVariables>(
  key: QueryKey,
  document: GraphQLDocument<TResult, TVariables>,
  ...variables: VariablesArg<TVariables>
) {
  return queryOptions({ queryKey: key, queryFn: () => request(document, ...variables) });
}

/** One query of a screen, cached under `key`. */
export function useApiQuery<TResult, TVariables>(
  key: QueryKey,
  document: GraphQLDocument<TResult, TVariables>,
  ...variables: VariablesArg<TVariables>
) {
  return useQuery(apiQuery(key, document, ...variables));
}

/**
 * One mutation; once it succeeds, the queries under each key `affects` names are refreshed (those on screen are
 * loaded again, and `mutateAsync` resolves after that, so the screen shows the change when the form closes).
 */
export function useChange<TResult, TVariables>(
  document: GraphQLDocument<TResult, TVariables>,
  affects: (variables: TVariables, result: TResult) => readonly QueryKey[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => request(document, ...([variables] as VariablesArg<TVariables>)),
    onSuccess: (result, variables) => refresh(client, affects(variables, result)),
  });
}

/** Marks the queries under `keys` stale and loads again those on screen. */
export function refresh(client: QueryClient, keys: readonly QueryKey[]): Promise<unknown> {
  return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
}
