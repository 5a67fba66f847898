import { GUIDE_PHASES } from './guide';

/**
 * What can be wrong with a guide, as codes with parameters so the UI can say it in the user's
 * language; `message` is a fixed English sentence for logs. Parameters never carry more than a
 * short excerpt of the file: a hostile file must not flood a log or the screen.
 */
interface ParamsByCode {
  'file-too-large': { maxBytes: number };
  'invalid-json': Record<string, never>;
  'not-a-guide-file': Record<string, never>;
  'unsupported-format-version': { found: string; supported: number };
  'forbidden-key': { key: string };
  'unknown-key': { key: string };
  missing: Record<string, never>;
  'wrong-type': { expected: 'text' | 'number' | 'list' | 'object' | 'true-or-false' };
  'not-allowed': { found: string; allowed: string };
  empty: Record<string, never>;
  'too-long': { max: number };
  'too-few': { min: number };
  'too-many': { max: number };
  'invalid-id': { max: number };
  'invalid-characters': Record<string, never>;
  'not-positive-integer': Record<string, never>;
  'unknown-value': { found: string; allowed: string };
  'duplicate-value': { value: string };
  'duplicate-prompt-id': { id: string; firstPath: string };
  'phase-missing': { phase: string };
  'phase-duplicate': { phase: string };
  'phase-out-of-order': { expected: string; found: string };
  invalid: Record<string, never>;
}

export type GuideProblemCode = keyof ParamsByCode;

export type GuideProblemOf<C extends GuideProblemCode> = {
  /** Dot path into the file ("guide.sections.2.prompts.0.question"); '' is the file as a whole. */
  path: string;
  code: C;
  params: ParamsByCode[C];
  message: string;
};

export type GuideProblem = { [C in GuideProblemCode]: GuideProblemOf<C> }[GuideProblemCode];

const PHASE_ORDER = GUIDE_PHASES.join(', ');

const MESSAGES: { [C in GuideProblemCode]: (params: ParamsByCode[C]) => string } = {
  'file-too-large': (p) => `The file is larger than ${p.maxBytes} bytes.`,
  'invalid-json': () => 'The file is not valid JSON.',
  'not-a-guide-file': () => 'This is not a Buurtgesprek guide file.',
  'unsupported-format-version': (p) =>
    `The file has format version ${p.found}; this app reads version ${p.supported}.`,
  'forbidden-key': (p) => `The key "${p.key}" is not allowed anywhere in a guide file.`,
  'unknown-key': (p) => `Unknown field "${p.key}".`,
  missing: () => 'This field is required.',
  'wrong-type': (p) => `Expected ${p.expected.replaceAll('-', ' ')}.`,
  'not-allowed': (p) => `"${p.found}" is not allowed; use one of: ${p.allowed}.`,
  empty: () => 'Must not be empty.',
  'too-long': (p) => `Longer than ${p.max} characters.`,
  'too-few': (p) => `Needs at least ${p.min}.`,
  'too-many': (p) => `More than ${p.max}.`,
  'invalid-id': (p) => `Use lowercase letters, digits and single hyphens, at most ${p.max} characters.`,
  'invalid-characters': () => 'Contains control characters.',
  'not-positive-integer': () => 'Must be a whole number of 1 or more.',
  'unknown-value': (p) => `Unknown value "${p.found}"; the values are: ${p.allowed}.`,
  'duplicate-value': (p) => `The value "${p.value}" is listed twice.`,
  'duplicate-prompt-id': (p) => `The prompt id "${p.id}" is already used at ${p.firstPath}.`,
  'phase-missing': (p) => `The phase "${p.phase}" is missing; phases go ${PHASE_ORDER}.`,
  'phase-duplicate': (p) => `The phase "${p.phase}" appears more than once.`,
  'phase-out-of-order': (p) => `Expected the phase "${p.expected}" here; phases go ${PHASE_ORDER}.`,
  invalid: () => 'This value is not valid.',
};

export function guideProblem<C extends GuideProblemCode>(
  path: string,
  code: C,
  params: ParamsByCode[C],
): GuideProblemOf<C> {
  return { path, code, params, message: MESSAGES[code](params) };
}

const EXCERPT_LENGTH = 40;

/** Keys and values from the file, shortened: an unknown key can itself be a megabyte long. */
export function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

// Deeper than any real guide path (guide.sections.N.prompts.N.probes.N is 7), shallower than junk.
const PATH_SEGMENTS = 12;

export function dotPath(segments: readonly (string | number)[]): string {
  const shown = segments
    .slice(0, PATH_SEGMENTS)
    .map((segment) => (typeof segment === 'number' ? String(segment) : excerpt(segment)));
  return segments.length > PATH_SEGMENTS ? `${shown.join('.')}.…` : shown.join('.');
}

/** Paths of a guide checked inside a file start at the file's `guide` field. */
export function withPrefix(prefix: string, problems: readonly GuideProblem[]): GuideProblem[] {
  const prefixed = (path: string) => (path ? `${prefix}.${path}` : prefix);
  return problems.map((problem) =>
    problem.code === 'duplicate-prompt-id'
      ? guideProblem(prefixed(problem.path), problem.code, {
          ...problem.params,
          firstPath: prefixed(problem.params.firstPath),
        })
      : { ...problem, path: prefixed(problem.path) },
  );
}
