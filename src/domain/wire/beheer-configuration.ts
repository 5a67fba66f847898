import type { ConfigurationDiff } from '../configuration/diff';
import type { PublishedGuideRef } from '../configuration/layer';
import type { AreaConfiguration } from '../configuration/merge';
import type { RetentionPolicy } from '../configuration/retention';
import type { Guide } from '../guides/guide';
import type { ResidentProfile } from '../guides/profiles';
import type { Period } from '../period';
import type { ThemeLabels } from '../themes';

/**
 * The console's view of the configuration (`/api/beheer/configuration`,
 * `/api/beheer/groups/:groupId/configuration`, `/api/beheer/areas/:areaId/configuration`): what applies at a scope, the server-only retention
 * settings, the proposals waiting there, and each change with a preview of what devices notice.
 */
export interface ConsoleConfiguration {
  scope: 'organisation' | { groupId: string } | { areaId: string };
  version: number;
  configuration: AreaConfiguration;
  retention: RetentionPolicy;
  /** Published guide versions with their titles per language, where the server keeps the text. */
  guides: (PublishedGuideRef & { titles: Partial<ThemeLabels> })[];
  /** Pending proposals (areas only; the organisation has none of its own). */
  proposals: ConsoleProposal[];
  /** Guides proposed for publication from the area's devices, waiting (areas only). */
  guideProposals: ConsoleGuideProposal[];
}

/** A guide proposal as the administrator reads it: the anonymised guide the device sent. */
export interface ConsoleGuideProposal {
  id: string;
  areaId: string;
  guide: Guide;
  receivedAt: string;
}

export interface ConsoleProposal {
  id: string;
  areaId: string;
  text: string;
  receivedAt: string;
}

/** One administrator's change, the console's words for the domain's edits (configuration/edits.ts). */
export type ConfigurationEdit =
  /** `description` is optional: left out (or both halves empty), the theme has none. */
  | { kind: 'add-theme'; labels: ThemeLabels; description?: ThemeLabels }
  | { kind: 'rename-theme'; id: string; labels: ThemeLabels }
  | { kind: 'describe-theme'; id: string; description: ThemeLabels }
  | { kind: 'move-theme'; id: string; direction: 'up' | 'down' }
  | { kind: 'retire-theme'; id: string; from: Period }
  | { kind: 'restore-theme'; id: string }
  | { kind: 'set-k'; k: number }
  | { kind: 'set-profiles'; profiles: ResidentProfile[] }
  | { kind: 'set-retention'; retention: Partial<RetentionPolicy> }
  /** A guide export file (`src/domain/guides/file.ts`), as `admin publish-guide --file` takes it. */
  | { kind: 'publish-guide'; file: string };

export const CONFIGURATION_EDIT_KINDS = [
  'add-theme',
  'rename-theme',
  'describe-theme',
  'move-theme',
  'retire-theme',
  'restore-theme',
  'set-k',
  'set-profiles',
  'set-retention',
  'publish-guide',
] as const satisfies readonly ConfigurationEdit['kind'][];

/** What devices would notice: the scope's own change, and the active devices of the areas it reaches. */
export interface ConfigurationPreview {
  diff: ConfigurationDiff;
  /** Areas whose merged configuration changes (an organisation change may be overridden in some). */
  areas: number;
  /** Active (not revoked) devices in those areas: they fetch the change with their next sync. */
  devices: number;
}

/** `POST …/configuration/changes` and proposal decisions: `{ preview: true }` stores nothing. */
export interface ConfigurationChangeAnswer {
  applied: boolean;
  preview: ConfigurationPreview;
  /** The configuration version devices follow, once applied. */
  version?: number;
  /** The id a new theme got (adding one, accepting a proposal). */
  themeId?: string;
  /** The guide version a guide proposal was published as. */
  guide?: { id: string; version: number };
}

/** A refused change: the domain's reason, and the theme or setting it concerns. */
export interface ConfigurationRefusal {
  problem: string;
  clashId?: string;
}
