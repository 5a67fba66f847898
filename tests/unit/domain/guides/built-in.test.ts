import { describe, expect, it } from 'vitest';
import { BUILT_IN_GUIDE_IDS, BUILT_IN_GUIDES } from '../../../../src/domain/guides/built-in';
import { GUIDE_PHASES, type Guide } from '../../../../src/domain/guides/guide';
import { validateGuide } from '../../../../src/domain/guides/schema';
import { latestGuides } from '../../../../src/domain/guides/versions';

const current = latestGuides(BUILT_IN_GUIDES);
const named = (guide: Guide) => `${guide.id}/${guide.language}`;

function variant(id: string, language: 'nl' | 'en'): Guide {
  const guide = current.find((candidate) => candidate.id === id && candidate.language === language);
  if (!guide) throw new Error(`No built-in guide ${id}/${language}`);
  return guide;
}

/** The text a resident hears, split into sentences. */
function spokenSentences(guide: Guide): string[] {
  return guide.sections
    .flatMap((section) => section.prompts.flatMap((prompt) => [prompt.question, ...prompt.probes]))
    .flatMap((text) => text.split(/(?<=[.?!])\s+/));
}

describe('built-in guides', () => {
  it('are the four documented guides, each in Dutch and English', () => {
    expect(current.map(named)).toEqual([
      'algemeen/nl',
      'algemeen/en',
      'mantelzorger/nl',
      'mantelzorger/en',
      'jongere-schulden/nl',
      'jongere-schulden/en',
      'alleenstaande-ouder/nl',
      'alleenstaande-ouder/en',
    ]);
    expect([...BUILT_IN_GUIDE_IDS]).toEqual([
      'algemeen',
      'mantelzorger',
      'jongere-schulden',
      'alleenstaande-ouder',
    ]);
  });

  it.each(BUILT_IN_GUIDES.map((guide) => [named(guide), guide] as const))(
    '%s passes the schema as built in',
    (_, guide) => {
      expect(guide.builtIn).toBe(true);
      expect(validateGuide(guide)).toEqual({ ok: true, guide });
    },
  );

  it.each(current.map((guide) => [named(guide), guide] as const))(
    '%s has 2 to 5 prompts and some technique hints per phase',
    (_, guide) => {
      for (const section of guide.sections) {
        expect(section.prompts.length, section.phase).toBeGreaterThanOrEqual(2);
        expect(section.prompts.length, section.phase).toBeLessThanOrEqual(5);
        expect(
          section.prompts.some((prompt) => prompt.hint),
          section.phase,
        ).toBe(true);
        expect(
          section.prompts.every((prompt) => prompt.values.length > 0),
          section.phase,
        ).toBe(true);
      }
    },
  );

  it.each(current.map((guide) => [named(guide), guide] as const))(
    '%s asks for consent and explains the values circle',
    (_, guide) => {
      const idsIn = (phase: string) =>
        guide.sections.find((section) => section.phase === phase)?.prompts.map((p) => p.id);
      expect(idsIn('opening')).toEqual([
        'opening-kennismaken',
        'opening-aantekeningen',
        'opening-samenvatting',
      ]);
      expect(idsIn('closing')).toContain('closing-wat-gebeurt-er');
    },
  );

  it.each(current.map((guide) => [named(guide), guide] as const))(
    '%s speaks in short sentences (plain language, B1)',
    (_, guide) => {
      const long = spokenSentences(guide).filter((sentence) => sentence.split(/\s+/).length > 18);
      expect(long).toEqual([]);
    },
  );

  it('say "je" to the young person and "u" to the other residents', () => {
    const questions = (guide: Guide) =>
      guide.sections.flatMap((section) => section.prompts.map((p) => p.question));
    expect(questions(variant('jongere-schulden', 'nl')).filter((q) => /\b(u|uw)\b/i.test(q))).toEqual([]);
    for (const id of ['algemeen', 'mantelzorger', 'alleenstaande-ouder']) {
      expect(questions(variant(id, 'nl')).filter((q) => /\b(je|jij|jou|jouw)\b/i.test(q))).toEqual([]);
    }
  });
});

describe('Dutch and English variants', () => {
  it.each([...BUILT_IN_GUIDE_IDS])('%s share version, profile, phases, prompt ids and values', (id) => {
    const structure = (guide: Guide) => ({
      version: guide.version,
      residentProfile: guide.residentProfile,
      sections: guide.sections.map((section) => ({
        phase: section.phase,
        hasIntro: section.intro !== undefined,
        prompts: section.prompts.map((prompt) => ({
          id: prompt.id,
          probes: prompt.probes.length,
          hasHint: prompt.hint !== undefined,
          values: prompt.values,
        })),
      })),
    });
    expect(structure(variant(id, 'en'))).toEqual(structure(variant(id, 'nl')));
    expect(variant(id, 'nl').sections.map((section) => section.phase)).toEqual([...GUIDE_PHASES]);
  });

  it('are translated, not copied', () => {
    for (const id of BUILT_IN_GUIDE_IDS) {
      const nl = variant(id, 'nl').sections.flatMap((section) => section.prompts.map((p) => p.question));
      const en = variant(id, 'en').sections.flatMap((section) => section.prompts.map((p) => p.question));
      expect(nl.filter((question, index) => question === en[index])).toEqual([]);
    }
  });
});
