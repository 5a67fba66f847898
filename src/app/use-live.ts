import { useEffect, useState } from 'preact/hooks';
import type { BuurtgesprekDatabase } from '../db/database';
import { watchQuery } from '../db/live';
import { useDevice } from './device';

/** The result of a repository query, kept current as the tables it reads change; undefined until the first answer. */
export function useLive<T>(
  query: (db: BuurtgesprekDatabase) => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const db = useDevice().db.value;
  const [result, setResult] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!db) return;
    return watchQuery(() => query(db), setResult);
    // The caller names what the query depends on.
  }, [db, ...deps]);
  return result;
}
