import { anonymise } from '../anonymiser';
import type { Conversation } from '../conversation';
import type { Guide } from '../guides/guide';
import type { Note } from '../note';
import type { ReviewPackage } from './review';

// The copy of a conversation a coach reads, made from the interviewer's choices. Apart from the
// package's shape (./review.ts) because it runs the anonymiser: whatever only stores or reads
// packages (the feedback pick-up at start, the coach's list) then loads without the anonymiser's
// word lists, which take long to set up on a phone.

/** Put where the interviewer cut a passage out, so the coach sees that something was there. */
export const REMOVED_MARK = '[…]';

export interface ReviewCopyOptions {
  anonymise: boolean;
  /** Passages to leave out: UTF-16 offsets into the note's original text, `end` exclusive. */
  removed: readonly { noteId: string; start: number; end: number }[];
  /** Her private reflection goes along only when the interviewer ticks it. */
  includeReflection?: boolean;
  /** Names for theme ids, from the interviewer's codebook; only those the copy uses go along. */
  themeLabels?: readonly { id: string; label: string }[];
  /** The interviewer's pseudonym for coaching, as cleaned by `cleanPseudonym`; null for none. */
  pseudonym?: string | null;
}

/** Sorted, clamped and merged, so overlapping or touching cuts leave one mark. */
function mergedRanges(ranges: readonly { start: number; end: number }[], length: number) {
  const clamp = (at: number) => Math.min(Math.max(Number.isFinite(at) ? Math.trunc(at) : 0, 0), length);
  const sorted = ranges
    .map(({ start, end }) => ({ start: clamp(Math.min(start, end)), end: clamp(Math.max(start, end)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function cut(original: string, ranges: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of mergedRanges(ranges, original.length)) {
    out += original.slice(at, start) + REMOVED_MARK;
    at = end;
  }
  return out + original.slice(at);
}

export function reviewCopy(
  conversation: Conversation,
  notes: readonly Note[],
  guide: Guide | null,
  options: ReviewCopyOptions,
  now: number,
): ReviewPackage {
  const names = { peopleMentioned: conversation.peopleMentioned };
  const clean = (value: string) => (options.anonymise ? anonymise(value, names).text : value);
  const copiedNotes = notes
    .filter((note) => note.conversationId === conversation.id)
    .map((note) => {
      const cuts = options.removed.filter((removal) => removal.noteId === note.id);
      const kept = cuts.length > 0 ? cut(note.text, cuts) : note.text;
      // A quote is a passage of its note: where passages were cut, only quotes still standing whole
      // in what is left go along, so a removed passage cannot travel on as a quote.
      const quotes =
        cuts.length > 0
          ? note.quotes.filter((quote) => quote.text !== '' && kept.includes(quote.text))
          : note.quotes;
      return {
        id: note.id,
        promptId: note.promptId,
        text: clean(kept),
        quotes: quotes.map((quote) => ({ id: quote.id, text: clean(quote.text) })),
      };
    });
  return {
    conversation: {
      id: conversation.id,
      guideId: conversation.guideId,
      guideVersion: conversation.guideVersion,
      guideLanguage: conversation.guideLanguage,
      date: conversation.date,
      residentProfile: conversation.residentProfile,
      valueTags: conversation.valueTags.map((tag) => ({ ...tag })),
      themeIds: [...conversation.themeIds],
      obstacles: conversation.obstacles.map((obstacle) => ({
        id: obstacle.id,
        text: clean(obstacle.text),
        themeId: obstacle.themeId,
      })),
      followUp: clean(conversation.followUp),
      ...(options.includeReflection &&
        conversation.reflection && { reflection: clean(conversation.reflection) }),
      ...(conversation.practice && { practice: { scenarioId: conversation.practice.scenarioId } }),
    },
    guide,
    notes: copiedNotes,
    anonymised: options.anonymise,
    sharedAt: now,
    ...(options.themeLabels && { themeLabels: usedLabels(conversation, options.themeLabels) }),
    ...(options.pseudonym && { pseudonym: options.pseudonym }),
  };
}

function usedLabels(conversation: Conversation, labels: readonly { id: string; label: string }[]) {
  const used = new Set([
    ...conversation.themeIds,
    ...conversation.obstacles.flatMap((obstacle) => (obstacle.themeId ? [obstacle.themeId] : [])),
  ]);
  return labels.filter((label) => used.has(label.id)).map(({ id, label }) => ({ id, label }));
}
