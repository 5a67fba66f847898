/**
 * Invented Dutch field-note text for the benchmarks: deterministic (a seeded PRNG), so every run
 * writes and searches the same bytes. Words are drawn with a Zipf-like skew, as in real notes: a
 * few words in almost every note, a long tail in few. Accented words are in on purpose, so search
 * folding ("cafe" finds "café") does real work.
 */

/** mulberry32: small, fast and good enough for test data. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for item `index` of a stream, so any item can be regenerated on its own. */
export function seedFor(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A UUID v4 in form (as crypto.randomUUID() makes them), but from the seeded stream. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Most frequent first. */
export const WORDS: readonly string[] = (
  'de het een en van in is dat op te met voor niet zijn er die ze hij aan maar ook als bij om nog ' +
  'wel dan naar uit heeft al over wat kan hun wordt door meer geen moet zou veel nu worden mijn we ' +
  'haar alleen want graag buren buurt mevrouw meneer kinderen school huis straat winkel werk geld ' +
  'hulp zorg tijd week jaar dag avond ochtend samen elkaar vertelt zegt vindt wil weet gaat komt ' +
  'gemeente wijk plein park speeltuin bankje bibliotheek buurthuis moskee kerk markt bus metro fiets ' +
  'trap lift portiek balkon tuin moestuin boodschappen koffie thee eten koken feest verjaardag ' +
  'dochter zoon moeder vader oma opa kleinkinderen vriendin vriend buurman buurvrouw huisarts ' +
  'wijkagent wijkverpleegkundige jongerenwerker corporatie huur rekening schulden brief formulier ' +
  'aanvraag toeslag uitkering baan stage opleiding taalles cursus computer telefoon internet ' +
  'afspraak wachtlijst loket balie zorgen trots blij boos bang moe eenzaam druk rustig veilig ' +
  'onveilig schoon vies kapot nieuw oud klein groot mooi lastig moeilijk makkelijk belangrijk ' +
  'vroeger tegenwoordig soms vaak altijd nooit misschien eigenlijk gewoon echt helemaal beetje ' +
  'sinds toen omdat terwijl hoewel zodat waardoor daarom bovendien café privé één ideeën ' +
  'coördinator financiële geïnteresseerd reünie patiënt overleg vertrouwen respect aandacht ' +
  'luisteren helpen ondersteunen meedoen organiseren opknappen ontmoeten bellen schrijven wachten ' +
  'zoeken vinden proberen beginnen stoppen verhuizen blijven betalen sparen lenen ruzie overlast ' +
  'geluid parkeren verkeer kruising stoep lantaarnpaal afval container vuilnis hondenpoep groen ' +
  'bomen bloemen vogels zomer winter regen verwarming schimmel tocht ramen deur sleutel buurtapp ' +
  'vrijwilliger vrijwilligers activiteit spreekuur inloop maaltijd voedselpakket kledingbank ' +
  'repaircafé naaiatelier huiswerkklas voetbal zwemmen dansen muziek gebed ramadan kerst suikerfeest ' +
  'keti koti'
).split(' ');

/** Cumulative Zipf weights (exponent 0.9) over WORDS, for sampling by binary search. */
const CUMULATIVE: readonly number[] = (() => {
  let total = 0;
  return WORDS.map((_, rank) => {
    total += 1 / (rank + 1) ** 0.9;
    return total;
  });
})();

export function word(random: () => number): string {
  const total = CUMULATIVE[CUMULATIVE.length - 1] ?? 1;
  const target = random() * total;
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((CUMULATIVE[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return WORDS[low] ?? 'buurt';
}

function sentence(random: () => number, extraWords: readonly string[] = []): string {
  const words = Array.from({ length: between(random, 5, 16) }, () => word(random));
  for (const extra of extraWords) words.splice(between(random, 1, words.length), 0, extra);
  const text = words.join(' ');
  return `${text.charAt(0).toLocaleUpperCase('nl')}${text.slice(1)}${random() < 0.15 ? '?' : '.'}`;
}

/** Sentences until the text is at least `minLength` long; `extraWords` land in the first sentence. */
export function noteText(
  random: () => number,
  minLength: number,
  extraWords: readonly string[] = [],
): string {
  const sentences = [sentence(random, extraWords)];
  let length = sentences[0]?.length ?? 0;
  while (length < minLength) {
    const next = sentence(random);
    sentences.push(next);
    length += next.length + 1;
  }
  return sentences.join(' ');
}
