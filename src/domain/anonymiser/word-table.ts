/**
 * A read-only table from words to numbers for the one lookup every word of every note makes. A
 * `Map` must hash each freshly cut word in the engine's runtime before it can look; here the hash is
 * a few multiplications in plain code and the probe compares the word with at most a few keys.
 * Roughly twice as fast as `Map.get` on new strings, and the answers are the map's own.
 */
export interface WordTable {
  get(word: string): number;
}

function hashOf(word: string): number {
  // FNV-1a over UTF-16 code units.
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
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

export function wordTable(entries: ReadonlyMap<string, number>): WordTable {
  // Open addressing, at most a third full, so a miss ends after a probe or two.
  let size = 1;
  while (size < entries.size * 3) size *= 2;
  const mask = size - 1;
  // Each slot holds its key's hash and the key's entry side by side: a probe reads one place in
  // memory, which the rest of the anonymiser's work has often pushed out of the cache.
  const slots = new Int32Array(size * 2);
  const keys: string[] = [''];
  const values: number[] = [0];
  const short = new Int32Array(SHORT_SIZE);
  for (const [key, value] of entries) {
    const hash = hashOf(key);
    let slot = hash & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = keys.length;
    // A fresh flat copy: keys cut from the data lists may share their list's wide (two-byte) storage,
    // and comparing a narrow word with a wide key is slower.
    keys.push(Array.from(key).join(''));
    values.push(value);
    const at = shortIndex(key);
    if (at >= 0) short[at] = value;
  }
  return {
    get(word) {
      if (word.length <= 2) {
        const at = shortIndex(word);
        if (at >= 0) return short[at] ?? 0;
      }
      const hash = hashOf(word) | 0;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const entry = slots[slot * 2 + 1] ?? 0;
        if (entry === 0) return 0;
        // The stored hash turns most other keys away without reading them.
        if (slots[slot * 2] === hash && keys[entry] === word) return values[entry] ?? 0;
      }
    },
  };
}
