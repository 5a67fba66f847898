import type { RoleGrant } from '../accounts/roles';

/**
 * What the console (`/beheer`) and the server say to each other under `/api/beheer/*`. Times are
 * ISO 8601 text. Shared by the server routes and the console's client, so the two cannot drift.
 */

export interface ConsoleArea {
  id: string;
  name: string;
  groupId: string | null;
  /** Devices enrolled and not revoked. */
  devices: number;
}

export interface ConsoleGroup {
  id: string;
  name: string;
}

export interface AreasResponse {
  areas: ConsoleArea[];
  groups: ConsoleGroup[];
  /** True when the signed-in administrator may add areas and groups (organisation-wide). */
  canAddAreas: boolean;
}

export interface OpenCode {
  id: string;
  areaId: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface CodesResponse {
  codes: OpenCode[];
}

/** The answer to making a code: the only time the code itself is ever sent. */
export interface NewCodeResponse extends OpenCode {
  /** Formatted for reading aloud and typing ("ABCD-EFGH-1JKM"). */
  code: string;
}

export interface ConsoleDevice {
  id: string;
  areaId: string;
  label: string | null;
  enrolledAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  summaries: number;
}

export interface DevicesResponse {
  devices: ConsoleDevice[];
}

export interface DeviceRemovalResponse {
  summaries: number;
  shares: number;
  backups: number;
}

/** How long a new code stays valid, in days: the console offers these. */
export const CODE_VALIDITY_DAYS = [1, 7, 30] as const;
export const CODE_LABEL_MAX_LENGTH = 60;

/** The signed-in person as `/api/account/login` and `/api/account/session` describe her. */
export interface ConsoleAccount {
  id: string;
  name: string;
  email: string | null;
  grants: RoleGrant[];
}

export interface ConsoleSession {
  account: ConsoleAccount;
  csrfToken: string;
  expiresAt: string;
  /** Signed in with a temporary password: nothing but choosing a new one is allowed yet. */
  mustChangePassword?: boolean;
}

export interface SignInMethods {
  password: boolean;
  /** Present when single sign-on is configured; `name` is what the button says ("Entra ID"). */
  oidc: boolean | { name?: string };
}

export interface ConsoleAccountListing {
  id: string;
  username: string;
  name: string;
  email: string | null;
  disabledAt: string | null;
  createdAt: string;
  grants: RoleGrant[];
}

export interface AccountsResponse {
  accounts: ConsoleAccountListing[];
}

/** `organisation`, `group:<id>` or `area:<id>`, as the console sends a grant's scope. */
export type ScopeText = string;

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,99}$/i;
export const MIN_ACCOUNT_PASSWORD_LENGTH = 12;

/** One entry of the audit trail as `GET /api/beheer/audit` lists it (src/server/audit/read.ts). */
export interface AuditEntryListing {
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  areaId: string | null;
  outcome: string;
  detail: Record<string, unknown>;
  address: string | null;
}

/** A page, newest first; `next` is the `before` of the following page, null on the last. */
export interface AuditPage {
  entries: AuditEntryListing[];
  next: string | null;
}

/** The filter of the audit screen, as the query of `/api/beheer/audit` and `/api/beheer/audit.csv`. */
export interface AuditQuery {
  actor?: string;
  area?: string;
  action?: string;
  /** ISO moments: from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

/** A reset password: shown to the administrator once, to hand over in person. */
export interface PasswordResetResponse {
  temporaryPassword: string;
}
