import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, findPersonalDetails, PLACEHOLDERS } from '../../src/domain/anonymiser';
import { personalDetailsInQuotes } from '../../src/server/checks/quotes';
import { summary } from './support/fixtures';

// Pieces of what residents say, with the personal details an interviewer might leave in.
const words = fc.constantFrom(
  'ik',
  'woon',
  'hier',
  'al',
  'twaalf',
  'jaar',
  'en',
  'de',
  'buurt',
  'is',
  'veranderd',
  'mijn',
  'buurvrouw',
  'zoon',
  'dochter',
  'zei',
  'dat',
  'niemand',
  'luistert',
  'naar',
  'ons',
  'maar',
  'we',
  'helpen',
  'elkaar',
  'bij',
  'het',
  'buurthuis',
  'in',
  'Gaasperdam',
  'Driemond',
  'op',
  'maandag',
  'gemeente',
  'brief',
  'schulden',
  'hulp',
  'The',
  'council',
  'never',
  'calls',
  'back',
  '.',
  ',',
  '!',
  '?',
  '"',
  '(',
  ')',
  '-',
  ':',
);
const details = fc.oneof(
  fc.constantFrom(
    'Fatima Yilmaz',
    'meneer De Vries',
    'Kwame',
    'mevrouw Jansen',
    'Ahmed Benali',
    'Grace Mensah',
    'Bijlmerdreef 560',
    'Kerkstraat 12a',
    '1102 CT',
    '1104AB',
    'fatima@example.nl',
    'www.voorbeeld.nl',
    '06-12345678',
    '020 123 4567',
    '+31 6 2345 6789',
    '123456782',
    'NL91ABNA0417164300',
    '12 maart 1961',
    '38 jaar',
    '45-year-old',
  ),
  fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `06-${n}`),
);
const sentence = fc
  .array(fc.oneof({ weight: 4, arbitrary: words }, { weight: 1, arbitrary: details }), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('the quote check on the server', () => {
  it('names the summary, the quote and the kinds found, never the text', () => {
    const clean = summary({ quotes: [{ text: 'De buurt helpt elkaar.' }] });
    const named = summary({
      quotes: [
        { text: 'Niemand komt langs.' },
        { text: 'Mijn buurvrouw Fatima Yilmaz belt me op 06-12345678.' },
      ],
    });
    const errors = personalDetailsInQuotes([clean, named]);
    expect(errors.map((error) => error.path)).toEqual(['body/summaries/1/quotes/1/text']);
    expect(errors[0]?.message).toContain('person');
    expect(errors[0]?.message).toContain('phone');
    expect(JSON.stringify(errors)).not.toMatch(/Fatima|Yilmaz|12345678/);
  });

  // Where the anonymiser's placeholders ("[naam]", "[telefoon]" …) sit in its output.
  function placeholderSpans(text: string): { start: number; end: number }[] {
    const { replacements } = anonymise(text);
    const spans: { start: number; end: number }[] = [];
    let shift = 0;
    for (const { start, end, type } of replacements) {
      const placeholder = PLACEHOLDERS[type];
      spans.push({ start: start + shift, end: start + shift + placeholder.length });
      shift += placeholder.length - (end - start);
    }
    return spans;
  }

  it("never takes the anonymiser's own placeholders for personal details", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ maxLength: 200 })), (text) => {
        const anonymised = anonymise(text).text;
        const placeholders = placeholderSpans(text);
        const found = findPersonalDetails(anonymised).filter((span) =>
          placeholders.some((placeholder) => span.start < placeholder.end && placeholder.start < span.end),
        );
        expect(found).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });
});
