import { allGuides } from '../../db/guides';
import { BUILT_IN_GUIDE_IDS, BUILT_IN_GUIDES } from '../../domain/guides/built-in';
import { parseGuideFile } from '../../domain/guides/file';
import { GUIDE_LIMITS, type Guide, guideIdFor } from '../../domain/guides/guide';
import { type GuideProblem, guideProblem } from '../../domain/guides/problems';
import { duplicateGuide, type GuideImportProblem, guideImportProblem } from '../../domain/guides/versions';
import type { Device } from '../device';

/** Makes the guide an import stores: the file's own, or a copy of it. */
export type GuideToStore = () => Promise<Guide>;

export type FileCheck =
  | { kind: 'ok'; guide: Guide }
  | { kind: 'refused'; problems: readonly GuideProblem[] }
  | { kind: 'unreadable' }
  | { kind: 'conflict'; guide: Guide; problem: GuideImportProblem };

/** What is on the device; if storage cannot be read, storing will refuse a clash anyway (add, not put). */
async function guidesOn(device: Device): Promise<readonly Guide[]> {
  const db = device.db.value;
  return db ? allGuides(db).catch(() => BUILT_IN_GUIDES) : BUILT_IN_GUIDES;
}

/**
 * Everything an import checks before anything is stored: the size before reading (a phone
 * should not load a huge file into memory), the file itself, then whether it may join the guides
 * on this device. Stored guides are read fresh: another tab may have added one meanwhile.
 */
export async function checkGuideFile(file: File, device: Device): Promise<FileCheck> {
  if (file.size > GUIDE_LIMITS.fileBytes) {
    return {
      kind: 'refused',
      problems: [guideProblem('', 'file-too-large', { maxBytes: GUIDE_LIMITS.fileBytes })],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'unreadable' };
  }
  const result = parseGuideFile(text);
  if (!result.ok) return { kind: 'refused', problems: result.errors };
  const problem = guideImportProblem(result.guide, await guidesOn(device));
  return problem ? { kind: 'conflict', guide: result.guide, problem } : { kind: 'ok', guide: result.guide };
}

/** The interviewer's own copy of a guide: a new id and version 1, so nothing stored is touched. */
export async function copyOf(guide: Guide, title: string, device: Device): Promise<Guide> {
  const taken = new Set([...(await guidesOn(device)).map((stored) => stored.id), ...BUILT_IN_GUIDE_IDS]);
  const copyTitle = title.slice(0, GUIDE_LIMITS.titleLength);
  return duplicateGuide(guide, guideIdFor(copyTitle, taken), copyTitle);
}
