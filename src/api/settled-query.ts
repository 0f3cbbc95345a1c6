import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * The query's data once no fetch is running. A streamed query (playlist items, Liked
 * Songs) already has data while its pages still arrive, and fetchQuery returns that
 * partial list as fresh: whoever needs every row (an export, a duplicate check) waits here.
 */
export async function settledQueryData<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
): Promise<T> {
  await queryClient.fetchQuery(options);
  const idle = () => queryClient.getQueryState(options.queryKey)?.fetchStatus !== 'fetching';
  if (!idle())
    await new Promise<void>((resolve) => {
      const unsubscribe = queryClient.getQueryCache().subscribe(() => {
        if (!idle()) return;
        unsubscribe();
        resolve();
      });
    });
  const state = queryClient.getQueryState<T>(options.queryKey);
  if (state?.error) throw state.error;
  return state!.data as T;
}
