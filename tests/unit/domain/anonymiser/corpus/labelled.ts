import { isPiiType, type PiiType } from '../../../../../src/domain/anonymiser/types';

/**
 * A labelled corpus note is written with inline marks, `{type:text}`, so labels stay readable and
 * cannot drift from their offsets when a note is edited. `parseNote` strips the marks and records
 * the spans as UTF-16 offsets into the plain text, exactly what the anonymiser reports.
 *
 * Labelling guideline (the anonymiser is scored against these conventions):
 * - person: the name as written with initials and particles ("J. de Vries", "Fatima el Amrani"), one
 *   span per full name; without titles or relations ("mevrouw", "buurvrouw") and without a possessive 's.
 * - address: street and house number with suffix ("Bijlmerdreef 1021-II"); postcode and city apart.
 * - phone, email, url, bsn, iban, postcode: the whole item with its inner spaces, dots and hyphens.
 * - birthdate: the date of birth (or year of birth) without the cue word ("geboren op").
 * - age: the number with the unit words attached ("34 jaar", "34 jaar oud", "34-jarige", "34 years
 *   old"); only the number after a verb or "aged" ("is 34", "aged 34").
 */
export interface CorpusEntry {
  id: string;
  language: 'nl' | 'en';
  /** The people-mentioned list an interviewer would have filled in; often empty on purpose. */
  peopleMentioned?: readonly string[];
  /** The note with `{type:text}` marks. */
  marked: string;
}

export interface GoldSpan {
  start: number;
  end: number;
  type: PiiType;
}

export interface ParsedNote {
  id: string;
  language: 'nl' | 'en';
  peopleMentioned: readonly string[];
  text: string;
  spans: GoldSpan[];
}

const MARK = /\{([a-z]+):([^{}]+)\}/g;

export function parseNote(entry: CorpusEntry): ParsedNote {
  const spans: GoldSpan[] = [];
  let text = '';
  let last = 0;
  for (const match of entry.marked.matchAll(MARK)) {
    const [whole, type = '', inner = ''] = match;
    if (!isPiiType(type)) throw new Error(`${entry.id}: unknown type "${type}" in ${whole}`);
    text += entry.marked.slice(last, match.index);
    spans.push({ start: text.length, end: text.length + inner.length, type });
    text += inner;
    last = match.index + whole.length;
  }
  text += entry.marked.slice(last);
  if (/[{}]/.test(text)) throw new Error(`${entry.id}: unbalanced mark in ${JSON.stringify(text)}`);
  return {
    id: entry.id,
    language: entry.language,
    peopleMentioned: entry.peopleMentioned ?? [],
    text,
    spans,
  };
}
