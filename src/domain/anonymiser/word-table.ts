/**
 * A read-only table from words to numbers for the one lookup every word of every note makes. A
 * `Map` must hash each freshly cut word in the engine's runtime before it can look; here the hash is
 * a few multiplications in plain code and the probe compares the word with at most a few keys.
 * Roughly twice as fast as `Map.get` on new strings, and the answers are the map's own. The
 * tokeniser asks with find(), on the word where it stands in the note, and takes the table's own
 * string for a listed word: most words of a note then cost no string at all.
 */
export interface WordTable {
  get(word: string): number;
  /**
   * The entry whose key is `text` from `start` to `end`, read in place: without a copy of the word,
   * the tokeniser cuts no string for a listed word. With `lower`, capitals A–Z are read as small
   * letters (a capitalised word's key), and a word with a character beyond ASCII answers -1: its
   * key needs lookupKey(). Otherwise 0 when the word has no entry. Every word of one or two small
   * letters has an entry, listed or not (its value then is 0). `hash`: the word's hash (as read,
   * or with `lower` as the key), when the caller worked it out already.
   */
  find(text: string, start: number, end: number, lower: boolean, hash?: number): number;
  /** The key of an entry find() gave: a string the table keeps, equal to the word read. */
  key(entry: number): string;
  /** The key with its first letter a capital ("De", "Fatima"), kept once made: for a key of a–z. */
  capitalised(entry: number): string;
  value(entry: number): number;
}

/** FNV-1a's start and step, over UTF-16 code units; the tokeniser hashes a word as it reads it. */
export const HASH_START = 0x811c9dc5;
export const hashStep = (hash: number, unit: number) => Math.imul(hash ^ unit, 16777619);

function hashOf(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash >>> 0;
}

// Words of one or two small letters ("de", "en", "op", "ze") are a quarter of a note's words: they
// are answered from an array indexed by their letters, with no hash and no string comparison.
const SHORT_SIZE = 27 * 27;

/** The place of a word of one or two letters a–z in the short-word array, or -1. */
function shortIndex(word: string): number {
  const first = word.charCodeAt(0) - 96;
  if (word.length > 2 || !(first >= 1 && first <= 26)) return -1;
  if (word.length === 1) return first * 27;
  const second = word.charCodeAt(1) - 96;
  return second >= 1 && second <= 26 ? first * 27 + second : -1;
}

/** A UTF-16 unit with A–Z made small when `lower`. */
const unitAt = (text: string, at: number, lower: boolean) => {
  const code = text.charCodeAt(at);
  return lower && code >= 65 && code <= 90 ? code + 32 : code;
};

/** shortIndex() of the one or two letters of `text` at `start`, read in place. */
function shortIndexAt(text: string, start: number, length: number, lower: boolean): number {
  const first = unitAt(text, start, lower) - 96;
  if (!(first >= 1 && first <= 26)) return -1;
  if (length === 1) return first * 27;
  const second = unitAt(text, start + 1, lower) - 96;
  return second >= 1 && second <= 26 ? first * 27 + second : -1;
}

export function wordTable(entries: ReadonlyMap<string, number>): WordTable {
  // Open addressing, at most a third full, so a miss ends after a probe or two.
  let size = 1;
  while (size < entries.size * 3) size *= 2;
  const mask = size - 1;
  // Each slot holds its key's hash, the key's entry and its length side by side: a probe reads one
  // place in memory, which the rest of the anonymiser's work has often pushed out of the cache.
  const slots = new Int32Array(size * 3);
  const keys: string[] = [''];
  const values: number[] = [0];
  const capitals: (string | undefined)[] = [undefined];
  // Every key's UTF-16 units one after the other, so find() compares the text with them in place.
  const units: number[] = [];
  const offsets: number[] = [0];
  const short = new Int32Array(SHORT_SIZE);
  const shortEntries = new Int32Array(SHORT_SIZE);
  const add = (key: string, value: number) => {
    // A fresh flat copy: keys cut from the data lists may share their list's wide (two-byte) storage,
    // and comparing a narrow word with a wide key is slower.
    keys.push(Array.from(key).join(''));
    values.push(value);
    capitals.push(undefined);
    offsets.push(units.length);
    for (let i = 0; i < key.length; i++) units.push(key.charCodeAt(i));
    return keys.length - 1;
  };
  for (const [key, value] of entries) {
    const hash = hashOf(key);
    let slot = hash & mask;
    while (slots[slot * 3 + 1] !== 0) slot = (slot + 1) & mask;
    const entry = add(key, value);
    slots[slot * 3] = hash;
    slots[slot * 3 + 1] = entry;
    slots[slot * 3 + 2] = key.length;
    const at = shortIndex(key);
    if (at >= 0) {
      short[at] = value;
      shortEntries[at] = entry;
    }
  }
  // The short words that are not listed get an entry too (value 0), for find() to give their string.
  for (let at = 27; at < SHORT_SIZE; at++) {
    const [first, second] = [Math.floor(at / 27), at % 27];
    if (shortEntries[at] !== 0 || first === 0) continue;
    shortEntries[at] = add(
      String.fromCharCode(96 + first) + (second ? String.fromCharCode(96 + second) : ''),
      0,
    );
  }
  const packed = Uint16Array.from(units);
  return {
    get(word) {
      if (word.length <= 2) {
        const at = shortIndex(word);
        if (at >= 0) return short[at] ?? 0;
      }
      const hash = hashOf(word) | 0;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const entry = slots[slot * 3 + 1] ?? 0;
        if (entry === 0) return 0;
        // The stored hash turns most other keys away without reading them.
        if (slots[slot * 3] === hash && keys[entry] === word) return values[entry] ?? 0;
      }
    },
    find(text, start, end, lower, known) {
      const length = end - start;
      if (length <= 2) {
        const at = shortIndexAt(text, start, length, lower);
        if (at >= 0) return shortEntries[at] ?? 0;
      }
      let hash = known ?? HASH_START;
      for (let i = start; known === undefined && i < end; i++) {
        const code = unitAt(text, i, lower);
        if (lower && code >= 128) return -1;
        hash = hashStep(hash, code);
      }
      hash |= 0;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const entry = slots[slot * 3 + 1] ?? 0;
        if (entry === 0) return 0;
        if (slots[slot * 3] !== hash || slots[slot * 3 + 2] !== length) continue;
        const offset = offsets[entry] ?? 0;
        let i = 0;
        while (i < length && packed[offset + i] === unitAt(text, start + i, lower)) i++;
        if (i === length) return entry;
      }
    },
    capitalised(entry) {
      let word = capitals[entry];
      if (word === undefined) {
        const key = keys[entry] ?? '';
        word = key.charAt(0).toUpperCase() + key.slice(1);
        capitals[entry] = word;
      }
      return word;
    },
    key: (entry) => keys[entry] ?? '',
    value: (entry) => values[entry] ?? 0,
  };
}
