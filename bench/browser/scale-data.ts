import { defaultAreas } from '../../src/domain/areas';
import {
  CONVERSATION_PROFILES,
  type Conversation,
  type ConversationStatus,
} from '../../src/domain/conversation';
import type { ConversationFilter } from '../../src/domain/conversation-filter';
import { BUILT_IN_GUIDES } from '../../src/domain/guides/built-in/index';
import type { Note } from '../../src/domain/note';
import { VALUE_POLARITIES, type ValueTag } from '../../src/domain/tallies';
import { defaultCodebook } from '../../src/domain/themes';
import { VALUE_IDS } from '../../src/domain/values';
import { between, noteText, pick, seededRandom, seededUuid, seedFor, WORDS, word } from './dutch-text';
import type { ScaleOptions } from './scale-bench-result';

/**
 * The invented field data set: conversation i (and its notes) depends only on the seed and i, so
 * any one can be rebuilt on its own, e.g. to write it again through the repositories.
 */

const AREA_IDS = defaultAreas().map((area) => area.id);
const THEME_IDS = defaultCodebook().themes.map((theme) => theme.id);
const GUIDES = BUILT_IN_GUIDES.filter((guide) => guide.language === 'nl');
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 8);

/** Which conversations carry which marker word: exactly `conversations` of them each. */
export function markerPlan(options: ScaleOptions): Map<number, string[]> {
  const plan = new Map<number, string[]>();
  const random = seededRandom(options.seed ^ 0x5eed);
  for (const marker of options.markers) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(marker.conversations, options.conversations))
      chosen.add(Math.floor(random() * options.conversations));
    for (const index of chosen) plan.set(index, [...(plan.get(index) ?? []), marker.word]);
  }
  return plan;
}

function statusOf(random: () => number): ConversationStatus {
  const roll = random();
  return roll < 0.85 ? 'completed' : roll < 0.95 ? 'in-progress' : 'draft';
}

function valueTags(random: () => number, noteIds: readonly string[]): ValueTag[] {
  return Array.from({ length: between(random, 0, 5) }, () => {
    const tag: ValueTag = { valueId: pick(random, VALUE_IDS), polarity: pick(random, VALUE_POLARITIES) };
    return random() < 0.6 ? { ...tag, noteId: pick(random, noteIds) } : tag;
  });
}

/** Conversation `index`: about two years of field work, ~14 a day, newest last. */
export function conversationAt(
  options: ScaleOptions,
  index: number,
  markers: ReadonlyMap<number, readonly string[]>,
): { conversation: Conversation; notes: Note[] } {
  const random = seededRandom(seedFor(options.seed, index));
  const id = seededUuid(random);
  const guide = pick(random, GUIDES);
  const day = FIRST_DAY + Math.floor((index / options.conversations) * 730) * DAY_MS;
  const startedAt = day + between(random, 9, 20) * 3_600_000;
  const prompts = guide.sections.flatMap((section) => section.prompts.map((prompt) => prompt.id));
  // One note per prompt and a free note, as noteIdFor() names them; a longer guide than the
  // built-in ones (17–18 prompts) makes up the rest, so every conversation has the same count.
  const promptIds: (string | null)[] = [null];
  for (let n = 0; promptIds.length < options.notesPerConversation; n++)
    promptIds.push(prompts[n] ?? `aanvulling-${n - prompts.length + 1}`);
  const markerNote = between(random, 0, promptIds.length - 1);
  const notes: Note[] = promptIds.map((promptId, position) => {
    const text = noteText(
      random,
      between(random, 140, 320),
      position === markerNote ? (markers.get(index) ?? []) : [],
    );
    const quoted = random() < 0.2 ? text.slice(0, text.indexOf(' ', 40) + 1 || 40).trim() : null;
    return {
      id: `${id}:${promptId ?? 'free'}`,
      conversationId: id,
      promptId,
      text,
      quotes: quoted ? [{ id: seededUuid(random), text: quoted }] : [],
      updatedAt: startedAt + position * 90_000,
    };
  });
  const status = statusOf(random);
  const conversation: Conversation = {
    id,
    areaId: pick(random, AREA_IDS),
    guideId: guide.id,
    guideVersion: guide.version,
    guideLanguage: guide.language,
    date: new Date(day).toISOString().slice(0, 10),
    residentProfile: pick(random, CONVERSATION_PROFILES),
    status,
    revision: status === 'completed' ? (random() < 0.1 ? 2 : 1) : 0,
    updatedAt: startedAt + promptIds.length * 90_000 + between(random, 0, 3_600_000),
    consent:
      status === 'draft'
        ? null
        : { notes: true, themesAndValues: true, quotes: random() < 0.7, recordedAt: startedAt },
    valueTags: valueTags(
      random,
      notes.map((note) => note.id),
    ),
    themeIds: [...new Set(Array.from({ length: between(random, 0, 3) }, () => pick(random, THEME_IDS)))],
    obstacles: Array.from({ length: between(random, 0, 2) }, () => ({
      id: seededUuid(random),
      text: noteText(random, 40),
      themeId: random() < 0.7 ? pick(random, THEME_IDS) : null,
    })),
    followUp: random() < 0.5 ? noteText(random, 60) : '',
    peopleMentioned: random() < 0.2 ? [pick(random, ['buurvrouw Anja', 'haar zoon', 'meneer Pinas'])] : [],
  };
  return { conversation, notes };
}

/**
 * ~50 queries of one to three terms, as an interviewer types them: common words, rare marker
 * words, words from the long tail, accent folding, partial words and terms that match nothing.
 */
export function searchQueries(options: ScaleOptions): string[] {
  const random = seededRandom(options.seed ^ 0x9e37);
  const common = WORDS.slice(40, 160);
  const tail = WORDS.slice(200);
  const markers = options.markers.map((marker) => marker.word);
  const queries: string[] = [
    ...Array.from({ length: 10 }, () => pick(random, common)),
    ...markers,
    ...Array.from({ length: 4 }, () => pick(random, tail)),
    'cafe',
    'Café',
    'ideeen',
    'Coordinator',
    'buurt',
    'vrijwillig',
    'zeppelin',
    'xylofoonles',
  ];
  while (queries.length < 36) queries.push(`${pick(random, common)} ${pick(random, common)}`);
  while (queries.length < 41) queries.push(`${pick(random, common)} ${pick(random, markers)}`);
  while (queries.length < 50) queries.push(`${word(random)} ${pick(random, common)} ${pick(random, tail)}`);
  return queries;
}

/** Filters as an interviewer combines them with a search; all on fields stored in the clear. */
export const FILTERS: readonly ConversationFilter[] = [
  { areaId: 'driemond' },
  { status: 'in-progress' },
  { value: { valueId: 'betrokkenheid', polarity: 'missing' } },
  { themeId: 'eenzaamheid' },
  { from: '2025-01-01', until: '2025-03-31' },
  { areaId: 'gaasperdam', status: 'completed' },
  { guideId: 'mantelzorger' },
  { areaId: 'bijlmer-oost', themeId: 'wonen', from: '2024-06-01' },
];
