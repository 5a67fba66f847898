import { anonymise, type PiiType, PLACEHOLDERS } from '../anonymiser';
import type { Note } from '../note';
import type { ValueTag } from '../tallies';
import type { ValueId } from '../values';
import { SUMMARY_LIMITS } from '../wire/summary';

/**
 * The quotes of a conversation as the interviewer reviews them before sharing: each passes the
 * anonymiser, may be redacted further by hand, and leaves only when approved one by one.
 */

/** What the interviewer puts where they redact by hand. */
export const REDACTED_BY_HAND = '[weggelaten]';

export type MarkKind = PiiType | 'by-hand';

export interface QuoteCandidate {
  quoteId: string;
  /** The quote after the anonymiser and any redaction by hand: what would be sent. */
  text: string;
  /** The values tagged on the quote's note: the values circle reads quotes per value. */
  valueIds: ValueId[];
  approved: boolean;
}

/** Every marked quote of the conversation, anonymised, none approved yet: approval is a deliberate act. */
export function quoteCandidates(
  notes: readonly Note[],
  peopleMentioned: readonly string[],
  valueTags: readonly ValueTag[] = [],
): QuoteCandidate[] {
  return notes.flatMap((note) => {
    const tagged = valueTags.filter((tag) => tag.noteId === note.id).map((tag) => tag.valueId);
    const valueIds = [...new Set(tagged)];
    return note.quotes.map((quote) => ({
      quoteId: quote.id,
      text: anonymise(quote.text, { peopleMentioned }).text,
      valueIds,
      approved: false,
    }));
  });
}

/** Replaces `text[start, end)` with the hand-redaction mark, widened to whole words. */
export function redactByHand(text: string, start: number, end: number): string {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  if (from === to) return text;
  while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1] ?? '')) from--;
  while (to < text.length && /[\p{L}\p{N}]/u.test(text[to] ?? '')) to++;
  return text.slice(0, from) + REDACTED_BY_HAND + text.slice(to);
}

/** An edited quote goes through the anonymiser again: typing cannot bring a name back in. */
export function reviseQuote(edited: string, peopleMentioned: readonly string[]): string {
  return anonymise(edited.trim(), { peopleMentioned }).text;
}

export interface QuoteSegment {
  text: string;
  /** Set where the text is a placeholder, so the preview can highlight and name it. */
  mark: MarkKind | null;
}

const MARKS: ReadonlyMap<string, MarkKind> = new Map<string, MarkKind>([
  ...Object.entries(PLACEHOLDERS).map(([type, placeholder]) => [placeholder, type as PiiType] as const),
  [REDACTED_BY_HAND, 'by-hand'],
]);
const MARK_PATTERN = new RegExp(
  [...MARKS.keys()].map((mark) => mark.replace(/[[\]\\^$.*+?()|{}-]/g, '\\$&')).join('|'),
  'g',
);

/** Splits a quote into plain text and placeholders, for highlighting every replacement. */
export function segmentsOf(text: string): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(MARK_PATTERN)) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), mark: null });
    segments.push({ text: match[0], mark: MARKS.get(match[0]) ?? 'by-hand' });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

export type QuoteProblem = 'too-long' | 'too-many' | 'empty';

/** Why the approved quotes cannot be sent as they are, per quote id; empty when they can. */
export function quoteProblems(candidates: readonly QuoteCandidate[]): Map<string, QuoteProblem> {
  const problems = new Map<string, QuoteProblem>();
  const approved = candidates.filter((candidate) => candidate.approved);
  approved.forEach((candidate, index) => {
    if (candidate.text.trim() === '') problems.set(candidate.quoteId, 'empty');
    else if (candidate.text.length > SUMMARY_LIMITS.quoteLength) problems.set(candidate.quoteId, 'too-long');
    else if (index >= SUMMARY_LIMITS.quotes) problems.set(candidate.quoteId, 'too-many');
  });
  return problems;
}
