import { BUILT_IN_GUIDES } from '../domain/guides/built-in';
import type { Guide, GuideLanguage } from '../domain/guides/guide';
import type { BuurtgesprekDatabase } from './database';

/**
 * Guides come from two places: the built-in ones shipped in code, and the ones interviewers and
 * coaches made on this device. Stored versions are never changed, only added.
 */
export async function guidesIn(db: BuurtgesprekDatabase, language: GuideLanguage): Promise<Guide[]> {
  const own = await db.guides.where('id').notEqual('').toArray();
  const newest = new Map<string, Guide>();
  for (const guide of [...BUILT_IN_GUIDES, ...own]) {
    if (guide.language !== language) continue;
    const seen = newest.get(guide.id);
    if (!seen || seen.version < guide.version) newest.set(guide.id, guide);
  }
  return [...newest.values()];
}

export async function findGuide(
  db: BuurtgesprekDatabase,
  id: string,
  version: number,
  language: GuideLanguage,
): Promise<Guide | undefined> {
  const builtIn = BUILT_IN_GUIDES.find(
    (guide) => guide.id === id && guide.version === version && guide.language === language,
  );
  return builtIn ?? (await db.guides.get([id, language, version]));
}

/** A conversation keeps following the guide version it started with, in whichever language exists. */
export async function guideOfConversation(
  db: BuurtgesprekDatabase,
  id: string,
  version: number,
  preferred: GuideLanguage,
): Promise<Guide | undefined> {
  return (
    (await findGuide(db, id, version, preferred)) ??
    (await findGuide(db, id, version, preferred === 'nl' ? 'en' : 'nl'))
  );
}

export async function storeGuide(db: BuurtgesprekDatabase, guide: Guide): Promise<void> {
  // add, not put: an existing version is immutable, and overwriting one must fail loudly.
  await db.guides.add({ ...guide, builtIn: false });
}
