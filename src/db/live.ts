import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever a table it read changes, in this tab, another tab or the
 * service worker (Dexie broadcasts changes between them). Returns the way to stop watching.
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  onResult: (result: T) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onResult, error: onError });
  return () => subscription.unsubscribe();
}
