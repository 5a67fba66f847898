import * as v from 'valibot';
import { VALUE_IDS } from '../values';
import { GUIDE_ID_PATTERN, GUIDE_LANGUAGES, GUIDE_LIMITS, GUIDE_PHASES, type Guide } from './guide';
import { problemFromIssue } from './issues';
import type { GuideProblem } from './problems';
import { RESIDENT_PROFILES } from './profiles';
import { structureProblems } from './structure';

/**
 * The shape of a guide, checked with valibot. Objects are strict, so an unknown key (including
 * `__proto__`) is an error rather than something copied along; rules that span fields (phase
 * order, unique prompt ids) live in structure.ts and run once the shape is right.
 */

/** C0 control characters other than tab and line breaks, and DEL: never needed, easy to hide things in. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

// The check messages are problem codes: issues.ts turns them into problems.
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((value) => value.trim() !== '', 'empty'),
    v.check((value) => !hasControlCharacters(value), 'invalid-characters'),
  );

const id = v.pipe(v.string(), v.maxLength(GUIDE_LIMITS.idLength), v.regex(GUIDE_ID_PATTERN));

const PromptSchema = v.strictObject({
  id,
  question: text(GUIDE_LIMITS.textLength),
  probes: v.pipe(v.array(text(GUIDE_LIMITS.textLength)), v.maxLength(GUIDE_LIMITS.probesPerPrompt)),
  hint: v.optional(text(GUIDE_LIMITS.textLength)),
  values: v.pipe(v.array(v.picklist(VALUE_IDS)), v.maxLength(VALUE_IDS.length)),
});

const SectionSchema = v.strictObject({
  phase: v.picklist(GUIDE_PHASES),
  title: text(GUIDE_LIMITS.titleLength),
  intro: v.optional(text(GUIDE_LIMITS.textLength)),
  prompts: v.pipe(v.array(PromptSchema), v.minLength(1), v.maxLength(GUIDE_LIMITS.promptsPerSection)),
});

export const GuideSchema = v.strictObject({
  id,
  version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  title: text(GUIDE_LIMITS.titleLength),
  language: v.picklist(GUIDE_LANGUAGES),
  residentProfile: v.picklist(RESIDENT_PROFILES),
  description: v.optional(text(GUIDE_LIMITS.textLength)),
  builtIn: v.boolean(),
  sections: v.pipe(v.array(SectionSchema), v.maxLength(GUIDE_PHASES.length)),
});

/** A guide inside an export file: `builtIn` is where a guide came from, not part of its content. */
export const GuideFileContentSchema = v.omit(GuideSchema, ['builtIn']);

// One problem per field is enough to fix it; a 3,000-space title is "too long", not also "empty".
const ONE_PROBLEM_PER_FIELD = { abortPipeEarly: true } as const;

export type GuideResult = { ok: true; guide: Guide } | { ok: false; errors: GuideProblem[] };

export function guideFailure(errors: readonly GuideProblem[]): GuideResult {
  return { ok: false, errors: errors.slice(0, GUIDE_LIMITS.problems) };
}

function checked(guide: Guide): GuideResult {
  const problems = structureProblems(guide);
  return problems.length > 0 ? guideFailure(problems) : { ok: true, guide };
}

/** Checks a guide held in memory or storage, e.g. before the editor saves a revision. */
export function validateGuide(input: unknown): GuideResult {
  const result = v.safeParse(GuideSchema, input, ONE_PROBLEM_PER_FIELD);
  return result.success ? checked(result.output) : guideFailure(result.issues.map(problemFromIssue));
}

/** Checks the `guide` field of an export file; whatever it was on the sender's device, it is not built in here. */
export function validateGuideFileContent(input: unknown): GuideResult {
  const result = v.safeParse(GuideFileContentSchema, input, ONE_PROBLEM_PER_FIELD);
  return result.success
    ? checked({ ...result.output, builtIn: false })
    : guideFailure(result.issues.map(problemFromIssue));
}
