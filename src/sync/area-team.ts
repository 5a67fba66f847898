import type { BuurtgesprekDatabase } from '../db/database';
import {
  type AreaSession,
  type AreaTeamSession,
  agendaShared,
  cacheReport,
  cacheTrend,
  readAgenda,
} from '../db/values-circle';
import { type MergeConflict, mergeAgendasReporting } from '../domain/values-circle/agenda';
import { isComplete } from '../domain/values-circle/outcome';
import type { Agenda, StoredAgenda } from '../domain/wire/agenda';
import type { AggregatesReport } from '../domain/wire/aggregates';
import type { ScopeChoice } from '../domain/wire/area-team';
import type { AreaTrend } from '../domain/wire/trend';
import { REQUEST_TIMEOUT_MS, readApiError, type ServerClient } from './api';

/** The area team's side of the server: sign-in, the suppressed aggregates, and the shared agenda. */

export type AreaTeamProblem =
  | 'wrong-credentials'
  | 'signed-out'
  | 'forbidden'
  | 'busy'
  | 'offline'
  | 'server-unreachable'
  | 'server-error';

export type Result<T> = { ok: true; value: T } | { ok: false; problem: AreaTeamProblem };

/** One request of the area team's; a failure to reach the server is said as a problem, not thrown. */
export async function call(
  client: ServerClient,
  path: string,
  init: RequestInit,
  isOnline: () => boolean,
): Promise<Response | AreaTeamProblem> {
  try {
    return await client.fetch(`${client.baseUrl}${path}`, {
      ...init,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    return isOnline() ? 'server-unreachable' : 'offline';
  }
}

export function problemOf(response: Response): AreaTeamProblem {
  if (response.status === 401) return 'signed-out';
  if (response.status === 403) return 'forbidden';
  if (response.status === 429) return 'busy';
  return 'server-error';
}

export const bearer = (session: AreaTeamSession) => ({ authorization: `Bearer ${session.token}` });

export async function signIn(
  client: ServerClient,
  username: string,
  password: string,
  isOnline: () => boolean = () => true,
): Promise<Result<AreaTeamSession>> {
  const response = await call(
    client,
    '/api/area-team/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (response.status === 201) {
    const body = (await response.json()) as Omit<AreaTeamSession, 'username'>;
    return { ok: true, value: { ...body, username } };
  }
  if (response.status === 401 || response.status === 400) return { ok: false, problem: 'wrong-credentials' };
  return { ok: false, problem: problemOf(response) };
}

export async function signOut(client: ServerClient, session: AreaTeamSession): Promise<void> {
  // Best effort: the device forgets the session whatever the server answers.
  await call(client, '/api/area-team/logout', { method: 'POST', headers: bearer(session) }, () => true);
}

/**
 * Ends every session of the reader's account at the server: other devices', the console's and this
 * one. Answers how many ended; unlike signing out, a failure matters, for the other sessions stay.
 */
export async function signOutEverywhere(
  client: ServerClient,
  session: AreaTeamSession,
  isOnline: () => boolean,
): Promise<Result<number>> {
  const response = await call(
    client,
    '/api/account/logout-everywhere',
    { method: 'POST', headers: bearer(session) },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  return { ok: true, value: ((await response.json()) as { sessionsEnded: number }).sessionsEnded };
}

/** Where a scope's figures are: an area's, a group's (stadsdeel), or the organisation's. */
function reportPath(scope: ScopeChoice): string {
  if (scope.kind === 'organisation') return '/api/organisation/aggregates';
  const base = scope.kind === 'group' ? '/api/groups/' : '/api/areas/';
  return `${base}${encodeURIComponent(scope.id)}/aggregates`;
}

/**
 * Fetches the aggregates of a scope the reader chose for a period and keeps them for offline use
 * (under the scope's key, which the report carries as `areaId`).
 */
export async function fetchReport(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  session: AreaTeamSession,
  scope: ScopeChoice,
  year: number,
  quarter: number | null,
  isOnline: () => boolean = () => true,
): Promise<Result<AggregatesReport>> {
  const query = `year=${year}${quarter === null ? '' : `&quarter=${quarter}`}`;
  const response = await call(
    client,
    `${reportPath(scope)}?${query}`,
    { headers: bearer(session), cache: 'no-store' },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  const report = (await response.json()) as AggregatesReport;
  await cacheReport(db, report, Date.now());
  return { ok: true, value: report };
}

/** Fetches the area's values over the five years up to `to`, and keeps them for offline use. */
export async function fetchTrend(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  session: AreaSession,
  to: number,
  isOnline: () => boolean = () => true,
): Promise<Result<AreaTrend>> {
  const response = await call(
    client,
    `/api/areas/${encodeURIComponent(session.area.id)}/trend?to=${to}`,
    { headers: bearer(session), cache: 'no-store' },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  const trend = (await response.json()) as AreaTrend;
  await cacheTrend(db, trend, to, Date.now());
  return { ok: true, value: trend };
}

const agendaPath = (session: AreaSession, year: number) =>
  `/api/areas/${encodeURIComponent(session.area.id)}/agenda?year=${year}`;

/**
 * The server refused the agenda because an action's owner names a person (400 `personal_details`):
 * not a fault of the server, and not one the next try mends. The team must change that owner; the
 * edits stay on this device, marked unshared, until it does. `actions` are the refused ones, found
 * from the field paths the server names (`body/agenda/outcome/actions/1/owner`, never the text).
 */
export interface OwnerRefused {
  ok: false;
  problem: 'person-as-owner';
  actions: { id: string; what: string }[];
}

const OWNER_PATH = /^body\/agenda\/outcome\/actions\/(\d+)\/owner$/;

/** The actions of the agenda as sent that the server's field errors name as owned by a person. */
export function ownersRefused(fields: readonly { path: string }[], sent: Agenda): OwnerRefused['actions'] {
  const actions = sent.outcome?.actions ?? [];
  return fields.flatMap(({ path }) => {
    const index = OWNER_PATH.exec(path)?.[1];
    const action = index === undefined ? undefined : actions[Number(index)];
    return action ? [{ id: action.id, what: action.what }] : [];
  });
}

/**
 * Brings this device's agenda and the server's together: fetches the team's copy, merges edits made
 * here since (three-way, see mergeAgendas), and saves the result with the version it started from.
 * When another member saved in between, the server refuses with their copy and the merge runs again.
 */
export async function shareAgenda(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  session: AreaSession,
  year: number,
  isOnline: () => boolean = () => true,
): Promise<Result<StoredAgenda | null> | OwnerRefused> {
  const areaId = session.area.id;
  const got = await call(
    client,
    agendaPath(session, year),
    { headers: bearer(session), cache: 'no-store' },
    isOnline,
  );
  if (typeof got === 'string') return { ok: false, problem: got };
  if (!got.ok && got.status !== 404) return { ok: false, problem: problemOf(got) };
  let theirs: StoredAgenda | null = got.ok ? ((await got.json()) as StoredAgenda) : null;

  for (let attempt = 0; attempt < 5; attempt++) {
    const startedAt = Date.now();
    const local = await readAgenda(db, areaId, year);
    if (!local?.dirty) {
      if (theirs) await agendaShared(db, areaId, year, theirs, startedAt, Date.now());
      return { ok: true, value: theirs };
    }
    const merge = theirs
      ? mergeAgendasReporting(local.base, local.agenda, theirs.agenda)
      : { agenda: local.agenda, conflicts: [] as MergeConflict[] };
    const merged = merge.agenda;
    // A question emptied mid-edit is not one yet: it stays here and is not sent.
    const agenda = {
      ...merged,
      questions: merged.questions.filter((q) => q.text.trim() !== ''),
      ...(merged.outcome
        ? { outcome: { ...merged.outcome, actions: merged.outcome.actions.filter(isComplete) } }
        : {}),
    };
    const put = await call(
      client,
      agendaPath(session, year),
      {
        method: 'PUT',
        headers: { ...bearer(session), 'content-type': 'application/json' },
        body: JSON.stringify({ agenda, baseVersion: theirs?.version ?? null }),
      },
      isOnline,
    );
    if (typeof put === 'string') return { ok: false, problem: put };
    if (put.ok) {
      const stored = (await put.json()) as StoredAgenda;
      await agendaShared(db, areaId, year, stored, startedAt, Date.now(), merge.conflicts);
      return { ok: true, value: stored };
    }
    if (put.status !== 409) {
      const { code, fields } = await readApiError(put);
      if (code === 'personal_details')
        return { ok: false, problem: 'person-as-owner', actions: ownersRefused(fields, agenda) };
      return { ok: false, problem: code === 'invalid_request' ? 'server-error' : problemOf(put) };
    }
    theirs = ((await put.json()) as { current: StoredAgenda }).current;
  }
  return { ok: false, problem: 'busy' };
}

export type ExportKind = 'csv' | 'json' | 'handout' | 'paragraaf';

/**
 * Tells the server that the team exported the figures it holds (CSV, JSON, or the printed handout)
 * of the scope shown (an area, a group, the organisation), for the organisation's audit trail. Fire
 * and forget: the export never waits for it, and one made offline is not reported later (best
 * effort, documented in docs/server.md).
 */
export function reportExport(
  client: ServerClient,
  session: AreaTeamSession,
  scope: ScopeChoice,
  kind: ExportKind,
  period: { year: number; quarter: number | null },
): void {
  const body = {
    kind,
    year: period.year,
    ...(scope.kind === 'area'
      ? { areaId: scope.id }
      : scope.kind === 'group'
        ? { groupId: scope.id }
        : { organisation: true }),
    ...(period.quarter === null ? {} : { quarter: period.quarter }),
  };
  void call(
    client,
    '/api/area-team/exports',
    {
      method: 'POST',
      headers: { ...bearer(session), 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive: true,
    },
    () => true,
  );
}

const publicationPath = (session: AreaSession, year: number) =>
  `/api/areas/${encodeURIComponent(session.area.id)}/publication?year=${year}`;

/** Whether the area's public page for the year is published; asks the server, so online only. */
export async function readPublication(
  client: ServerClient,
  session: AreaSession,
  year: number,
  isOnline: () => boolean = () => true,
): Promise<Result<boolean>> {
  const response = await call(
    client,
    publicationPath(session, year),
    { headers: bearer(session), cache: 'no-store' },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  return { ok: true, value: ((await response.json()) as { published: boolean }).published };
}

/** Publishes or takes down the public page at once: a choice made while online, never queued. */
export async function setPublication(
  client: ServerClient,
  session: AreaSession,
  year: number,
  published: boolean,
  isOnline: () => boolean = () => true,
): Promise<Result<boolean>> {
  const response = await call(
    client,
    publicationPath(session, year),
    {
      method: 'PUT',
      headers: { ...bearer(session), 'content-type': 'application/json' },
      body: JSON.stringify({ published }),
    },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  return { ok: true, value: published };
}
