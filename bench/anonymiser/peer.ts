import { SyncRedactor } from '@dawn-analytics/redact-pii';
import * as patterns from '@dawn-analytics/redact-pii/dist/built-ins/simple-regexp-patterns';
import { PII_TYPES, type PiiType } from '../../src/domain/anonymiser';
import type { FoundSpan } from '../../tests/unit/domain/anonymiser/corpus/score';

/**
 * The peer redactor: redact-pii (the maintained @dawn-analytics fork), run as shipped, with all its
 * built-in redactors. It returns only the redacted string, so each kind is given its own one-character
 * marker from the Unicode private-use area (no letter, digit or word character, so no later
 * redactor of its chain touches it), and the spans are recovered from where the markers stand.
 */
export const PEER_LABEL = 'redact-pii';

/** Its kinds, mapped to ours where they mean the same thing. */
export const PEER_KINDS = {
  creditCardNumber: null,
  streetAddress: 'address', // US style: "12 Main Street"
  zipcode: 'postcode', // US: five digits
  phoneNumber: 'phone', // North American groupings
  ipAddress: null,
  usSocialSecurityNumber: 'bsn', // the nearest kind: a national person number, US-shaped (3-2-4)
  emailAddress: 'email',
  username: null,
  password: null,
  credentials: null,
  digits: null, // any run of 4+ digits: counted in the type-blind figures only
  url: 'url',
  names: 'person',
} as const satisfies Record<string, PiiType | null>;

type PeerKind = keyof typeof PEER_KINDS;
type PatternKind = Exclude<PeerKind, 'names'>;
const PATTERNS: Record<PatternKind, RegExp> = patterns;
const KINDS = Object.keys(PEER_KINDS) as PeerKind[];
// A library update that adds a kind must not go unscored: its markers would read as text.
const unmapped = Object.entries(patterns)
  .filter(([key, value]) => value instanceof RegExp && !(key in PEER_KINDS))
  .map(([key]) => key);
if (unmapped.length > 0) throw new Error(`${PEER_LABEL} has kinds not mapped here: ${unmapped.join(', ')}`);
const MARKER_BASE = 0xe000;

/** Our types the peer has no kind for at all. */
const MAPPED: ReadonlySet<PiiType | null> = new Set(Object.values(PEER_KINDS));
export const UNCOMPARABLE_TYPES: readonly PiiType[] = PII_TYPES.filter((type) => !MAPPED.has(type));

export function plainPeer(): SyncRedactor {
  return new SyncRedactor();
}

export function markingPeer(): SyncRedactor {
  const builtInRedactors = Object.fromEntries(
    KINDS.map((kind, n) => [kind, { replaceWith: String.fromCharCode(MARKER_BASE + n) }]),
  );
  return new SyncRedactor({ builtInRedactors });
}

/**
 * The peer replaces substrings with markers and leaves the rest as it was, so the output is input
 * literals separated by markers: input = lit0 X1 lit1 … Xk litk. The literals are placed in order;
 * where one could sit in several places (a short " " between two markers), the place whose X fits
 * its kind's own pattern wins, and failing that the first place that leaves the rest placeable.
 */
export function peerSpans(input: string, output: string): FoundSpan[] {
  const literals: string[] = [''];
  const markers: PeerKind[] = [];
  for (const char of output) {
    const kind = KINDS[char.charCodeAt(0) - MARKER_BASE];
    if (kind) {
      markers.push(kind);
      literals.push('');
    } else literals[literals.length - 1] += char;
  }
  const first = literals[0] ?? '';
  if (!input.startsWith(first)) throw new Error(`${PEER_LABEL} changed text it did not replace`);
  const spans =
    place(input, literals, markers, 1, first.length, true) ??
    place(input, literals, markers, 1, first.length, false);
  if (!spans) throw new Error(`could not align ${PEER_LABEL} output with its input`);
  return spans;
}

function place(
  input: string,
  literals: readonly string[],
  markers: readonly PeerKind[],
  index: number,
  from: number,
  strict: boolean,
): FoundSpan[] | null {
  const literal = literals[index];
  const kind = markers[index - 1];
  if (literal === undefined || kind === undefined) return from === input.length ? [] : null;
  const last = index === literals.length - 1;
  for (let at = input.indexOf(literal, from + 1); at !== -1; at = input.indexOf(literal, at + 1)) {
    if (last && at + literal.length !== input.length) continue;
    if (strict && !fitsKind(kind, input.slice(from, at))) continue;
    const rest = place(input, literals, markers, index + 1, at + literal.length, strict);
    if (rest) return [{ start: from, end: at, type: PEER_KINDS[kind] }, ...rest];
  }
  return null;
}

function fitsKind(kind: PeerKind, text: string): boolean {
  if (kind === 'names') return /^[\p{L}\s.'-]+$/u.test(text);
  const pattern = PATTERNS[kind];
  return new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', '')).test(text);
}
