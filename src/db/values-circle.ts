import { periodOf } from '../domain/period';
import type { MergeConflict } from '../domain/values-circle/agenda';
import type { LocalConversation } from '../domain/values-circle/local-report';
import type { Agenda, StoredAgenda } from '../domain/wire/agenda';
import type { AggregatesReport } from '../domain/wire/aggregates';
import { isScopeChoice, type ScopeChoice } from '../domain/wire/area-team';
import type { AreaTrend } from '../domain/wire/trend';
import type { BuurtgesprekDatabase } from './database';
import type { AgendaRecord, CircleReportRecord } from './records';

/**
 * What the values circle keeps on the device: the area-team session, the last aggregates fetched
 * (shown offline with their "stand van"), and the team's agenda as edited here. Signing out
 * erases all three: area data must not outlive the session it was read with.
 */

export interface AreaTeamSession {
  token: string;
  username: string;
  /** The one area of a reader of exactly one area; absent for a reader of a group or more. */
  area?: { id: string; name: string };
  /** What the reader may read, as the server offered at sign-in (absent in sessions from before). */
  choices?: ScopeChoice[];
  /** ISO time after which the server no longer accepts the token. */
  expiresAt: string;
}

/** A session narrowed to one area: what the agenda, the public page and exports are about. */
export type AreaSession = AreaTeamSession & { area: { id: string; name: string } };

const SESSION_KEY = 'areaTeam';
const SCOPE_KEY = 'areaTeamScope';

function isSession(value: unknown): value is AreaTeamSession {
  if (typeof value !== 'object' || value === null) return false;
  const { token, username, area, choices, expiresAt } = value as Partial<AreaTeamSession>;
  const areaOk = area === undefined || (typeof area.id === 'string' && typeof area.name === 'string');
  const choicesOk = choices === undefined || (Array.isArray(choices) && choices.every(isScopeChoice));
  return (
    typeof token === 'string' &&
    typeof username === 'string' &&
    typeof expiresAt === 'string' &&
    areaOk &&
    choicesOk &&
    (area !== undefined || (choices?.length ?? 0) > 0)
  );
}

/** What the reader may choose from: the server's offer, or (older sessions) its one area. */
export function choicesOf(session: AreaTeamSession): ScopeChoice[] {
  if (session.choices !== undefined && session.choices.length > 0) return session.choices;
  return session.area === undefined ? [] : [{ kind: 'area', ...session.area, groupId: null }];
}

/** The scope this device last showed (a report key: area id, `group:<id>`, `organisation`). */
export async function readChosenScope(db: BuurtgesprekDatabase): Promise<string | null> {
  const value = (await db.settings.get(SCOPE_KEY))?.value;
  return typeof value === 'string' ? value : null;
}

export async function chooseScope(db: BuurtgesprekDatabase, key: string): Promise<void> {
  await db.settings.put({ key: SCOPE_KEY, value: key });
}

export async function readAreaTeamSession(db: BuurtgesprekDatabase): Promise<AreaTeamSession | null> {
  const value = (await db.settings.get(SESSION_KEY))?.value;
  return isSession(value) ? value : null;
}

export async function storeAreaTeamSession(
  db: BuurtgesprekDatabase,
  session: AreaTeamSession,
): Promise<void> {
  await db.settings.put({ key: SESSION_KEY, value: session });
}

export async function forgetAreaTeam(db: BuurtgesprekDatabase): Promise<void> {
  await db.transaction('rw', db.settings, db.circleReports, db.agendas, async () => {
    await db.settings.delete(SESSION_KEY);
    await db.settings.delete(SCOPE_KEY);
    await db.settings.delete(TREND_KEY);
    await db.circleReports.clear();
    await db.agendas.clear();
  });
}

export function reportId(areaId: string, year: number, quarter: number | null): string {
  return `${areaId}:${year}:${quarter ?? 'year'}`;
}

export async function cacheReport(
  db: BuurtgesprekDatabase,
  report: AggregatesReport,
  fetchedAt: number,
): Promise<void> {
  await db.circleReports.put({
    id: reportId(report.areaId, report.period.year, report.period.quarter),
    report,
    fetchedAt,
  });
}

