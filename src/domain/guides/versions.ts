import { type Guide, type GuideLanguage, isGuideId } from './guide';

/**
 * Versioning rules. A conversation records the (id, language, version) it followed, and that
 * version must read the same forever, so a guide is never edited in place: editing makes the next
 * version, and changing a built-in guide makes the interviewer's own copy.
 */
export interface GuideRef {
  id: string;
  language: GuideLanguage;
  version: number;
}

export function guideRef(guide: Guide): GuideRef {
  return { id: guide.id, language: guide.language, version: guide.version };
}

/** One string per guide version, for maps and storage keys: "mantelzorger/nl/3". */
export function guideKey(ref: GuideRef): string {
  return `${ref.id}/${ref.language}/${ref.version}`;
}

/** What an interviewer may change in a revision: identity and origin stay. */
export type GuideChanges = Partial<Pick<Guide, 'title' | 'description' | 'residentProfile' | 'sections'>>;

/** The interviewer's own copy: a new lineage starting at version 1. Pick `newId` with `guideIdFor`. */
export function duplicateGuide(guide: Guide, newId: string, newTitle: string): Guide {
  if (!isGuideId(newId)) throw new RangeError(`Not a guide id: ${newId.slice(0, 80)}`);
  return { ...guide, id: newId, title: newTitle, version: 1, builtIn: false };
}

/**
 * The next version of an interviewer's own guide. Revise the latest version (see `latestGuides`),
 * or two different guides would claim one version number.
 */
export function reviseGuide(guide: Guide, changes: GuideChanges): Guide {
  // A built-in id belongs to the app: its next version ships with an update. Duplicate it instead.
  if (guide.builtIn) throw new Error(`Built-in guide "${guide.id}" cannot be revised; duplicate it first`);
  const { title, description, residentProfile, sections } = { ...guide, ...changes };
  return { ...guide, title, description, residentProfile, sections, version: guide.version + 1 };
}

/** The newest version of each guide per language, in the order the guides first appear. */
export function latestGuides(guides: readonly Guide[]): Guide[] {
  const latest = new Map<string, Guide>();
  for (const guide of guides) {
    const lineage = `${guide.id}/${guide.language}`;
    const current = latest.get(lineage);
    if (!current || guide.version > current.version) latest.set(lineage, guide);
  }
  return [...latest.values()];
}

export type GuideImportProblem = 'built-in-id' | 'version-exists';

/**
 * Whether an imported guide may join the stored ones. A built-in id is reserved, and an existing
 * version is never overwritten (it may have been used); the UI can offer to import as a copy.
 */
export function guideImportProblem(incoming: Guide, existing: readonly Guide[]): GuideImportProblem | null {
  if (existing.some((guide) => guide.builtIn && guide.id === incoming.id)) return 'built-in-id';
  const key = guideKey(guideRef(incoming));
  return existing.some((guide) => guideKey(guideRef(guide)) === key) ? 'version-exists' : null;
}
