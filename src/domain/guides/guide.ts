import type { ValueId } from '../values';
import type { ResidentProfile } from './profiles';

/**
 * A guide (gespreksleidraad) is versioned data, not code: interviewers duplicate and revise it, and
 * a conversation records exactly which version it followed. A version's identity is
 * (id, language, version); the Dutch and English variants of one guide share the id and the prompt
 * ids, so answers to one prompt can be read together whatever language the conversation was in.
 */
export const GUIDE_LANGUAGES = ['nl', 'en'] as const;
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number];

/** The appreciative cycle. Every guide has each phase exactly once, in this order. */
export const GUIDE_PHASES = ['opening', 'discover', 'dream', 'design', 'deliver', 'closing'] as const;
export type GuidePhase = (typeof GUIDE_PHASES)[number];

export interface GuidePrompt {
  /** Stable within the guide and across its versions and languages: notes refer to it. */
  id: string;
  /** Said to the resident, as are the probes. */
  question: string;
  /** Follow-up questions (doorvragen); may be empty. */
  probes: readonly string[];
  /** Technique tip for the interviewer, never read out to the resident. */
  hint?: string;
  /** Values this prompt tends to touch: a suggestion for tagging, not a conclusion. */
  values: readonly ValueId[];
}

export interface GuideSection {
  phase: GuidePhase;
  title: string;
  /** For the interviewer: what this part of the conversation is for. */
  intro?: string;
  prompts: readonly GuidePrompt[];
}

export interface Guide {
  id: string;
  /** Positive integer; a version a conversation used is never changed, only succeeded. */
  version: number;
  title: string;
  language: GuideLanguage;
  residentProfile: ResidentProfile;
  description?: string;
  /** Shipped with the app. Not part of the file format: an imported guide is never built in. */
  builtIn: boolean;
  sections: readonly GuideSection[];
}

/**
 * Caps that keep a hostile or broken file from exhausting a phone's memory or the screen.
 * Generous for real guides: the longest built-in question is a few hundred characters.
 */
export const GUIDE_LIMITS = {
  fileBytes: 1024 * 1024,
  idLength: 64,
  titleLength: 200,
  textLength: 2000,
  promptsPerSection: 50,
  probesPerPrompt: 20,
  /** More problems than this are not shown: nobody fixes a file by reading a thousand of them. */
  problems: 100,
} as const;

/** Lowercase words of a-z and 0-9 joined by single hyphens: safe in URLs, file names and summaries. */
export const GUIDE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isGuideId(candidate: string): boolean {
  return candidate.length <= GUIDE_LIMITS.idLength && GUIDE_ID_PATTERN.test(candidate);
}

/** A readable id from a title ("Gesprek met Één ouder" → "gesprek-met-een-ouder"), unique among `takenIds`. */
export function guideIdFor(title: string, takenIds: ReadonlySet<string>): string {
  const base =
    title
      .toLocaleLowerCase('nl')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      // Room for a "-NNN" suffix within the id length cap.
      .slice(0, GUIDE_LIMITS.idLength - 4)
      .replace(/-+$/, '') || 'leidraad';
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return id;
}
