import { VALUE_IDS } from '../values';
import { GUIDE_LANGUAGES, GUIDE_LIMITS, GUIDE_PHASES } from './guide';
import { dotPath, excerpt, type GuideProblem, guideProblem } from './problems';
import { RESIDENT_PROFILES } from './profiles';

/**
 * Turns valibot's issues into our problem codes. valibot's own messages are not used: they quote
 * the offending input in full, which for a hostile file can be a megabyte.
 */

/** The part of valibot's `BaseIssue` read here, so that only schema.ts depends on valibot. */
export interface SchemaIssue {
  readonly type: string;
  readonly input: unknown;
  readonly expected: string | null;
  readonly requirement?: unknown;
  readonly message: string;
  readonly path?: readonly { readonly type: string; readonly origin: string; readonly key: unknown }[];
}

const OPTIONS_BY_FIELD: Readonly<Record<string, readonly string[]>> = {
  language: GUIDE_LANGUAGES,
  residentProfile: RESIDENT_PROFILES,
  phase: GUIDE_PHASES,
  values: VALUE_IDS,
};

function segmentsOf(issue: SchemaIssue): (string | number)[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** What was found, for the message: the start of a text, never a whole nested structure. */
function describe(input: unknown): string {
  if (typeof input === 'string') return excerpt(input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return Array.isArray(input) ? 'list' : typeof input;
}

export function problemFromIssue(issue: SchemaIssue): GuideProblem {
  const segments = segmentsOf(issue);
  const path = dotPath(segments);
  const last = issue.path?.at(-1);

  switch (issue.type) {
    case 'strict_object':
      if (last?.type === 'object' && last.origin === 'key') {
        // valibot reports an unknown key with `expected: 'never'` and a missing one with its name.
        return issue.expected === 'never'
          ? guideProblem(path, 'unknown-key', { key: excerpt(String(last.key)) })
          : guideProblem(path, 'missing', {});
      }
      return guideProblem(path, 'wrong-type', { expected: 'object' });
    case 'string':
      return guideProblem(path, 'wrong-type', { expected: 'text' });
    case 'number':
      return guideProblem(path, 'wrong-type', { expected: 'number' });
    case 'array':
      return guideProblem(path, 'wrong-type', { expected: 'list' });
    case 'boolean':
      return guideProblem(path, 'wrong-type', { expected: 'true-or-false' });
    case 'picklist': {
      const field = segments.findLast((segment) => typeof segment === 'string') ?? '';
      const allowed = (OPTIONS_BY_FIELD[field] ?? []).join(', ');
      const found = describe(issue.input);
      return field === 'values'
        ? guideProblem(path, 'unknown-value', { found, allowed })
        : guideProblem(path, 'not-allowed', { found, allowed });
    }
    case 'max_length': {
      const max = Number(issue.requirement);
      return typeof issue.input === 'string'
        ? guideProblem(path, 'too-long', { max })
        : guideProblem(path, 'too-many', { max });
    }
    case 'min_length':
      return guideProblem(path, 'too-few', { min: Number(issue.requirement) });
    case 'regex':
      return guideProblem(path, 'invalid-id', { max: GUIDE_LIMITS.idLength });
    case 'safe_integer':
    case 'min_value':
      return guideProblem(path, 'not-positive-integer', {});
    case 'check':
      return issue.message === 'invalid-characters'
        ? guideProblem(path, 'invalid-characters', {})
        : guideProblem(path, 'empty', {});
    default:
      // Only reachable if the schema gains a rule this mapping does not know: still a clear "no".
      return guideProblem(path, 'invalid', {});
  }
}
