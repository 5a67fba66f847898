import { AMBIGUOUS_KEYS, FUNCTION_KEYS, PARTICLE_KEYS, TITLE_KEYS, WORD, WORD_FLAGS } from './lexicon';
import { lookupKey } from './normalise';
import { type Token, tokenise } from './tokens';
import type { Replacement } from './types';

/**
 * The conversation's people-mentioned list is the strongest evidence there is: the interviewer
 * wrote those names down. Each entry matches whole and by any part of it that holds a real name
 * part ("Fatima el Amrani" also finds "Fatima", "el Amrani" and "Amrani"), case-insensitively and
 * without regard to accents, because notes are typed fast.
 */
type Variant = readonly string[];

function variantsOf(entry: string): Variant[] {
  // Titles and abbreviations ("Mevr.", "dhr") are how the interviewer wrote it down, not the name.
  const parts = tokenise(entry)
    .map((token) => ({ key: keyOf(token), abbreviated: entry[token.end] === '.' }))
    .filter((part) => !TITLE_KEYS.has(part.key) && !part.abbreviated)
    .map((part) => part.key);
  return variantsOfParts(parts);
}

function variantsOfParts(parts: readonly string[]): Variant[] {
  const variants: Variant[] = [];
  for (let from = 0; from < parts.length; from++) {
    for (let to = from + 1; to <= parts.length; to++) {
      const variant = parts.slice(from, to);
      const last = variant[variant.length - 1] ?? '';
      const hasName = variant.some((part) => !PARTICLE_KEYS.has(part) && part.length >= 2);
      if (hasName && !PARTICLE_KEYS.has(last)) variants.push(variant);
    }
  }
  return variants;
}

/** Variants by their first key, longest first, so the fullest form of a name wins at each place. */
function indexVariants(variants: readonly Variant[]): Map<string, Variant[]> {
  const index = new Map<string, Variant[]>();
  for (const variant of variants) {
    const first = variant[0] ?? '';
    const list = index.get(first) ?? [];
    list.push(variant);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

export function indexPeopleMentioned(entries: readonly string[]): Map<string, Variant[]> {
  return indexVariants(entries.flatMap(variantsOf));
}

/** The names the rules found, indexed like a people-mentioned list, from the tokens they cover. */
export function indexFoundNames(
  tokens: readonly Token[],
  names: readonly Replacement[],
): Map<string, Variant[]> {
  const variants: Variant[] = [];
  let t = 0;
  for (const name of names) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < name.start) t++;
    const parts: string[] = [];
    for (let k = t; k < tokens.length && (tokens[k]?.end ?? 0) <= name.end; k++) {
      const token = tokens[k];
      // Initials ("J." of "J. de Vries") say too little on their own elsewhere in the text.
      if (token && token.text.length > 1) parts.push(keyOf(token));
    }
    // "van dam" again in full is the name again; a part made only of words ("de weg", "dam") is
    // mostly the word. (So "ze ging van de weg af" after "dhr van de weg" is taken for him.)
    const ordinary = (part: string) =>
      PARTICLE_KEYS.has(part) || ((WORD_FLAGS.get(part) ?? 0) & WORD.ordinary) !== 0;
    variants.push(
      ...variantsOfParts(parts).filter(
        (variant) => variant.length === parts.length || !variant.every(ordinary),
      ),
    );
  }
  return indexVariants(variants);
}

/** Lower-case words carry no full lookup key (tokens.ts); a listed "Ayşe" must still find "ayse". */
function keyOf(token: Token): string {
  if (token.capitalised) return token.key;
  // Most small words are plain ASCII letters already: their text is their key.
  const { text } = token;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || code === 45 || code === 39)) return lookupKey(text);
  }
  return text;
}

function joinedBySpace(text: string, left: Token, right: Token): boolean {
  return (
    right.start > left.end && right.start - left.end <= 2 && text.slice(left.end, right.start).trim() === ''
  );
}

function matchesAt(
  text: string,
  tokens: readonly Token[],
  at: number,
  variant: Variant,
  capitalisedOnly: boolean,
): boolean {
  for (let k = 0; k < variant.length; k++) {
    const token = tokens[at + k];
    if (!token || keyOf(token) !== variant[k]) return false;
    if (capitalisedOnly && !token.capitalised && !PARTICLE_KEYS.has(token.key)) return false;
    const previous = tokens[at + k - 1];
    if (k > 0 && previous && !joinedBySpace(text, previous, token)) return false;
  }
  // A lone lower-case word that is also an ordinary word ("will", "roos") is not the person.
  const only = tokens[at];
  if (variant.length === 1 && only && !only.capitalised) {
    const key = keyOf(only);
    return !(FUNCTION_KEYS.has(key) || AMBIGUOUS_KEYS.has(key) || PARTICLE_KEYS.has(key));
  }
  return true;
}

/**
 * The first of `candidates` that matches at token `at`. A loop, not candidates.find(…): a closure
 * over the loop's index would cost an allocation for every word of the note.
 */
function firstMatch(
  text: string,
  tokens: readonly Token[],
  at: number,
  candidates: readonly Variant[] | undefined,
  capitalisedOnly: boolean,
): Variant | undefined {
  if (candidates === undefined) return undefined;
  for (const candidate of candidates)
    if (matchesAt(text, tokens, at, candidate, capitalisedOnly)) return candidate;
  return undefined;
}

/**
 * `capitalisedOnly` is for names the rules found elsewhere in the same text: "Vrede" found as a
 * surname makes "Vrede" a name further on, but not "vrede" (peace).
 */
export function findPeopleMentioned(
  text: string,
  tokens: readonly Token[],
  index: ReadonlyMap<string, readonly Variant[]>,
  capitalisedOnly = false,
): Replacement[] {
  const spans: Replacement[] = [];
  if (index.size === 0) return spans;
  // Every word of the note is asked; the length of its key turns most away before the map must hash it.
  const lengths = new Set<number>();
  for (const key of index.keys()) lengths.add(key.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || (capitalisedOnly && !token.capitalised)) continue;
    const key = keyOf(token);
    if (!lengths.has(key.length)) continue;
    const variant = firstMatch(text, tokens, i, index.get(key), capitalisedOnly);
    const last = variant ? tokens[i + variant.length - 1] : undefined;
    if (!variant || !last) continue;
    spans.push({ start: token.start, end: last.end, type: 'person' });
    i += variant.length - 1;
  }
  return spans;
}
