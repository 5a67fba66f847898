import { ageInYearsAfter } from './age-after-name';
import { THING_ENDINGS } from './data/context-words';
import {
  AMBIGUOUS_KEYS,
  ARTICLE_KEYS,
  DEMONSTRATIVE_KEYS,
  INSTITUTION_KEYS,
  looksLikeStreet,
  NAMING_KEYS,
  PERSON_VERB_KEYS,
  PLACE_PREPOSITION_KEYS,
  RELATION_KEYS,
  STOP_KEYS,
  THING_WORD_KEYS,
  TITLE_KEYS,
  WEEKDAY_MONTH_KEYS,
  WORD,
} from './lexicon';
import type { Token } from './tokens';
import type { Replacement } from './types';

/**
 * Person names without the people-mentioned list. Capitalised words joined by single spaces (and
 * the particles between them) form a chain; a chain is a name when it carries evidence: a listed
 * first name or surname, a particle before a surname ("de Vries"), a title or relation before it
 * ("buurvrouw Marleen"), initials ("J. de Vries"), or — the heuristic — an unlisted capitalised
 * word in mid-sentence that does not follow an article or a place preposition ("naar Artis"). At a
 * sentence start an unlisted word needs a person's verb or an age after it ("Xolani vertelt").
 * Places, organisations, value words, days and sentence starters never join a chain.
 */
type Role = 'first' | 'surname' | 'particle-surname' | 'unknown' | null;

function roleOf(token: Token): Role {
  if (!token.capitalised || token.key.length < 2) return null;
  const { key } = token;
  if (key.includes('-')) {
    // Every part of a double name is capitalised ("Owusu-Ansah"); "K-buurt" and "Follow-up" are not.
    const parts = token.text.split('-');
    if (parts.some((part, n) => n > 0 && part.length > 1 && part[0] === part[0]?.toLowerCase())) return null;
    if (STOP_KEYS.has(key.split('-')[0] ?? '')) return null;
  }
  const { flags } = token;
  if (flags & (WORD.stop | WORD.thing)) return null;
  // "on Saturdays", "op maandagen" name days, not people.
  if (key.endsWith('s') && WEEKDAY_MONTH_KEYS.has(key.slice(0, -1))) return null;
  if (key.endsWith('en') && WEEKDAY_MONTH_KEYS.has(key.slice(0, -2))) return null;
  if (flags & WORD.firstName) return 'first';
  if (flags & WORD.surname) return 'surname';
  if (flags & WORD.particleSurname) return 'particle-surname';
  if (looksLikeStreet(key) || endsLikeThing(key)) return null;
  return 'unknown';
}

// A loop, not THING_ENDINGS.some(…): a closure over the key would cost an allocation per word.
function endsLikeThing(key: string): boolean {
  for (const ending of THING_ENDINGS) if (key.length > ending.length + 2 && key.endsWith(ending)) return true;
  return false;
}

function isParticle(token: Token | undefined): boolean {
  return token !== undefined && (token.flags & WORD.particle) !== 0 && !token.acronym;
}

function joined(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && text[left.end] === ' ';
}

interface Chain {
  first: number;
  last: number;
}

/** From a capitalised word: the longest run of name words and particles joined by single spaces. */
function chainFrom(text: string, tokens: readonly Token[], roles: readonly Role[], at: number): Chain {
  let last = at;
  // "Mail van Rayan", "Brief van Ymere": a sentence-initial unlisted word before a particle is a noun.
  const nounHead = roles[at] === 'unknown' && tokens[at]?.sentenceStart === true;
  for (;;) {
    let next = last + 1;
    // Particles join only when a name word follows them: "Fatima el Amrani", not "Kofi de Bijlmer".
    while (
      !(nounHead && last === at) &&
      isParticle(tokens[next]) &&
      next - last <= 3 &&
      joinedAt(text, tokens, next - 1, next)
    )
      next++;
    if (roles[next] && joinedAt(text, tokens, next - 1, next)) last = next;
    else return { first: at, last };
  }
}

function joinedAt(text: string, tokens: readonly Token[], left: number, right: number): boolean {
  const a = tokens[left];
  const b = tokens[right];
  return a !== undefined && b !== undefined && joined(text, a, b);
}

