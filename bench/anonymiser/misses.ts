import { findPersonalDetails, PII_TYPES } from '../../src/domain/anonymiser';
import { DEV_CORPUS, HELD_OUT_CORPUS } from '../../tests/unit/domain/anonymiser/corpus';
import type { ParsedNote } from '../../tests/unit/domain/anonymiser/corpus/labelled';
import { scoreCorpus, spansMatch } from '../../tests/unit/domain/anonymiser/corpus/score';

/**
 * What the anonymiser misses and wrongly finds on the labelled corpus, note by note: the list to
 * read while working on the rules (`npx tsx bench/anonymiser/misses.ts [id-prefix]`).
 */
const prefix = process.argv[2] ?? '';
const notes = [...DEV_CORPUS, ...HELD_OUT_CORPUS].filter((note) => note.id.startsWith(prefix));
const detect = (note: ParsedNote) =>
  findPersonalDetails(note.text, { peopleMentioned: note.peopleMentioned });
for (const note of notes) {
  const found = detect(note);
  for (const gold of note.spans) {
    if (!found.some((span) => spansMatch(span, gold)))
      console.log(`${note.id} MISS  ${gold.type}: ${note.text.slice(gold.start, gold.end)}`);
  }
  for (const span of found) {
    if (!note.spans.some((gold) => spansMatch(span, gold)))
      console.log(`${note.id} WRONG ${span.type}: ${note.text.slice(span.start, span.end)}`);
  }
}
const score = scoreCorpus(notes, detect);
for (const type of PII_TYPES) {
  const s = score.byType[type];
  console.log(`${type.padEnd(10)} recall ${s.recalled}/${s.labelled}  precision ${s.correct}/${s.found}`);
}
