import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as current from '../../src/domain/anonymiser';
import { between, pick, seededRandom } from '../browser/dutch-text';
import { generatedNotes } from './note-text';

/**
 * Differential check for work on the anonymiser's speed: the current code and the code at an
 * earlier revision (default: where this branch left main) must find exactly the same spans, note
 * for note. `npx tsx bench/anonymiser/differential.ts [--old=<rev>]`.
 *
 * Inputs: every corpus note (with and without its people-mentioned list), each as written, in
 * lower case and in capitals; the benchmark's generated notes; and corpus notes cut, spliced and
 * sprinkled with digits and punctuation. The blind and held-out corpora are run as opaque inputs:
 * for them only counts are printed, never a text, so they stay unread.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'tests/unit/domain/anonymiser/corpus');
const OPEN = ['dev-en', 'dev-messy', 'dev-nl', 'dev-quick', 'dev-rushed', 'dev-scrawl', 'dev-shapes'].concat([
  'dev-streets',
  'dev-typed',
]);
const SEALED = ['blind', 'blind-a', 'blind-b', 'held-out'];

type Anonymiser = typeof current;
interface Input {
  text: string;
  peopleMentioned: readonly string[];
}

function oldAnonymiser(rev: string): { module: Promise<Anonymiser>; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'anon-old-'));
  const archive = execFileSync('git', ['archive', rev, 'src/domain'], { cwd: ROOT });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const entry = pathToFileURL(join(dir, 'src/domain/anonymiser/index.ts')).href;
  return { module: import(entry) as Promise<Anonymiser>, dir };
}

/** Every note of a corpus file, whatever its exports are called: parsed notes or marked entries. */
async function notesOf(name: string): Promise<Input[]> {
  const { parseNote } = await import('../../tests/unit/domain/anonymiser/corpus/labelled');
  const module = (await import(pathToFileURL(join(CORPUS, `${name}.ts`)).href)) as Record<string, unknown>;
  const inputs: Input[] = [];
  for (const value of Object.values(module)) {
    if (!Array.isArray(value)) continue;
    for (const item of value as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const note = 'marked' in item ? parseNote(item as Parameters<typeof parseNote>[0]) : item;
      const { text, peopleMentioned } = note as Partial<Input>;
      if (typeof text === 'string') inputs.push({ text, peopleMentioned: peopleMentioned ?? [] });
    }
  }
  return inputs;
}

const CASINGS: readonly ((text: string) => string)[] = [
  (text) => text,
  (text) => text.toLowerCase(),
  (text) => text.toUpperCase(),
];

/** Each note in three casings, with its list (in the same casing) and without one. */
function variants(notes: readonly Input[]): Input[] {
  return notes.flatMap((note) =>
    CASINGS.flatMap((casing) => [
      { text: casing(note.text), peopleMentioned: note.peopleMentioned.map(casing) },
      ...(note.peopleMentioned.length > 0 ? [{ text: casing(note.text), peopleMentioned: [] }] : []),
    ]),
  );
}

const SPRINKLE = [..."0123456789 ,.-/:;()'’@€+\n\t", ' nr ', ' 06-', 'é', 'ı', 'İ', ' de ', ' van ', 'NL'];

/** Corpus notes cut, spliced and sprinkled: shapes no note has, at edges no rule was written for. */
function mutated(notes: readonly Input[], count: number, seed: number): Input[] {
  const random = seededRandom(seed);
  const out: Input[] = [];
  for (let n = 0; n < count; n++) {
    const a = pick(random, notes).text;
    const b = pick(random, notes).text;
    let text = a.slice(0, between(random, 0, a.length)) + b.slice(between(random, 0, b.length));
    for (let k = between(random, 0, 6); k > 0; k--) {
      const at = between(random, 0, text.length);
      text = text.slice(0, at) + pick(random, SPRINKLE) + text.slice(at + between(random, 0, 1));
    }
    out.push({ text: pick(random, CASINGS)(text), peopleMentioned: [] });
  }
  return out;
}

// Pieces words are made of, for text that stresses the tokeniser: apostrophes, hyphens, capitals,
// letters beyond ASCII and marks, glued and spaced in every order.
const PIECES = [..."aeiountsrdlkAEGKMNSTVZ'’-. ,.\n(:0123456789éëüİıŞçÅß\u0301\u0308"].concat(
  ['de', 'van', "'t", "'s", 'De', 'VAN', 'Fatima', 'fatima', 'FATIMA', 'Yılmaz', 'ge', 'Mevr', 'dhr.', 'el'],
  ['straat', 'Dreef', 'jaar', 'is', 'zoon', 'bel', 'Owusu-Ansah', 'tjon', 'a', 'O’Neil', 'A.', 'J.'],
);

function soup(count: number, seed: number): Input[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = between(random, 20, 120); k > 0; k--) text += pick(random, PIECES);
    return {
      text,
      peopleMentioned: random() < 0.2 ? [pick(random, ['Fatima el Amrani', 'Mevr. Yılmaz'])] : [],
    };
  });
}

const show = (input: Input, anonymiser: Anonymiser) =>
  JSON.stringify(anonymiser.findPersonalDetails(input.text, { peopleMentioned: input.peopleMentioned }));

async function main() {
  const rev =
    process.argv.find((arg) => arg.startsWith('--old='))?.slice(6) ??
    execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: ROOT }).toString().trim();
  const old = oldAnonymiser(rev);
  try {
    const before = await old.module;
    const open = (await Promise.all(OPEN.map(notesOf))).flat();
    const sets: { name: string; inputs: Input[]; sealed: boolean }[] = [
      { name: 'development corpus × 3 casings', inputs: variants(open), sealed: false },
      ...(await Promise.all(
        SEALED.map(async (name) => ({
          name: `${name} × 3 casings`,
          inputs: variants(await notesOf(name)),
          sealed: true,
        })),
      )),
      {
        name: 'generated notes × 3 casings',
        inputs: variants(generatedNotes(400_000, 11).map((text) => ({ text, peopleMentioned: [] }))),
        sealed: false,
      },
      { name: 'mutated development notes', inputs: mutated(open, 40_000, 7), sealed: false },
      { name: 'tokeniser soup', inputs: soup(30_000, 5), sealed: false },
    ];
    let total = 0;
    let differences = 0;
    for (const { name, inputs, sealed } of sets) {
      let differ = 0;
      for (const input of inputs) {
        const [was, is] = [show(input, before), show(input, current)];
        if (was === is) continue;
        differ++;
        if (!sealed && differ <= 5)
          console.log(`  DIFF ${JSON.stringify(input.text.slice(0, 300))}\n    old ${was}\n    new ${is}`);
      }
      console.log(`${name}: ${inputs.length} texts, ${differ} differences`);
      total += inputs.length;
      differences += differ;
    }
    console.log(`old = ${rev.slice(0, 10)}; ${total} texts compared, ${differences} differences`);
    process.exitCode = differences === 0 ? 0 : 1;
  } finally {
    rmSync(old.dir, { recursive: true, force: true });
  }
}

await main();
