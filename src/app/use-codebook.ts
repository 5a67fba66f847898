import { useEffect, useState } from 'preact/hooks';
import { codebookForCircle, codebookInUse } from '../db/area-configuration';
import type { Codebook } from '../domain/themes';
import { useDevice } from './device';
import { useLive } from './use-live';

/** The theme codebook in use (the area's once enrolled), for every screen that names themes; null until read. */
export function useCodebook(): Codebook | null {
  const db = useDevice().db.value;
  const [codebook, setCodebook] = useState<Codebook | null>(null);
  useEffect(() => {
    if (db) void codebookInUse(db).then(setCodebook);
  }, [db]);
  return codebook;
}

/** The codebook that names the themes of one area's figures in the values circle; null until read. */
export function useCircleCodebook(areaId: string): Codebook | null {
  return useLive((db) => codebookForCircle(db, areaId), [areaId]) ?? null;
}
