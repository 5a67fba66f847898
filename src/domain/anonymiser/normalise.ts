/**
 * The lookup key of a word: lower case without diacritics, so "Yıldırım", "Yildirim" and "YILDIRIM"
 * find the same list entry. Notes are typed fast, on phones, often without Turkish or Dutch accents.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function lookupKey(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip the costly Unicode normalisation for them.
  let ascii = true;
  for (let i = 0; i < lower.length && ascii; i++) ascii = lower.charCodeAt(i) < 128;
  if (ascii) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ı/g, 'i').replace(/[’`]/g, "'");
}

/** A set of lookup keys from a whitespace-separated list, the compact form the data files use. */
export function keySet(...lists: readonly string[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const list of lists) {
    for (const word of list.split(/\s+/)) if (word !== '') keys.add(lookupKey(word));
  }
  return keys;
}