function hasEvidence(text: string, tokens: readonly Token[], roles: readonly Role[], chain: Chain): boolean {
  const head = tokens[chain.first];
  if (!head) return false;
  const before = tokens[chain.first - 1];
  const gap = before ? text.slice(before.end, head.start) : '';
  if (before && /^[.,]?\s{1,2}$/.test(gap)) {
    // "mevr. Koster", "zijn buurman, Errol"; but "bij de huisarts. Vervolgens" ends a sentence.
    const title = TITLE_KEYS.has(before.key) && !gap.startsWith(',');
    const relation = (RELATION_KEYS.has(before.key) || NAMING_KEYS.has(before.key)) && !gap.startsWith('.');
    if (title || relation) return true;
  }
  if (follows(text, before, head, ARTICLE_KEYS)) return false;
  if (initialsBefore(text, head.start) > 0) return true;
  let sawParticle = false;
  for (let i = chain.first; i <= chain.last; i++) {
    const role = roles[i];
    const token = tokens[i];
    if (!token) continue;
    if (!role) {
      sawParticle = true;
      continue;
    }
    const listed = role === 'first' || role === 'surname';
    if (listed && !(AMBIGUOUS_KEYS.has(token.key) && token.sentenceStart && chain.first === chain.last))
      return true;
    if (sawParticle && role !== 'unknown') return true;
  }
  // The heuristic: an unlisted capitalised word in mid-sentence.
  if (!head.sentenceStart)
    return (
      !follows(text, before, head, DEMONSTRATIVE_KEYS) && !follows(text, before, head, PLACE_PREPOSITION_KEYS)
    );
  return actsLikeAPerson(text, tokens, chain);
}

/** Whether `head` follows a small word of `words` after one space ("de Bijlmer", "naar Artis"). */
function follows(text: string, before: Token | undefined, head: Token, words: ReadonlySet<string>): boolean {
  return before !== undefined && !before.capitalised && words.has(before.key) && joined(text, before, head);
}

/**
 * At a sentence start: "Xolani vertelt…", "Xolani (16) zit…" (an area code "(020)" is no age),
 * "Xolani 16 jaar wil…",
 * "Xolani haar zoon…".
 */
const POSSESSIVE_KEYS = new Set(['zijn', 'haar', "z'n", "d'r", 'his', 'her']);

function actsLikeAPerson(text: string, tokens: readonly Token[], chain: Chain): boolean {
  const next = tokens[chain.last + 1];
  if (next && PERSON_VERB_KEYS.has(next.key) && joinedAt(text, tokens, chain.last, chain.last + 1))
    return true;
  // "Nadifa haar zoon…", "Efosa his wife…": only a person owns a relation.
  const relation = tokens[chain.last + 2];
  if (
    next &&
    relation &&
    POSSESSIVE_KEYS.has(next.key) &&
    RELATION_KEYS.has(relation.key) &&
    joinedAt(text, tokens, chain.last, chain.last + 1) &&
    joinedAt(text, tokens, chain.last + 1, chain.last + 2)
  )
    return true;
  const end = tokens[chain.last]?.end ?? 0;
  if (/^ ?\([1-9]\d{0,2}\)/.test(text.slice(end, end + 7))) return true;
  // "Dylan 17 jaar wil werk": an unlisted word that is no ordinary one, before an age in years.
  const head = tokens[chain.first];
  return head !== undefined && (head.flags & WORD.ordinary) === 0 && ageInYearsAfter(text, end);
}

/** A name that runs straight into an organisation, a place or a street is part of its name. */
function namesAThing(text: string, tokens: readonly Token[], chain: Chain): boolean {
  const after = tokens[chain.last + 1];
  if (!after || !joinedAt(text, tokens, chain.last, chain.last + 1)) return false;
  if (INSTITUTION_KEYS.has(after.key) || THING_WORD_KEYS.has(after.key)) return true;
  // Streets keep their particles: "Anton de Komplein".
  let next = chain.last + 1;
  while (isParticle(tokens[next]) && joinedAt(text, tokens, next, next + 1)) next++;
  return looksLikeStreet(tokens[next]?.key ?? '');
}

export function findNames(text: string, tokens: readonly Token[]): Replacement[] {
  const roles = tokens.map(roleOf);
  const spans: Replacement[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A chain opens with particles only before a surname: "de Vries", "Van den Berg", "el Amrani".
    let open = i;
    while (isParticle(tokens[open]) && open - i < 3 && joinedAt(text, tokens, open, open + 1)) open++;
    const role = roles[open];
    if (!role) continue;
    if (open > i && role !== 'surname' && role !== 'particle-surname') {
      i = open - 1;
      continue;
    }
    const chain = chainFrom(text, tokens, roles, open);
    const from = tokens[i];
    const to = tokens[chain.last];
    const evidence = open > i || hasEvidence(text, tokens, roles, chain);
    if (evidence && from && to && !namesAThing(text, tokens, chain)) {
      spans.push({ start: from.start - initialsBefore(text, from.start), end: to.end, type: 'person' });
    }
    i = chain.last;
  }
  return spans;
}

// One to three initials, not the last letter of a word ("GGD. Kofi" has no initial).
const INITIALS = /(?:^|[^\p{L}])((?:\p{Lu}\.\s?){1,3})$/u;

/** "J. de Vries", "A.B. Mensah": the length of the initials directly before a name, or 0. */
function initialsBefore(text: string, start: number): number {
  // Initials end in a full stop, maybe with one space after it: most names have none before them.
  if (text[start - 1] !== '.' && text[start - 2] !== '.') return 0;
  return INITIALS.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.length ?? 0;
}
