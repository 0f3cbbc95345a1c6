import type { QueryClient } from '@tanstack/react-query';
import { isClientError } from './errors';

const MAX_QUERY_RETRIES = 3;

/**
 * Queries: a 4xx will not change by asking again (and a 429 is already waited out by
 * the rate-limit gate), so only 5xx and network failures are retried, at most 3 times.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (isClientError(error)) return false;
  return failureCount < MAX_QUERY_RETRIES;
}

/** 1 s, 2 s, 4 s ... capped at 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 30_000);
}

/**
 * Retries one idempotent read on 5xx or network failure (never on 4xx), for loops that
 * fetch many pages, where retrying the whole query would throw away the pages already in.
 */
export async function withRetries<T>(
  read: () => Promise<T>,
  signal?: AbortSignal,
  delay: (attempt: number) => number = retryDelay,
): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await read();
    } catch (error) {
      if (signal?.aborted || !shouldRetryQuery(failures, error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay(failures)));
    }
  }
}

/** The wait between retries the query client was built with (none in tests). */
export function retryDelayOf(client: QueryClient): (attempt: number) => number {
  const configured = client.getDefaultOptions().queries?.retryDelay;
  if (typeof configured === 'number') return () => configured;
  if (typeof configured === 'function')
    return (attempt) => configured(attempt, new Error('A page could not be read.'));
  return retryDelay;
}
