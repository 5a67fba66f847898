import type { Guide } from '../../domain/guides/guide';
import type { GuideDraft } from './guide-draft';

/**
 * Editor drafts that are not stored yet, per guide and language. In memory only: leaving the
 * editor (a tap on the menu, the back button) must not cost what was typed, and a guide holds
 * nothing about residents, so keeping it until the tab closes is harmless.
 */
const drafts = new Map<string, GuideDraft>();

const keyOf = (guide: Guide) => `${guide.id}/${guide.language}`;

export function keptDraft(guide: Guide): GuideDraft | undefined {
  return drafts.get(keyOf(guide));
}

export function keepDraft(guide: Guide, draft: GuideDraft): void {
  drafts.set(keyOf(guide), draft);
}

export function dropDraft(guide: Guide): void {
  drafts.delete(keyOf(guide));
}
