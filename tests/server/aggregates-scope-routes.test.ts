import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_PROFILES } from '../../src/domain/conversation';
import { type Figure, isSuppressed } from '../../src/domain/suppression';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { ScopeChoice } from '../../src/domain/wire/area-team';
import { startSession } from '../../src/server/accounts/sessions';
import { READER_TOKEN_PREFIX } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import { createAreaGroup, setAreaGroup } from '../../src/server/store/area-groups';
import { createArea } from '../../src/server/store/areas';
import { storeSummaries } from '../../src/server/store/summaries';
import { LinearAttacker, type LinearForm } from '../unit/domain/support/linear-attacker';
import { accountWith } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import { json, migrated, noValues, READER_PASSWORD, summary } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * The group (stadsdeel) and organisation routes, and the area route beside them: each report the
 * sum over its areas, and no combination of what any scope shows gives back a figure another hides.
 */
const targets = await databaseTargets();
const K = 5;

// Two stadsdelen, and one gebied in no group.
const GROUPS = { noord: ['a1', 'a2', 'a3'], zuid: ['a4', 'a5'] } as const;
const AREAS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] as const;
type AreaId = (typeof AREAS)[number];
const groupOf = (area: AreaId) =>
  (Object.entries(GROUPS).find(([, areas]) => (areas as readonly string[]).includes(area))?.[0] ?? null) as
    | keyof typeof GROUPS
    | null;

/** Every scope a reader of the organisation can ask, by the name the attacker uses. */
const SCOPE_PATHS: [string, string][] = [
  ['organisation', '/api/organisation/aggregates'],
  ...Object.keys(GROUPS).map((g): [string, string] => [`group:${g}`, `/api/groups/${g}/aggregates`]),
  ...AREAS.map((a): [string, string] => [`area:${a}`, `/api/areas/${a}/aggregates`]),
];

/** Parent = Σ children: what any reader knows about how the reports relate. */
const SUMS: [string, string[]][] = [
  ['organisation', ['group:noord', 'group:zuid', 'area:a6']],
  ...Object.entries(GROUPS).map(([g, areas]): [string, string[]] => [
    `group:${g}`,
    areas.map((a) => `area:${a}`),
  ]),
];

/** One area's year, as counts: how many conversations, and of those how many show each trait. */
interface Tally {
  conversations: number;
  autonomy: number;
  compassion: number;
  carers: number;
}

const OTHER_PROFILES = CONVERSATION_PROFILES.filter((profile) => profile !== 'mantelzorger');

/** The conversations of a tally (traits spread so each count comes out exactly). */
function summariesOf(area: AreaId, year: number, tally: Tally) {
  return Array.from({ length: tally.conversations }, (_, i) =>
    summary({
      areaId: area,
      period: { year, quarter: (1 + (i % 4)) as 1 | 2 | 3 | 4 },
      // Every profile well over k: a profile nobody had is a zero below k, hidden with its complement.
      residentProfile:
        i < tally.carers ? 'mantelzorger' : OTHER_PROFILES[(i - tally.carers) % OTHER_PROFILES.length],
      values: {
        ...noValues(),
        autonomie: { experienced: i < tally.autonomy ? 1 : 0, missing: 0 },
        compassie: { experienced: 0, missing: i >= tally.conversations - tally.compassion ? 1 : 0 },
      },
    }),
  );
}

function figuresOf(report: AggregatesReport): Map<string, Figure> {
  return new Map<string, Figure>([
    ['conversations', report.conversations],
    ['autonomie experienced', report.values.autonomie.experienced],
    ['compassie missing', report.values.compassie.missing],
    ...report.coverage.residentProfiles.map((p): [string, Figure] => [
      `profile ${p.residentProfile}`,
      p.conversations,
    ]),
  ]);
}

