import { expect } from 'vitest';
import { GUIDE_PHASES, type Guide } from '../../../../src/domain/guides/guide';
import type { GuideResult } from '../../../../src/domain/guides/schema';

/** The smallest guide the rules allow: one prompt per phase. */
export function minimalGuide(): Guide {
  return {
    id: 'mijn-leidraad',
    version: 3,
    title: 'Mijn leidraad',
    language: 'nl',
    residentProfile: 'oudere',
    builtIn: false,
    sections: GUIDE_PHASES.map((phase) => ({
      phase,
      title: `Fase ${phase}`,
      prompts: [{ id: `vraag-${phase}`, question: `Vraag bij ${phase}?`, probes: [], values: [] }],
    })),
  };
}

/** A guide file as plain JSON, for tests that break it on purpose. */
export interface PromptJson {
  probes: unknown[];
  values: unknown[];
  [key: string]: unknown;
}
export interface SectionJson {
  prompts: PromptJson[];
  [key: string]: unknown;
}
export interface GuideJson {
  sections: SectionJson[];
  [key: string]: unknown;
}
export interface FileJson {
  guide: GuideJson;
  [key: string]: unknown;
}

export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`Fixture has no item ${index}`);
  return item;
}

export function promptAt(file: FileJson, section: number, prompt: number): PromptJson {
  return at(at(file.guide.sections, section).prompts, prompt);
}

/** Path and code of each problem: what the tests pin down exactly. */
export function problemsOf(result: GuideResult): { path: string; code: string }[] {
  if (result.ok) return [];
  for (const problem of result.errors) expect(problem.message.length).toBeGreaterThan(0);
  return result.errors.map(({ path, code }) => ({ path, code }));
}
