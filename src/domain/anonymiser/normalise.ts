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
  let key = WIDE_KEYS.get(lower);
  if (key === undefined) {
    key = lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ı/g, 'i').replace(/[’`]/g, "'");
    // Names with accents recur in a note and across notes; the cache stays small on a device.
    if (WIDE_KEYS.size >= 5000) WIDE_KEYS.clear();
    WIDE_KEYS.set(lower, key);
  }
  return key;
}

/** Keys of words with letters beyond ASCII, already worked out: Unicode normalisation is costly. */
const WIDE_KEYS = new Map<string, string>();

/** A set of lookup keys from a whitespace-separated list, the compact form the data files use. */
export function keySet(...lists: readonly string[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const list of lists) {
    for (const word of list.split(/\s+/)) if (word !== '') keys.add(lookupKey(word));
  }
  return keys;
}
