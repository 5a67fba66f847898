import { storeGuideRevision } from '../../db/guides';
import type { Guide } from '../../domain/guides/guide';
import { type Device, withDatabase } from '../device';

export interface RevisionOutcome {
  stored(guide: Guide): void;
  failed(): void;
}

/**
 * Stores a new version through the save queue: if the device cannot store it now (full, blocked),
 * the queue keeps it, says so in its banner and retries; `stored` is called whenever it lands,
 * also after the editor was left. A newer save of the same guide replaces one still waiting.
 */
export function saveRevision(device: Device, revision: Guide, outcome: RevisionOutcome): void {
  device.saves.save(`guide:${revision.id}/${revision.language}`, revision, async (value) => {
    const result: { guide?: Guide } = {};
    try {
      await withDatabase(device, async (db) => {
        result.guide = await storeGuideRevision(db, value);
      });
    } catch (error) {
      outcome.failed();
      throw error;
    }
    if (result.guide) outcome.stored(result.guide);
  });
}
