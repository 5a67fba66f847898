import { describe, expect, it } from 'vitest';
import { BUILT_IN_GUIDES } from '../../../../src/domain/guides/built-in';
import { guideFileName, parseGuideFile, serialiseGuide } from '../../../../src/domain/guides/file';
import { GUIDE_LIMITS } from '../../../../src/domain/guides/guide';
import { at, type FileJson, minimalGuide, problemsOf, promptAt } from './fixtures';

function fileWith(mutate: (file: FileJson) => void): string {
  const file = JSON.parse(serialiseGuide(minimalGuide())) as FileJson;
  mutate(file);
  return JSON.stringify(file);
}

describe('serialiseGuide and parseGuideFile', () => {
  it.each(BUILT_IN_GUIDES.map((guide) => [`${guide.id}/${guide.language}`, guide] as const))(
    'round-trips the built-in guide %s, which arrives as an own guide',
    (_, guide) => {
      const text = serialiseGuide(guide);
      const result = parseGuideFile(text);
      expect(result).toEqual({ ok: true, guide: { ...guide, builtIn: false } });
      if (result.ok) expect(serialiseGuide(result.guide)).toBe(text);
    },
  );

  it('writes the documented envelope as pretty JSON, without the builtIn flag', () => {
    const text = serialiseGuide(at(BUILT_IN_GUIDES, 0));
    expect(
      text.startsWith('{\n  "format": "buurtgesprek-guide",\n  "formatVersion": 1,\n  "guide": {\n'),
    ).toBe(true);
    expect(text).not.toContain('builtIn');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves out optional fields that are not set, and keeps them when they are', () => {
    const guide = minimalGuide();
    expect(serialiseGuide(guide)).not.toMatch(/"(description|intro|hint)"/);
    const withHint = {
      ...guide,
      description: 'Uitleg',
      sections: guide.sections.map((s) => ({ ...s, intro: 'Doel' })),
    };
    const result = parseGuideFile(serialiseGuide(withHint));
    expect(result.ok && result.guide.description).toBe('Uitleg');
    expect(result.ok && result.guide.sections.every((section) => section.intro === 'Doel')).toBe(true);
  });

  it('suggests a file name that tells guide, version and language apart', () => {
    expect(guideFileName(minimalGuide())).toBe('mijn-leidraad-v3-nl.json');
  });

  it('accepts a file that a Windows editor saved with a byte order mark', () => {
    expect(parseGuideFile(`\uFEFF${serialiseGuide(minimalGuide())}`).ok).toBe(true);
  });
});

describe('parseGuideFile on files that are not guide files', () => {
  it.each([
    ['empty text', ''],
    ['truncated JSON', serialiseGuide(minimalGuide()).slice(0, 200)],
    ['a trailing comma', '{"format": "buurtgesprek-guide",}'],
  ])('refuses %s as invalid JSON', (_, text) => {
    expect(problemsOf(parseGuideFile(text))).toEqual([{ path: '', code: 'invalid-json' }]);
  });

  it.each([
    ['a list', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['an object without format', '{"guide": {}}'],
    ['another format', '{"format": "buurtgesprek-summary", "formatVersion": 1}'],
  ])('says once that %s is not a guide file', (_, text) => {
    expect(problemsOf(parseGuideFile(text))).toEqual([{ path: '', code: 'not-a-guide-file' }]);
  });

  it('names the format version it cannot read', () => {
    const result = parseGuideFile(fileWith((file) => Object.assign(file, { formatVersion: 2 })));
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: 'formatVersion', code: 'unsupported-format-version', params: { found: '2', supported: 1 } },
      ],
    });
    expect(
      problemsOf(parseGuideFile(fileWith((file) => Object.assign(file, { formatVersion: '1' })))),
    ).toEqual([{ path: 'formatVersion', code: 'unsupported-format-version' }]);
  });

  it('reports a missing guide and unknown top-level fields', () => {
    const text = fileWith((file) => {
      Reflect.deleteProperty(file, 'guide');
      file.exportedBy = 'someone';
    });
    expect(problemsOf(parseGuideFile(text))).toEqual([
      { path: 'exportedBy', code: 'unknown-key' },
      { path: 'guide', code: 'missing' },
    ]);
  });
});

describe('parseGuideFile on hostile files', () => {
  it('refuses a file over 1 MB before parsing it, counting bytes rather than characters', () => {
    const valid = serialiseGuide(minimalGuide());
    const atLimit = valid.replace(/\n$/, ' '.repeat(GUIDE_LIMITS.fileBytes - valid.length + 1));
    expect(new TextEncoder().encode(atLimit).byteLength).toBe(GUIDE_LIMITS.fileBytes);
    expect(parseGuideFile(atLimit).ok).toBe(true);
    expect(problemsOf(parseGuideFile(`${atLimit} `))).toEqual([{ path: '', code: 'file-too-large' }]);
    // 600,000 characters, but 1.2 million bytes in UTF-8.
    const wide = fileWith((file) => Object.assign(file, { padding: 'é'.repeat(600_000) }));
    expect(wide.length).toBeLessThan(GUIDE_LIMITS.fileBytes);
    expect(problemsOf(parseGuideFile(wide))).toEqual([{ path: '', code: 'file-too-large' }]);
  });

  it('refuses prototype-polluting keys wherever they are, and pollutes nothing', () => {
    const text = serialiseGuide(minimalGuide())
      .replace('"title": "Mijn leidraad"', '"__proto__": { "polluted": true }, "title": "Mijn leidraad"')
      .replace('"probes": []', '"probes": [], "constructor": { "prototype": { "polluted": true } }');
    expect(problemsOf(parseGuideFile(text))).toEqual([
      { path: 'guide.__proto__', code: 'forbidden-key' },
      { path: 'guide.sections.0.prompts.0.constructor', code: 'forbidden-key' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives nesting deeper than any call stack', () => {
    const depth = 100_000;
    const text = fileWith((file) => Object.assign(file.guide, { title: 'DEEP' })).replace(
      '"DEEP"',
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    expect(problemsOf(parseGuideFile(text))).toEqual([{ path: 'guide.title', code: 'wrong-type' }]);
  });

  it('keeps a megabyte-long unknown key out of paths, parameters and messages', () => {
    const key = 'x'.repeat(500_000);
    const result = parseGuideFile(fileWith((file) => Object.assign(file.guide, { [key]: 1 })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [problem] = result.errors;
    expect(problem?.code).toBe('unknown-key');
    expect(problem?.path.length).toBeLessThan(60);
    expect(JSON.stringify(problem).length).toBeLessThan(400);
  });

  it('stops listing problems at a hundred', () => {
    const text = fileWith((file) => {
      const section = at(file.guide.sections, 0);
      Object.assign(section, {
        prompts: Array.from({ length: 50 }, (_, i) => ({ id: `v-${i}`, probes: 'x', values: 'y' })),
      });
    });
    const result = parseGuideFile(text);
    expect(result.ok === false && result.errors.length).toBe(GUIDE_LIMITS.problems);
  });

  it('reports only the first problem of a prompt id that is both too long and malformed', () => {
    const text = fileWith((file) => Object.assign(promptAt(file, 0, 0), { id: 'X'.repeat(65) }));
    expect(problemsOf(parseGuideFile(text))).toEqual([
      { path: 'guide.sections.0.prompts.0.id', code: 'too-long' },
    ]);
  });
});
