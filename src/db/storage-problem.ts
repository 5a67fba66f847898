/**
 * Why the device could not save, in the few kinds the interviewer can act on.
 * - quota: the device (or the browser's share of it) is full;
 * - unavailable: no IndexedDB at all, e.g. some private-browsing modes;
 * - blocked: another tab keeps an older version of the app's database open;
 * - newer-version: this tab runs an older app than the one that last wrote the data;
 * - unknown: anything else; still kept in memory and retried.
 */
export type StorageProblem = 'quota' | 'unavailable' | 'blocked' | 'newer-version' | 'unknown';

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  message?: unknown;
}

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's DOMException in `inner`, sometimes twice (AbortError → QuotaExceededError).
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { name, inner } = current as ErrorLike;
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export function classifyStorageError(error: unknown): StorageProblem {
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'newer-version';
  if (
    names.some(
      (name) => name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError',
    )
  ) {
    return 'unavailable';
  }
  if (names.some((name) => name === 'BlockedError' || name === 'DatabaseClosedError')) return 'blocked';
  return 'unknown';
}
