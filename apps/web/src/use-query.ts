import { useCallback, useEffect, useState } from 'react';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { request } from './api';

export interface QueryState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a query when its variables (compared as JSON) or `refresh` change, and keeps the last answer while
 * reloading.
 */
export function useQuery<R, V>(document: DocumentTypeDecoration<R, V>, variables: V, refresh?: string | number): QueryState<R> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: R; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    request(document, JSON.parse(key) as V).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [document, key, tick, refresh]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
