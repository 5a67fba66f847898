import { useEffect, useState } from 'preact/hooks';
import {
  type AreaSession,
  type AreaTeamSession,
  cachedReport,
  choicesOf,
  completedHere,
  readAreaTeamSession,
  readChosenScope,
} from '../../db/values-circle';
import { localReport } from '../../domain/values-circle/local-report';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import { choiceKey, chosenScope, type ScopeChoice } from '../../domain/wire/area-team';
import { sameOrigin } from '../../sync/api';
import { type AreaTeamProblem, fetchReport, fetchTrend } from '../../sync/area-team';
import { fetchCircleConfiguration } from '../../sync/circle-configuration';
import { online } from '../connection';
import { useDevice } from '../device';
import { useLive } from '../use-live';

export interface Period {
  year: number;
  quarter: number | null;
}

export type CircleSource =
  | {
      kind: 'area-team';
      session: AreaTeamSession;
      /** The scope shown, and every scope the reader's grants offer. */
      scope: ScopeChoice;
      choices: ScopeChoice[];
      /** The session narrowed to the area shown; null for a group or the organisation. */
      area: AreaSession | null;
      fetchedAt: number | null;
    }
  | { kind: 'device'; areaId: string };

export interface CircleState {
  source: CircleSource;
  report: AggregatesReport | null;
  /** The same period a year earlier, for the change; null when not available. */
  previous: AggregatesReport | null;
  refreshing: boolean;
  problem: AreaTeamProblem | null;
  refresh(): void;
}

/**
 * The figures the values circle shows: for an area team the server's for the scope the reader
 * chose among its grants (an area, a group, the organisation; fetched when online, kept for
 * offline use with their "stand van"), otherwise this device's own conversations.
 */
export function useCircle(period: Period, deviceAreaId: string): CircleState | undefined {
  const db = useDevice().db.value;
  const session = useLive(readAreaTeamSession, []);
  const own = useLive(completedHere, []);
  const [refreshing, setRefreshing] = useState(false);
  const [problem, setProblem] = useState<AreaTeamProblem | null>(null);
  const [round, setRound] = useState(0);
  const last = useLive(readChosenScope, []);
  const choices = session ? choicesOf(session) : [];
  const scope = session ? chosenScope(choices, last ?? null, session.area?.id) : undefined;
  const areaId = scope ? choiceKey(scope) : deviceAreaId;
  const area: AreaSession | null =
    session && scope?.kind === 'area' ? { ...session, area: { id: scope.id, name: scope.name } } : null;
  const cached = useLive(
    async (database) =>
      session
        ? {
            now: await cachedReport(database, areaId, period.year, period.quarter),
            before: await cachedReport(database, areaId, period.year - 1, period.quarter),
          }
        : null,
    [session?.token, areaId, period.year, period.quarter],
  );

  useEffect(() => {
    if (!db || !session || !scope || !online.value) return;
    let current = true;
    setRefreshing(true);
    setProblem(null);
    const isOnline = () => navigator.onLine;
    void (async () => {
      const now = await fetchReport(db, sameOrigin(), session, scope, period.year, period.quarter, isOnline);
      if (now.ok && period.year - 1 >= 2000) {
        await fetchReport(db, sameOrigin(), session, scope, period.year - 1, period.quarter, isOnline);
      }
      // The labels the organisation gives the themes in these figures.
      if (now.ok && area) await fetchCircleConfiguration(db, sameOrigin(), area);
      if (now.ok && area) await fetchTrend(db, sameOrigin(), area, period.year, isOnline);
      if (!current) return;
      setProblem(now.ok ? null : now.problem);
      setRefreshing(false);
    })();
    return () => {
      current = false;
    };
  }, [db, session?.token, areaId, period.year, period.quarter, round, online.value]);

  if (session === undefined || own === undefined || last === undefined) return undefined;
  const refresh = () => setRound((n) => n + 1);
  if (session && scope) {
    return {
      source: { kind: 'area-team', session, scope, choices, area, fetchedAt: cached?.now?.fetchedAt ?? null },
      report: cached?.now?.report ?? null,
      previous: cached?.before?.report ?? null,
      refreshing,
      problem,
      refresh,
    };
  }
  return {
    source: { kind: 'device', areaId },
    report: localReport(own, { areaId, ...period }),
    previous: localReport(own, { areaId, year: period.year - 1, quarter: period.quarter }),
    refreshing: false,
    problem: null,
    refresh,
  };
}
