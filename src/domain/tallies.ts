import { isValueId, VALUE_IDS, type ValueId } from './values';

/**
 * Value tags: while listening, the interviewer taps a value as experienced or missing, on one note
 * or (without `noteId`) on the conversation as a whole. Tallies feed the summary and, later, the
 * values circle's question "where do residents miss involvement?".
 */
export const VALUE_POLARITIES = ['experienced', 'missing'] as const;
export type ValuePolarity = (typeof VALUE_POLARITIES)[number];

export interface ValueTag {
  valueId: ValueId;
  polarity: ValuePolarity;
  noteId?: string;
}

export interface ValueCount {
  experienced: number;
  missing: number;
}

export type ValueTally = Record<ValueId, ValueCount>;

/** Every value present, so a value nobody mentioned shows as 0 rather than disappearing. */
export function emptyTally(): ValueTally {
  return Object.fromEntries(VALUE_IDS.map((id) => [id, { experienced: 0, missing: 0 }])) as ValueTally;
}

export function tallyValues(tags: readonly ValueTag[]): ValueTally {
  const tally = emptyTally();
  for (const tag of tags) {
    // Stored tags outlive code versions: skip anything this version does not know rather than crash.
    if (!isValueId(tag.valueId)) continue;
    if (tag.polarity === 'experienced') tally[tag.valueId].experienced += 1;
    else if (tag.polarity === 'missing') tally[tag.valueId].missing += 1;
  }
  return tally;
}

/** The place a tag occupies: one value on one note (or on the conversation). At most one tag per place. */
function samePlace(tag: ValueTag, valueId: ValueId, noteId: string | undefined): boolean {
  return tag.valueId === valueId && tag.noteId === noteId;
}

/** What the value's buttons show for a note: which polarity is on, if any. */
export function valueTagState(
  tags: readonly ValueTag[],
  valueId: ValueId,
  noteId?: string,
): ValuePolarity | null {
  return tags.find((tag) => samePlace(tag, valueId, noteId))?.polarity ?? null;
}

/**
 * One tap on a value button: adds the tag, removes it when that polarity was already on, or switches
 * experienced ↔ missing. The tag keeps its position on a switch, so lists do not jump under a finger.
 */
export function toggleValueTag(tags: readonly ValueTag[], tap: ValueTag): ValueTag[] {
  const { valueId, polarity, noteId } = tap;
  const index = tags.findIndex((tag) => samePlace(tag, valueId, noteId));
  const tapped: ValueTag = noteId === undefined ? { valueId, polarity } : { valueId, polarity, noteId };
  if (index === -1) return [...tags, tapped];
  const current = tags[index];
  const turnOff = current?.polarity === polarity;
  // Any further tags in the same place (older data) go too, restoring the one-per-place rule.
  return tags.flatMap((tag, at) => {
    if (at === index) return turnOff ? [] : [tapped];
    return samePlace(tag, valueId, noteId) ? [] : [tag];
  });
}

/** Removes every tag on a note, e.g. when the note is deleted. */
export function withoutNoteTags(tags: readonly ValueTag[], noteId: string): ValueTag[] {
  return tags.filter((tag) => tag.noteId !== noteId);
}
