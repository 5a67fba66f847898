import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { allGuides } from '../../db/guides';
import { BUILT_IN_GUIDES } from '../../domain/guides/built-in';
import type { Guide } from '../../domain/guides/guide';
import { useDevice } from '../device';

/** Raised after every stored guide, so whatever view is open reads the guides again. */
const changes = signal(0);

export function guidesChanged(): void {
  changes.value += 1;
}

export interface GuideShelf {
  /** Every version of every guide, all languages; null until first read. */
  guides: readonly Guide[] | null;
  /** False while a newer write is being read: what is missing may just not be read yet. */
  current: boolean;
}

export function useAllGuides(): GuideShelf {
  const device = useDevice();
  const db = device.db.value;
  const storageFailed = device.openProblem.value !== null;
  const stamp = changes.value;
  const [loaded, setLoaded] = useState<{ guides: readonly Guide[]; stamp: number } | null>(null);

  useEffect(() => {
    if (!db) return;
    let live = true;
    allGuides(db)
      // Without readable storage the built-in guides still work: they ship with the app.
      .catch(() => BUILT_IN_GUIDES)
      .then((guides) => {
        if (live) setLoaded({ guides, stamp });
      });
    return () => {
      live = false;
    };
  }, [db, stamp]);

  if (!db)
    return storageFailed ? { guides: BUILT_IN_GUIDES, current: true } : { guides: null, current: false };
  return { guides: loaded?.guides ?? null, current: loaded?.stamp === stamp };
}
