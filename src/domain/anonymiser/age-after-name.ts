/**
 * "Dylan 17 jaar wil werk", "ama, 9 yrs": an age in years right after a word that opens a sentence,
 * which makes that word a name (names.ts for capitalised words, quick-names.ts for small ones).
 * Not a span of time: "17 jaar geleden", "3 jaar lang", and not an adverbial that opens the
 * sentence, after which the verb comes before its subject ("Ruim 30 jaar woont ze hier").
 */
const AGE_IN_YEARS =
  /^,? (?:1[01]\d|[1-9]\d?) ?(?:jaar|jr\.?|yrs|years old)(?![\p{L}\d])(?! (?:geleden|lang|terug|getrouwd|samen|ago|long)\b)/u;
const VERB_THEN_SUBJECT = /^,?\s+\p{L}+\s+(?:ze|zij|hij|we|wij|ik|u|men|je|jij|het|er|they|he|she|we|i)\b/iu;

export function ageInYearsAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  const age = AGE_IN_YEARS.exec(after);
  return age !== null && !VERB_THEN_SUBJECT.test(after.slice(age[0].length));
}