export function cachedReport(
  db: BuurtgesprekDatabase,
  areaId: string,
  year: number,
  quarter: number | null,
): Promise<CircleReportRecord | undefined> {
  return db.circleReports.get(reportId(areaId, year, quarter));
}

const agendaId = (areaId: string, year: number) => `${areaId}:${year}`;

export function readAgenda(
  db: BuurtgesprekDatabase,
  areaId: string,
  year: number,
): Promise<AgendaRecord | undefined> {
  return db.agendas.get(agendaId(areaId, year));
}

/** An edit on this device: kept at once, shared with the team when the server can be reached. */
export async function saveAgendaHere(
  db: BuurtgesprekDatabase,
  areaId: string,
  year: number,
  agenda: Agenda,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.agendas, async () => {
    const earlier = await db.agendas.get(agendaId(areaId, year));
    await db.agendas.put({
      id: agendaId(areaId, year),
      agenda,
      base: earlier?.base ?? null,
      baseVersion: earlier?.baseVersion ?? null,
      dirty: true,
      updatedAt: now,
      sharedAt: earlier?.sharedAt ?? null,
    });
  });
}

/**
 * The server's copy is now what this device has, unless it was edited here meanwhile (the edit
 * made while the request was out stays dirty and goes next time).
 */
export async function agendaShared(
  db: BuurtgesprekDatabase,
  areaId: string,
  year: number,
  stored: StoredAgenda,
  editedBefore: number,
  now: number,
  /** From this round's merge; without one, an earlier round's stay until the next edit here. */
  conflicts?: MergeConflict[],
): Promise<void> {
  await db.transaction('rw', db.agendas, async () => {
    const earlier = await db.agendas.get(agendaId(areaId, year));
    if (earlier?.dirty && earlier.updatedAt > editedBefore) {
      await db.agendas.put({
        ...earlier,
        base: stored.agenda,
        baseVersion: stored.version,
        sharedAt: now,
        conflicts: conflicts ?? earlier.conflicts ?? [],
      });
      return;
    }
    await db.agendas.put({
      id: agendaId(areaId, year),
      agenda: stored.agenda,
      base: stored.agenda,
      baseVersion: stored.version,
      dirty: false,
      updatedAt: earlier?.updatedAt ?? now,
      sharedAt: now,
      conflicts: conflicts ?? earlier?.conflicts ?? [],
    });
  });
}

/**
 * The device's own completed conversations, from fields kept in the clear: no unlock needed.
 * Practice conversations are never counted: a made-up resident has no place in the figures.
 */
export async function completedHere(db: BuurtgesprekDatabase): Promise<LocalConversation[]> {
  const records = await db.conversations.where('status').equals('completed').toArray();
  return records.flatMap((record) => {
    if (record.practice !== undefined) return [];
    try {
      return [
        {
          areaId: record.areaId,
          period: periodOf(record.date),
          guideId: record.guideId,
          residentProfile: record.residentProfile,
          valueTags: record.valueTags,
          themeIds: record.themeIds,
        },
      ];
    } catch {
      // A date this version cannot read belongs to no period.
      return [];
    }
  });
}

/** The area's values across the years, as last fetched: one per device, for the signed-in area. */
const TREND_KEY = 'areaTeamTrend';

interface TrendRecord {
  trend: AreaTrend;
  to: number;
  fetchedAt: number;
}

export async function cacheTrend(db: BuurtgesprekDatabase, trend: AreaTrend, to: number, now: number) {
  await db.settings.put({ key: TREND_KEY, value: { trend, to, fetchedAt: now } satisfies TrendRecord });
}

export async function cachedTrend(
  db: BuurtgesprekDatabase,
  areaId: string,
  to: number,
): Promise<TrendRecord | null> {
  const value = (await db.settings.get(TREND_KEY))?.value as TrendRecord | undefined;
  return value && value.trend.areaId === areaId && value.to === to ? value : null;
}
