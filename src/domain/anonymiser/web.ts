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
const isAsciiAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * HOST_BEFORE's match in the 100 characters before `end`, read backwards: the pattern, anchored at
 * the end, would be tried from each of them. Beyond ASCII the pattern itself decides.
 */
function hostBefore(text: string, end: number): string | undefined {
  const from = Math.max(0, end - 100);
  let start = end;
  for (; start > from; start--) {
    const code = text.charCodeAt(start - 1);
    if (code >= 128) return HOST_BEFORE.exec(text.slice(from, end))?.[0];
    if (!(isAsciiAlphanumeric(code) || code === 46 || code === 45)) break;
  }
  // The host opens with a letter or digit, not with a full stop or hyphen.
  while (start < end && !isAsciiAlphanumeric(text.charCodeAt(start))) start++;
  return start < end ? text.slice(start, end) : undefined;
}
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
    const host = hostBefore(text, match.index);
    if (!host || host.endsWith('.') || host.startsWith('.')) continue;
    const start = match.index - host.length;
    const end = match.index + match[0].length;
    const path = PATH_AFTER.exec(text.slice(end, end + 500))?.[0] ?? '';
    const span = urlSpan(text, start, end + path.length);
    if (span) spans.push(span);
  }
  return spans;
}