for (const target of targets) {
  describe.skipIf(!target.available)(`aggregates of a group and the organisation (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let organisationToken: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      for (const g of Object.keys(GROUPS)) await createAreaGroup(db, { id: g, name: `Stadsdeel ${g}` });
      for (const a of AREAS) {
        await createArea(db, { id: a, name: `Gebied ${a}` });
        const group = groupOf(a);
        if (group !== null) await setAreaGroup(db, a, group);
      }
      const id = await accountWith(db, 'stad', [{ role: 'gebiedsteam', scope: { kind: 'organisation' } }]);
      organisationToken = (
        await startSession(db, id, { idleMs: 3_600_000, absoluteMs: 3_600_000 }, READER_TOKEN_PREFIX)
      ).token;
      server = await startTestServer({ db, env: { SUPPRESSION_K: String(K) } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const read = async (path: string, year: number, token = organisationToken) => {
      const response = await fetch(`${server.url}${path}?year=${year}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      return (await response.json()) as AggregatesReport;
    };

    it('sums a group and the organisation over their areas where nothing is hidden', async () => {
      const year = 2001;
      const tallies: Record<AreaId, Tally> = {
        a1: { conversations: 30, autonomy: 12, compassion: 10, carers: 9 },
        a2: { conversations: 27, autonomy: 10, compassion: 8, carers: 7 },
        a3: { conversations: 40, autonomy: 20, compassion: 15, carers: 12 },
        a4: { conversations: 26, autonomy: 9, compassion: 11, carers: 6 },
        a5: { conversations: 35, autonomy: 15, compassion: 14, carers: 10 },
        a6: { conversations: 28, autonomy: 11, compassion: 9, carers: 8 },
      };
      for (const a of AREAS) await storeSummaries(db, a, summariesOf(a, year, tallies[a]));
      const reports = new Map<string, Map<string, Figure>>();
      for (const [scope, path] of SCOPE_PATHS) reports.set(scope, figuresOf(await read(path, year)));
      for (const figure of [
        'conversations',
        'autonomie experienced',
        'compassie missing',
        ...CONVERSATION_PROFILES.map((profile) => `profile ${profile}`),
      ]) {
        const of = (scope: string) => reports.get(scope)?.get(figure);
        for (const [whole, parts] of SUMS) {
          const shown = parts.map(of);
          expect(
            shown.every((value) => typeof value === 'number'),
            `${figure} of ${parts}`,
          ).toBe(true);
          expect(of(whole), `${figure} of ${whole}`).toBe(
            shown.reduce<number>((sum, value) => sum + (value as number), 0),
          );
        }
      }
      expect(reports.get('organisation')?.get('conversations')).toBe(186);
      expect(reports.get('group:noord')?.get('conversations')).toBe(97);
    });

    it('gives back no hidden area figure by subtracting what any scope shows', async () => {
      let year = 2010;
      const tally = fc.integer({ min: 0, max: 14 }).chain((conversations) =>
        fc.record({
          conversations: fc.constant(conversations),
          autonomy: fc.integer({ min: 0, max: conversations }),
          compassion: fc.integer({ min: 0, max: conversations }),
          carers: fc.integer({ min: 0, max: conversations }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.tuple(tally, tally, tally, tally, tally, tally), async (tallies) => {
          // A year of its own per run: every run starts from empty counters, none is removed.
          year += 1;
          for (const [i, a] of AREAS.entries()) {
            const t = tallies[i] as Tally;
            if (t.conversations > 0) await storeSummaries(db, a, summariesOf(a, year, t));
          }
          const reports = new Map<string, AggregatesReport>();
          for (const [scope, path] of SCOPE_PATHS) reports.set(scope, await read(path, year));
          for (const figure of figuresOf(reports.get('organisation') as AggregatesReport).keys()) {
            const shown = new Map(
              [...reports].map(([scope, report]) => [scope, figuresOf(report).get(figure) ?? 0] as const),
            );
            const forms: LinearForm[] = [];
            for (const [scope, value] of shown) if (!isSuppressed(value)) forms.push(new Map([[scope, 1n]]));
            for (const [whole, parts] of SUMS) {
              forms.push(new Map([[whole, 1n], ...parts.map((part): [string, bigint] => [part, -1n])]));
            }
            const attacker = new LinearAttacker(forms);
            for (const [scope, value] of shown) {
              if (!isSuppressed(value)) continue;
              expect(attacker.determines(new Map([[scope, 1n]])), `${figure} of ${scope} in ${year}`).toBe(
                false,
              );
            }
          }
        }),
        { numRuns: 25 },
      );
    }, 300_000);

    it('offers a group reader its group and the areas in it, and nothing else', async () => {
      await accountWith(db, 'noord-team', [
        { role: 'gebiedsteam', scope: { kind: 'group', groupId: 'noord' } },
      ]);
      const response = await fetch(`${server.url}/api/area-team/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'noord-team', password: READER_PASSWORD }),
      });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { token: string; choices: ScopeChoice[]; area?: unknown };
      expect(body.area).toBeUndefined();
      expect(body.choices).toEqual([
        { kind: 'group', id: 'noord', name: 'Stadsdeel noord' },
        { kind: 'area', id: 'a1', name: 'Gebied a1', groupId: 'noord' },
        { kind: 'area', id: 'a2', name: 'Gebied a2', groupId: 'noord' },
        { kind: 'area', id: 'a3', name: 'Gebied a3', groupId: 'noord' },
      ]);
      // What it is offered it can read; the other group and the organisation it cannot.
      expect((await read('/api/groups/noord/aggregates', 2001, body.token)).areaId).toBe('group:noord');
      expect((await read('/api/areas/a2/aggregates', 2001, body.token)).areaId).toBe('a2');
      for (const path of [
        '/api/groups/zuid/aggregates',
        '/api/organisation/aggregates',
        '/api/areas/a6/aggregates',
      ]) {
        const refused = await fetch(`${server.url}${path}?year=2001`, {
          headers: { authorization: `Bearer ${body.token}` },
        });
        expect(refused.status, path).toBe(403);
      }
    });
  });
}
