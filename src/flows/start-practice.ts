import { listAreas } from '../db/areas';
import { saveConversation } from '../db/conversations';
import type { BuurtgesprekDatabase } from '../db/database';
import { guidesToStartWith } from '../db/guides';
import { type Conversation, startPractice } from '../domain/conversation';
import type { GuideLanguage } from '../domain/guides/guide';
import { uuidv7 } from '../domain/uuid';

/** What a practice scenario decides about the conversation: the guide it follows and the profile. */
export interface PracticeStart {
  scenarioId: string;
  guideId: string;
  residentProfile: string;
}

/**
 * Starts a practice conversation with a made-up resident: no consent step (there is no resident),
 * the scenario's guide where this device may start it, otherwise the first guide it may. The
 * practice mark is set here, at the start, so nothing later has to remember to set it.
 */
export async function startPracticeConversation(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  start: PracticeStart,
  language: GuideLanguage,
  today: string,
  now: number = Date.now(),
): Promise<Conversation | null> {
  const [areas, guides] = await Promise.all([listAreas(db), guidesToStartWith(db, language)]);
  const guide = guides.find((candidate) => candidate.id === start.guideId) ?? guides[0];
  const area = areas[0];
  if (!guide || !area) return null;
  const conversation = startPractice(
    {
      areaId: area.id,
      guideId: guide.id,
      guideVersion: guide.version,
      guideLanguage: guide.language,
      date: today,
      residentProfile: start.residentProfile,
    },
    start.scenarioId,
    uuidv7(),
    now,
  );
  await saveConversation(db, key, conversation);
  return conversation;
}
