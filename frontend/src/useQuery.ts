// Loads one GraphQL query for a screen and reloads it on demand; stale answers are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, gql } from './api';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

export function useQuery<T>(query: string, variables: Record<string, unknown>): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(variables);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    setLoading(true);
    try {
      const result = await gql<T>(query, JSON.parse(key));
      if (request === latest.current) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (request === latest.current) {
        setError(e instanceof ApiError ? e : new ApiError('INTERNAL', 'Something went wrong.'));
      }
    } finally {
      if (request === latest.current) {
        setLoading(false);
      }
    }
  }, [query, key]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, error, loading, reload: load };
}
