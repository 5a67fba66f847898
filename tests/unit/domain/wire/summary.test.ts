import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_PROFILES } from '../../../../src/domain/conversation';
import { uuidv7 } from '../../../../src/domain/uuid';
import { VALUE_IDS } from '../../../../src/domain/values';
import {
  parseSummary,
  parseSummaryBatch,
  SUMMARY_LIMITS,
  type Summary,
} from '../../../../src/domain/wire/summary';

function valid(overrides: Partial<Summary> = {}): Summary {
  return {
    id: uuidv7(),
    revision: 1,
    areaId: 'gaasperdam',
    period: { year: 2026, quarter: 2 },
    guide: { id: 'algemeen', version: 3 },
    residentProfile: 'mantelzorger',
    values: Object.fromEntries(
      VALUE_IDS.map((id) => [id, { experienced: 1, missing: 0 }]),
    ) as Summary['values'],
    themeIds: ['wonen', 'geldzorgen-en-schulden'],
    obstacleThemeIds: ['regels-en-bureaucratie'],
    quotes: [{ text: 'Ik wil zelf kiezen wie er over de vloer komt.' }],
    ...overrides,
  };
}

function errorsOf(input: unknown) {
  const result = parseSummaryBatch(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

/** The largest summary the schema allows, in characters that take the most bytes as JSON. */
function largest(): Summary {
  const ids = Array.from({ length: SUMMARY_LIMITS.themes }, (_, i) => `${'t'.repeat(60)}-${i}`);
  return valid({
    id: uuidv7(),
    revision: SUMMARY_LIMITS.revision,
    guide: { id: 'g'.repeat(SUMMARY_LIMITS.idLength), version: SUMMARY_LIMITS.guideVersion },
    areaId: 'a'.repeat(SUMMARY_LIMITS.idLength),
    residentProfile: 'alleenstaande-ouder',
    values: Object.fromEntries(
      VALUE_IDS.map((id) => [
        id,
        { experienced: SUMMARY_LIMITS.tagsPerValue, missing: SUMMARY_LIMITS.tagsPerValue },
      ]),
    ) as Summary['values'],
    themeIds: ids,
    obstacleThemeIds: ids,
    // "€" is 3 bytes in UTF-8, '"' becomes 2 characters in JSON.
    quotes: Array.from({ length: SUMMARY_LIMITS.quotes }, () => ({
      text: `${'€'.repeat(SUMMARY_LIMITS.quoteLength - 1)}"`,
    })),
  });
}

describe('the summary wire format', () => {
  it('accepts a complete summary and returns it typed', () => {
    const summary = valid();
    expect(parseSummaryBatch({ summaries: [summary] })).toEqual({
      ok: true,
      batch: { summaries: [summary] },
    });
    expect(parseSummary(summary)).toEqual({ ok: true, summary });
  });

  it('accepts every resident profile, the edges of every count, and no quotes or themes', () => {
    for (const residentProfile of CONVERSATION_PROFILES) {
      expect(parseSummary(valid({ residentProfile })).ok).toBe(true);
    }
    expect(parseSummary(valid({ themeIds: [], obstacleThemeIds: [], quotes: [] })).ok).toBe(true);
    expect(parseSummary(largest()).ok).toBe(true);
  });

  it('lets nothing else leave the device: unknown fields anywhere are errors', () => {
    const withNote = { ...valid(), note: 'Fatima van der Berg, Kraaiennest 12' };
    const values = { ...valid().values, autonomie: { experienced: 1, missing: 0, text: 'x' } };
    const quotes = [{ text: 'ok', speaker: 'bewoner' }];
    expect(errorsOf({ summaries: [withNote, valid({ values }), { ...valid(), quotes }] })).toEqual([
      { path: 'summaries/0/note', message: 'is not an allowed field' },
      { path: 'summaries/1/values/autonomie/text', message: 'is not an allowed field' },
      { path: 'summaries/2/quotes/0/speaker', message: 'is not an allowed field' },
    ]);
    expect(errorsOf({ summaries: [valid()], device: 'laptop-3' })).toEqual([
      { path: 'device', message: 'is not an allowed field' },
    ]);
  });

  it('names each wrong field with a path and a message of its own', () => {
    const summary = {
      ...valid(),
      id: 'not-a-uuid',
      revision: 1.5,
      period: { year: 2026, quarter: 5 },
      guide: { id: 'Algemeen!', version: 0 },
      residentProfile: 'algemeen',
      values: { ...valid().values, autonomie: { experienced: 1, missing: -1 } },
      themeIds: ['wonen', 'wonen'],
      quotes: [{ text: '   ' }, { text: 'a\u0000b' }, { text: '\ud800' }, { text: 'x'.repeat(501) }],
    };
    expect(errorsOf({ summaries: [summary] })).toEqual([
      { path: 'summaries/0/id', message: 'must be a UUID (version 4 or 7) in lowercase' },
      { path: 'summaries/0/revision', message: 'must be a whole number' },
      { path: 'summaries/0/period/quarter', message: 'must be 1, 2, 3 or 4' },
      {
        path: 'summaries/0/guide/id',
        message: 'must be an id of lowercase letters, digits and hyphens, at most 64 characters',
      },
      { path: 'summaries/0/guide/version', message: 'must be 1 or more' },
      {
        path: 'summaries/0/residentProfile',
        message: 'must be one of mantelzorger, jongere, alleenstaande-ouder, oudere, anders',
      },
      { path: 'summaries/0/values/autonomie/missing', message: 'must be 0 or more' },
      { path: 'summaries/0/themeIds', message: 'must not name the same id twice' },
      { path: 'summaries/0/quotes/0/text', message: 'must not be empty' },
      { path: 'summaries/0/quotes/1/text', message: 'must not contain control characters or broken Unicode' },
      { path: 'summaries/0/quotes/2/text', message: 'must not contain control characters or broken Unicode' },
      { path: 'summaries/0/quotes/3/text', message: 'must be at most 500 characters' },
    ]);
  });

  it('reports missing fields, including every value', () => {
    const { values: _values, ...withoutValues } = valid();
    expect(errorsOf({ summaries: [withoutValues] })).toEqual([
      { path: 'summaries/0/values', message: 'is required' },
    ]);
    const { zelfbeschikking: _z, ...fiveValues } = valid().values;
    expect(errorsOf({ summaries: [valid({ values: fiveValues as Summary['values'] })] })).toEqual([
      { path: 'summaries/0/values/zelfbeschikking', message: 'is required' },
    ]);
  });

  it('bounds the batch, every list and every count', () => {
    expect(errorsOf({ summaries: [] })).toEqual([
      { path: 'summaries', message: 'must have at least 1 summary' },
    ]);
    const tooMany = Array.from({ length: SUMMARY_LIMITS.batchSize + 1 }, () => valid());
    expect(errorsOf({ summaries: tooMany })).toEqual([
      { path: 'summaries', message: 'must have at most 100 summaries' },
    ]);
    const themes = Array.from({ length: SUMMARY_LIMITS.themes + 1 }, (_, i) => `t${i}`);
    const quotes = Array(100_000).fill({ text: 'x' });
    const values = { ...valid().values, compassie: { experienced: 1001, missing: 0 } };
    expect(errorsOf({ summaries: [valid({ themeIds: themes, quotes, values })] })).toEqual([
      { path: 'summaries/0/values/compassie/experienced', message: 'must be at most 1000' },
      { path: 'summaries/0/themeIds', message: 'must have at most 30 items' },
      { path: 'summaries/0/quotes', message: 'must have at most 10 items' },
    ]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const errors = errorsOf({ summaries: Array.from({ length: 30 }, () => ({})) });
    expect(errors).toHaveLength(SUMMARY_LIMITS.fieldErrors + 1);
    expect(errors.at(-1)).toEqual({ path: '', message: 'and 280 more problems' });
  });

  it('never quotes the input back, and hides invented field names that are not plain', () => {
    const secret = 'Mevrouw Jansen woont op de Kikkenstein 2';
    const errors = errorsOf({
      summaries: [
        { ...valid(), [secret]: 1, residentProfile: secret, quotes: [{ text: secret.repeat(20) }] },
      ],
    });
    expect(JSON.stringify(errors)).not.toContain('Jansen');
    expect(errors).toContainEqual({
      path: 'summaries/0/(unknown field)',
      message: 'is not an allowed field',
    });
  });

  it('fits a batch of the largest summaries in the body limit', () => {
    const batch = { summaries: Array.from({ length: SUMMARY_LIMITS.batchSize }, largest) };
    expect(parseSummaryBatch(batch).ok).toBe(true);
    const bytes = new TextEncoder().encode(JSON.stringify(batch)).length;
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMITS.batchBytes);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ summaries: fc.array(fc.anything(), { maxLength: 5 }) })),
        (input) => {
          const result = parseSummaryBatch(input);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) expect(error.message).toMatch(/\S/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts every summary it can describe, and blames only the field that was broken', () => {
    const summaryArbitrary = fc.record({
      id: fc.constant(null).map(() => uuidv7()),
      revision: fc.integer({ min: 1, max: SUMMARY_LIMITS.revision }),
      areaId: fc.constantFrom('gaasperdam', 'bijlmer-oost'),
      period: fc.record({ year: fc.integer({ min: 2000, max: 2100 }), quarter: fc.constantFrom(1, 2, 3, 4) }),
      guide: fc.record({
        id: fc.constantFrom('algemeen', 'mantelzorger'),
        version: fc.integer({ min: 1, max: 99 }),
      }),
      residentProfile: fc.constantFrom(...CONVERSATION_PROFILES),
      values: fc.record(
        Object.fromEntries(
          VALUE_IDS.map((id) => [id, fc.record({ experienced: fc.nat(1000), missing: fc.nat(1000) })]),
        ) as Record<string, fc.Arbitrary<{ experienced: number; missing: number }>>,
      ),
      themeIds: fc.uniqueArray(fc.constantFrom('wonen', 'taal', 'zorg'), { maxLength: 3 }),
      obstacleThemeIds: fc.uniqueArray(fc.constantFrom('wonen', 'taal'), { maxLength: 2 }),
      quotes: fc.array(
        fc.record({
          text: fc.string({ minLength: 1, maxLength: 500 }).filter((t) => /^[^\p{Cc}]*\S/u.test(t)),
        }),
        {
          maxLength: 10,
        },
      ),
    });
    fc.assert(
      fc.property(
        summaryArbitrary,
        fc.constantFrom('id', 'revision', 'areaId', 'period', 'values', 'quotes'),
        fc.anything(),
        (summary, key, junk) => {
          expect(parseSummary(summary).ok).toBe(true);
          const broken = { ...summary, [key]: junk };
          fc.pre(JSON.stringify(junk) !== JSON.stringify(summary[key as keyof typeof summary]));
          const result = parseSummary(broken);
          // Junk may happen to be valid ("a" is an area id, 7 a revision); otherwise the errors are
          // about the broken field, and only about it.
          if (!result.ok) expect(result.errors.every((error) => error.path.startsWith(key))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
