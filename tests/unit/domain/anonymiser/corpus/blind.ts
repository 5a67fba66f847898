import { BLIND_A } from './blind-a';
import { BLIND_B } from './blind-b';
import { type ParsedNote, parseNote } from './labelled';

/**
 * The blind corpus: 330 messy field notes (lowercase, abbreviations, typos, Dutch and English,
 * hard negatives) written and labelled by two writers who never saw the anonymiser's rules.
 * Nobody tunes a rule while looking at its failures here: it measures how the rules, written from
 * kinds of text, hold on text nobody wrote them from.
 */
export const BLIND_CORPUS: readonly ParsedNote[] = [...BLIND_A, ...BLIND_B].map(parseNote);
export const BLIND_PARTS: Readonly<Record<'a' | 'b', readonly ParsedNote[]>> = {
  a: BLIND_A.map(parseNote),
  b: BLIND_B.map(parseNote),
};
