import { BUILT_IN_GUIDE_IDS, BUILT_IN_GUIDES } from '../domain/guides/built-in';
import type { Guide, GuideLanguage } from '../domain/guides/guide';
import { readAreaConfiguration } from './area-configuration';
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

/** Every guide version on this device, all languages: the built-in ones first, then those stored here. */
export async function allGuides(db: BuurtgesprekDatabase): Promise<Guide[]> {
  return [...BUILT_IN_GUIDES, ...(await db.guides.toArray())];
}

/**
 * Stores the next version of an interviewer's own guide and returns it as stored. The save queue
 * may retry a write that did land: finding its own record, it stores nothing. If another tab took
 * the version number meanwhile, this one becomes the next free version, because a stored version
 * is never overwritten and what was typed is never dropped.
 */
export async function storeGuideRevision(db: BuurtgesprekDatabase, guide: Guide): Promise<Guide> {
  // A built-in id belongs to the app (see reviseGuide); refusing here keeps a bug from shadowing one.
  if (BUILT_IN_GUIDE_IDS.has(guide.id)) throw new Error(`Built-in guide "${guide.id}" cannot be revised`);
  return db.transaction('rw', db.guides, async () => {
    const lineage = await db.guides
      .where('id')
      .equals(guide.id)
      .filter((stored) => stored.language === guide.language)
      .toArray();
    const taken = lineage.find((stored) => stored.version === guide.version);
    if (taken && sameContent(taken, { ...guide, builtIn: false })) return taken;
    const version = taken ? Math.max(...lineage.map((stored) => stored.version)) + 1 : guide.version;
    const revision: Guide = { ...guide, version, builtIn: false };
    await db.guides.add(revision);
    return revision;
  });
}

// Keys sorted, undefined fields dropped: two records with the same content give the same text.
function canonical(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sameContent(a: Guide, b: Guide): boolean {
  return JSON.stringify(a, canonical) === JSON.stringify(b, canonical);
}

/**
 * Keeps a guide version the organisation published, each language once. A version already here
 * (fetched before, or the same file imported) stays as it is: versions are immutable.
 */
export async function storePublishedGuide(db: BuurtgesprekDatabase, guide: Guide): Promise<boolean> {
  return db.transaction('rw', db.guides, async () => {
    if ((await db.guides.get([guide.id, guide.language, guide.version])) !== undefined) return false;
    await db.guides.add({ ...guide, builtIn: false });
    return true;
  });
}

/** Whether any language of this guide version is on the device (built in or stored). */
export async function hasGuideVersion(
  db: BuurtgesprekDatabase,
  id: string,
  version: number,
): Promise<boolean> {
  if (BUILT_IN_GUIDES.some((guide) => guide.id === id && guide.version === version)) return true;
  return (
    (await db.guides
      .where('id')
      .equals(id)
      .filter((guide) => guide.version === version)
      .count()) > 0
  );
}

/**
 * The guides a new conversation can follow. Once the device follows an area's configuration, the
 * newest version of each guide published there that the device holds: only those can be named in
 * a summary the server accepts. Before (a device used on its own), every guide here, as before.
 */
export async function guidesToStartWith(db: BuurtgesprekDatabase, language: GuideLanguage): Promise<Guide[]> {
  const stored = await readAreaConfiguration(db);
  if (stored === null) return guidesIn(db, language);
  const published = new Set(stored.response.configuration.guides.map((ref) => `${ref.id}/${ref.version}`));
  const own = await db.guides.where('id').notEqual('').toArray();
  const newest = new Map<string, Guide>();
  for (const guide of [...BUILT_IN_GUIDES, ...own]) {
    if (guide.language !== language || !published.has(`${guide.id}/${guide.version}`)) continue;
    const seen = newest.get(guide.id);
    if (!seen || seen.version < guide.version) newest.set(guide.id, guide);
  }
  return [...newest.values()];
}
