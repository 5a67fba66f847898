import { useEffect, useState } from 'preact/hooks';
import { readCodebook } from '../db/codebook';
import type { Codebook } from '../domain/themes';
import { useDevice } from './device';

/** The theme codebook, for every screen that names themes; null until read. */
export function useCodebook(): Codebook | null {
  const db = useDevice().db.value;
  const [codebook, setCodebook] = useState<Codebook | null>(null);
  useEffect(() => {
    if (db) void readCodebook(db).then(setCodebook);
  }, [db]);
  return codebook;
}
