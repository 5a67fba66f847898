import { GUIDE_LIMITS, type Guide } from './guide';
import { dotPath, excerpt, type GuideProblem, guideProblem, withPrefix } from './problems';
import { type GuideResult, guideFailure, validateGuideFileContent } from './schema';

/**
 * The export file: `{ "format": "buurtgesprek-guide", "formatVersion": 1, "guide": {...} }`.
 * Interviewers pass these around by mail and USB stick, so every file is treated as hostile.
 */
export const GUIDE_FILE_FORMAT = 'buurtgesprek-guide';
export const GUIDE_FILE_FORMAT_VERSION = 1;

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['format', 'formatVersion', 'guide']);
// Keys that pollute prototypes when a consumer later merges the data with Object.assign or similar.
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function parseGuideFile(text: string): GuideResult {
  // Length in UTF-16 units never exceeds the UTF-8 byte count, so the cheap test goes first.
  if (
    text.length > GUIDE_LIMITS.fileBytes ||
    new TextEncoder().encode(text).byteLength > GUIDE_LIMITS.fileBytes
  ) {
    return guideFailure([guideProblem('', 'file-too-large', { maxBytes: GUIDE_LIMITS.fileBytes })]);
  }
  let data: unknown;
  try {
    // Windows editors like to start UTF-8 files with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return guideFailure([guideProblem('', 'invalid-json', {})]);
  }
  // Another kind of JSON file gets one plain answer, not a list of everything it lacks.
  if (!isRecord(data) || data.format !== GUIDE_FILE_FORMAT) {
    return guideFailure([guideProblem('', 'not-a-guide-file', {})]);
  }
  if (data.formatVersion !== GUIDE_FILE_FORMAT_VERSION) {
    const found = excerpt(String(data.formatVersion));
    return guideFailure([
      guideProblem('formatVersion', 'unsupported-format-version', {
        found,
        supported: GUIDE_FILE_FORMAT_VERSION,
      }),
    ]);
  }
  const forbidden = forbiddenKeyProblems(data);
  if (forbidden.length > 0) return guideFailure(forbidden);

  const envelopeProblems = Object.keys(data)
    .filter((key) => !ENVELOPE_KEYS.has(key))
    .map((key) => guideProblem(dotPath([key]), 'unknown-key', { key: excerpt(key) }));
  if (!('guide' in data)) return guideFailure([...envelopeProblems, guideProblem('guide', 'missing', {})]);
  const result = validateGuideFileContent(data.guide);
  if (result.ok && envelopeProblems.length === 0) return result;
  return guideFailure([...envelopeProblems, ...(result.ok ? [] : withPrefix('guide', result.errors))]);
}

/** Pretty JSON with keys in a fixed order, so two exports of one version are byte-identical. */
export function serialiseGuide(guide: Guide): string {
  const file = {
    format: GUIDE_FILE_FORMAT,
    formatVersion: GUIDE_FILE_FORMAT_VERSION,
    guide: {
      id: guide.id,
      version: guide.version,
      title: guide.title,
      language: guide.language,
      residentProfile: guide.residentProfile,
      description: guide.description,
      sections: guide.sections.map((section) => ({
        phase: section.phase,
        title: section.title,
        intro: section.intro,
        prompts: section.prompts.map((prompt) => ({
          id: prompt.id,
          question: prompt.question,
          probes: prompt.probes,
          hint: prompt.hint,
          values: prompt.values,
        })),
      })),
    },
  };
  // JSON.stringify leaves out the optional fields that are undefined.
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "mantelzorger-v2-nl.json": ids are kebab-case by rule, so the name is safe on every file system. */
export function guideFileName(guide: Guide): string {
  return `${guide.id}-v${guide.version}-${guide.language}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

/**
 * Walks the whole parsed file without recursion: a megabyte of "[[[[" nests deeper than any
 * call stack. Only objects and arrays are queued, and paths are rebuilt from parent links only
 * for a hit, so time and memory stay linear in the file's size.
 */
function forbiddenKeyProblems(root: unknown): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const queue: Visit[] = [{ value: root, key: null, parent: null }];
  for (let head = 0; head < queue.length && problems.length < GUIDE_LIMITS.problems; head++) {
    const visit = queue[head];
    if (!visit) break;
    const { value } = visit;
    if (Array.isArray(value)) {
      value.forEach((child, index) => {
        if (typeof child === 'object' && child !== null)
          queue.push({ value: child, key: index, parent: visit });
      });
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        const childVisit = { value: child, key, parent: visit };
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push(guideProblem(dotPath(pathOf(childVisit)), 'forbidden-key', { key }));
        } else if (typeof child === 'object' && child !== null) queue.push(childVisit);
      }
    }
  }
  return problems;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}
