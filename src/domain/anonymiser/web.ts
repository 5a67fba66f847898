import { matchesOf } from './matches';
import type { Replacement } from './types';

/**
 * E-mail addresses and URLs. A URL may carry a name ("facebook.com/marieke.dewit"), so the whole
 * address goes, bare domains included; punctuation that ends the sentence stays.
 *
 * Both are found from their rare anchor (an "@", a scheme, "www." or ".nl"-like ending) and then
 * read outwards: a pattern that starts with "any letters" would be tried at every letter of a note.
 */
const LOCAL_PART = /[\p{L}\p{N}._%+-]+$/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

export function findEmails(text: string): Replacement[] {
  const spans: Replacement[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const local = LOCAL_PART.exec(text.slice(Math.max(0, at - 64), at))?.[0];
    const domain = DOMAIN.exec(text.slice(at + 1, at + 256))?.[0];
    if (local && domain) spans.push({ start: at - local.length, end: at + 1 + domain.length, type: 'email' });
  }
  return spans;
}

const SCHEME_OR_WWW = /(?:https?:\/\/|www\.)[^\s<>"'{}]+/gi;
const TLD =
  /\.(?:nl|com|org|net|eu|be|de|uk|info|io|app|amsterdam|frl|gov|edu|gh|ma|sr|tr|me|tv)(?![\p{L}\p{N}-])/giu;
const HOST_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}.-]*$/u;
const PATH_AFTER = /^\/[^\s<>"'{}]*/;
const TRAILING_PUNCTUATION = /[.,;:!?)\]"'”’]+$/;

function urlSpan(text: string, start: number, end: number): Replacement | null {
  const url = text.slice(start, end).replace(TRAILING_PUNCTUATION, '');
  // An e-mail address is not a URL: its domain is found there, after the "@".
  if (url === '' || text[start - 1] === '@' || text[start + url.length] === '@') return null;
  return { start, end: start + url.length, type: 'url' };
}

export function findUrls(text: string): Replacement[] {
  const spans: Replacement[] = [];
  for (const match of matchesOf(SCHEME_OR_WWW, text)) {
    const span = urlSpan(text, match.index, match.index + match[0].length);
    if (span) spans.push(span);
  }
  for (const match of matchesOf(TLD, text)) {
    const host = HOST_BEFORE.exec(text.slice(Math.max(0, match.index - 100), match.index))?.[0];
    if (!host || host.endsWith('.') || host.startsWith('.')) continue;
    const start = match.index - host.length;
    const end = match.index + match[0].length;
    const path = PATH_AFTER.exec(text.slice(end, end + 500))?.[0] ?? '';
    const span = urlSpan(text, start, end + path.length);
    if (span) spans.push(span);
  }
  return spans;
}
