import { between, noteText, pick, seededRandom } from '../browser/dutch-text';

/**
 * Generated notes for the throughput figure: the same bytes every run (seeded). Most sentences are
 * ordinary field-note text; about one in three carries a personal detail in one of the forms the
 * anonymiser knows, so the name, number and date rules all do real work, as in real notes.
 */
const FIRST = ['Fatima', 'Kofi', 'Sanne', 'Mehmet', 'Akosua', 'Jayden', 'Ria', 'Youssef', 'Grace', 'Henk'];
const LAST = ['el Amrani', 'Mensah', 'de Vries', 'Yılmaz', 'Owusu', 'Pinas', 'Jansen', 'Bouzid', 'van Dijk'];
const STREETS = ['Bijlmerdreef', 'Kikkenstein', 'Hoogoord', 'Karspeldreef', 'Dorpsstraat', 'Reigersbos'];

type Template = (random: () => number) => string;

const TEMPLATES: readonly Template[] = [
  (r) => `Gesprek met ${pick(r, FIRST)} ${pick(r, LAST)} aan de keukentafel in Gaasperdam.`,
  (r) => `Ze is ${between(r, 18, 90)} jaar en woont op de ${pick(r, STREETS)} ${between(r, 1, 2400)}-II.`,
  (r) => `Haar zoon ${pick(r, FIRST)} (${between(r, 3, 17)}) zit op school in de Bijlmer.`,
  (r) => `Telefoon: 06-${between(r, 10_000_000, 99_999_999)}, liever na vijf uur.`,
  (r) => `Postcode 110${between(r, 1, 8)} ${pick(r, ['AB', 'KM', 'TV', 'LA'])} Amsterdam.`,
  (r) =>
    `Mail: ${pick(r, FIRST).toLowerCase()}${between(r, 1, 99)}@gmail.com of bel (020) 690 ${between(r, 10, 99)} ${between(r, 10, 99)}.`,
  (r) => `Op ${between(r, 1, 28)} maart hebben we samen de brief van de Belastingdienst gelezen.`,
  (r) => `Geboren op ${between(r, 1, 28)}-${between(r, 1, 12)}-19${between(r, 40, 99)} in Paramaribo.`,
  (r) =>
    `Ze betaalt € ${between(r, 1, 9)}.${between(r, 100, 999)},00 huur en heeft ${between(r, 1, 6)} kinderen.`,
  (r) => `Meneer ${pick(r, LAST)} voelt zich niet gehoord door het Buurtteam: betrokkenheid gemist.`,
  (r) => `She told me ${pick(r, FIRST)} helps her with the forms from the UWV on Tuesdays.`,
  (r) =>
    `Rekening NL91 ABNA 0417 1643 00 staat op de brief; BSN 1112.22.333 ook (${between(r, 1, 9)} keer gezien).`,
];

/** Roughly `bytes` of note text (UTF-8), as separate notes of a few hundred characters each. */
export function generatedNotes(bytes: number, seed = 4): string[] {
  const random = seededRandom(seed);
  const encoder = new TextEncoder();
  const notes: string[] = [];
  let total = 0;
  while (total < bytes) {
    const parts: string[] = [];
    for (let sentence = between(random, 4, 9); sentence > 0; sentence--) {
      parts.push(random() < 0.35 ? pick(random, TEMPLATES)(random) : noteText(random, 40));
    }
    const note = parts.join(' ');
    notes.push(note);
    total += encoder.encode(note).length;
  }
  return notes;
}
