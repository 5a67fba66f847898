import { FIRST_NAME_KEYS, ORGANISATION_HEAD_KEYS, TITLE_KEYS } from './lexicon';
import { keySet, lookupKey } from './normalise';

/**
 * Whether a name the anonymiser found is part of an organisation's name: it lies in the proper name
 * that follows an organisation's head noun ("Buurthuis De Kameleon", "community centre The Oak").
 * The proper name runs over capitalised words and the small words inside names ("de", "van",
 * "the") joined by single spaces; a comma, a bracket, a dash, a slash or a lower-case word ends it,
 * and so do "en", "of" and "&", which join a second owner. A person's marker ends it too, so what
 * follows is a person: a title ("Buurthuis mw. Bakker"), initials ("Stichting J. de Vries") or a
 * known first name that no article introduces ("Team Fatima", "Huis van Marco", "Buurthuis De
 * Kameleon Jan"). An organisation named after a person ("Stichting Kees Boeke") is refused with
 * them: on a public page, naming a person by mistake is the costlier error, and the team can say
 * "de stichting".
 *
 * Only for a text that must say who does something, where a team or an organisation is asked for
 * (an action's owner). In a note the anonymiser keeps taking such a name for a person's.
 */
export function namesAnOrganisation(text: string, span: { start: number; end: number }): boolean {
  if (INITIALS.test(text.slice(span.start, span.end))) return false;
  const words = wordsOf(text);
  return words.some((head, at) => {
    // The anonymiser may take the head into the name: "Speeltuinvereniging Fatima".
    if (span.start < head.start || !isHead(head.key)) return false;
    const end = properNameEnd(text, words, at);
    return end > head.end && span.end <= end;
  });
}

/**
 * Whether a known first name stands in the text, capitalised and not introduced by an article
 * ("Fatima van Team Zuidoost", but not "Buurthuis De Roos"). For an action's owner, where a
 * first name alone is enough to point at a person and the anonymiser, made for notes, may pass it.
 */
export function namesSomeoneByFirstName(text: string): boolean {
  const words = wordsOf(text);
  return words.some(
    (word, at) =>
      word.capitalised && FIRST_NAME_KEYS.has(word.key) && !ARTICLES.has(words[at - 1]?.key ?? ''),
  );
}

interface Word {
  start: number;
  /** Without trailing punctuation. */
  end: number;
  key: string;
  capitalised: boolean;
  /** A comma, a bracket, a colon or a semicolon after it: the proper name ends with this word. */
  closes: boolean;
}

const INITIALS = /^\p{Lu}\.(?:\s?\p{Lu}\.)*(?:\s|$)/u;
/** The small words inside an organisation's name: "Huis van de Wijk", "Stichting De Kraal". */
const CONNECTIVES = keySet("de het 't den der des van la le el al the aan op in 's");
/** Words after which a first name is part of a name, not a person's: "De Roos", "The Rose". */
const ARTICLES = keySet("de het 't the la le el al");

function wordsOf(text: string): Word[] {
  // A dash or slash between words ends a name as a comma does: "De Kameleon—Marco".
  return [...text.matchAll(/[^\s\-\u2013\u2014/]+/gu)].map((match) => {
    const raw = match[0];
    const core = raw.replace(/[,;:()[\]."!?]+$/u, '').replace(/^[([]+/u, '');
    const start = match.index + raw.indexOf(core);
    return {
      start,
      end: start + core.length,
      key: lookupKey(core),
      capitalised: /^[\p{Lu}\p{N}]/u.test(core),
      closes: /[,;:()[\]]/.test(raw.slice(raw.indexOf(core) + core.length)) || raw.startsWith('('),
    };
  });
}

/** "stichting", "GGD", and a Dutch compound ending in a head: "basisschool", "buurtcentrum". */
function isHead(key: string): boolean {
  if (ORGANISATION_HEAD_KEYS.has(key)) return true;
  for (let cut = 1; cut < key.length - 3; cut++) if (ORGANISATION_HEAD_KEYS.has(key.slice(cut))) return true;
  return false;
}

/** Where the proper name after the head at `at` ends, or the head's own end when none follows. */
function properNameEnd(text: string, words: readonly Word[], at: number): number {
  const head = words[at];
  if (!head) return 0;
  let end = head.end;
  let sawName = false;
  for (let i = at + 1; i < words.length; i++) {
    const previous = words[i - 1];
    const word = words[i];
    if (!previous || !word || previous.closes || text.slice(previous.end, word.start) !== ' ') break;
    if (TITLE_KEYS.has(word.key) || INITIALS.test(text.slice(word.start))) break;
    const connective = CONNECTIVES.has(word.key) && !word.capitalised;
    if (!connective && !word.capitalised) break;
    const name = word.capitalised && !CONNECTIVES.has(word.key);
    // A first name no article introduces is the person who is meant: "Team Fatima".
    if (name && FIRST_NAME_KEYS.has(word.key) && !ARTICLES.has(previous.key)) break;
    if (name) sawName = true;
    end = word.end;
    if (word.closes) break;
  }
  return sawName ? end : head.end;
}
