import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPeriodKept, setRetentionIn } from '../../src/domain/configuration/retention';
import type { Period } from '../../src/domain/period';
import { runAdmin } from '../../src/server/admin/run';
import { hashSecret } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import { runRetention } from '../../src/server/retention/run';
import { changeLayer } from '../../src/server/store/configuration';
import { signIn } from '../../src/server/store/readers';
import { storeSummaries } from '../../src/server/store/summaries';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  createAreas,
  createReaderAccount,
  deviceToken,
  enrolmentCode,
  migrated,
  READER_PASSWORD,
  summary,
} from './support/fixtures';
import { startTestServer } from './support/server';

const targets = await databaseTargets();

function previous({ year, quarter }: Period): Period {
  return quarter === 1
    ? { year: year - 1, quarter: 4 }
    : { year, quarter: (quarter - 1) as Period['quarter'] };
}

async function today(db: Database): Promise<{ year: number; month: number; day: number }> {
  const { rows } = await db.query<{ t: string }>(`select to_char(current_date, 'YYYY-MM-DD') as t`);
  const [year = 0, month = 0, day = 0] = (rows[0]?.t ?? '').split('-').map(Number);
  return { year, month, day };
}

async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from (${sql}) as x`, params);
  return Number(rows[0]?.n ?? -1);
}

/** Counters that disagree with the summaries left: (area, year, quarter) → [counted, stored]. */
async function countersOff(db: Database): Promise<string[]> {
  const { rows } = await db.query<{ k: string; counted: number; stored: number }>(
    `select c.area_id || ' ' || c.year || '-' || c.quarter as k, c.conversations::int as counted,
            (select count(*)::int from summaries s
              where s.area_id = c.area_id and s.year = c.year and s.quarter = c.quarter) as stored
       from area_counts c where c.dimension = 'n'`,
  );
  return rows.filter((r) => Number(r.counted) !== Number(r.stored)).map((r) => r.k);
}

interface Seeded {
  due: { summaries: number; backups: number; codes: number; sessions: number; audit: number };
  /** Suffix of this seed's backup lookup hashes. */
  run: string;
}

let seeds = 0;

async function keepDriemondShorter(db: Database): Promise<void> {
  const scope = { kind: 'area', areaId: 'driemond' } as const;
  const settings = { summaryYears: 2, backupDays: 30 };
  const changed = await changeLayer(
    db,
    [{ kind: 'organisation' }, scope],
    { actor: 'test', action: 'set-retention', detail: settings },
    (layer) => setRetentionIn(layer, scope, settings),
  );
  if (!changed.ok) throw new Error(changed.problem);
}

/**
 * Due and not-due rows of every kind, each just on either side of its limit: Gaasperdam keeps
 * summaries the default 5 years, Driemond 2 (its own setting) and backups 30 days.
 */
async function seed(db: Database): Promise<Seeded> {
  const run = String(++seeds);
  const now = await today(db);
  const { deviceId } = await deviceToken(db, 'gaasperdam');
  const dueCounts = { summaries: 0, backups: 0, codes: 0, sessions: 0, audit: 0 };
  for (const [areaId, years] of [
    ['gaasperdam', 5],
    ['driemond', 2],
  ] as const) {
    const kept = firstPeriodKept(now, years);
    const removed = previous(kept);
    const batch = [
      summary({ areaId, period: removed }),
      summary({ areaId, period: removed, themeIds: [] }),
      summary({ areaId, period: { year: removed.year - 1, quarter: 1 } }),
      summary({ areaId, period: kept }),
      summary({ areaId, period: { year: now.year, quarter: 1 } }),
    ];
    await storeSummaries(db, areaId, batch, deviceId);
    dueCounts.summaries += 3;
  }
  // Backups: a slot last refreshed 31 days ago goes in Driemond (30 days) and stays in Gaasperdam
  // (365, where one of 366 days goes); a slot with an old and a fresh version stays whole.
  const backup = (areaId: string, lookup: string, version: number, daysAgo: number) =>
    db.query(
      `insert into backups (area_id, lookup_hash, version, envelope, bytes, sha256, created_at, device_id)
       values ($1, $2, $3, '{}', 2, 'x', now() - $4 * interval '1 day', $5)`,
      [areaId, `${lookup}-${run}`, version, daysAgo, deviceId],
    );
  await backup('driemond', 'stale', 1, 40);
  await backup('driemond', 'stale', 2, 31);
  await backup('driemond', 'fresh', 1, 200);
  await backup('driemond', 'fresh', 2, 29);
  await backup('gaasperdam', 'stale', 1, 31);
  await backup('gaasperdam', 'old', 1, 366);
  dueCounts.backups += 3;
  // Codes: expired 8 days ago goes (7 days' grace), expired yesterday and valid stay.
  const expire = (code: string, interval: string) =>
    db.query(`update enrolment_codes set expires_at = now() - interval '${interval}' where code_hash = $1`, [
      hashSecret(code),
    ]);
  await expire(await enrolmentCode(db, 'gaasperdam'), '8 days');
  await expire(await enrolmentCode(db, 'gaasperdam'), '1 day');
  await enrolmentCode(db, 'gaasperdam');
  dueCounts.codes += 1;
  // Sessions: one expired, one live.
  const username = `team-${run}`;
  await createReaderAccount(db, 'gaasperdam', username);
  const expired = await signIn(db, username, READER_PASSWORD);
  await signIn(db, username, READER_PASSWORD);
  await db.query(
    `update reader_sessions set expires_at = now() - interval '1 minute' where token_hash = $1`,
    [hashSecret(expired?.token ?? '')],
  );
  dueCounts.sessions += 1;
  // Audit entries: just over the default two years goes, just under stays.
  await db.query(
    `insert into audit_entries (actor_kind, actor_label, action, at)
     values ('system', 'old', 'test.old', now() - interval '2 years' - interval '1 day'),
            ('system', 'kept', 'test.kept', now() - interval '2 years' + interval '1 day')`,
  );
  dueCounts.audit += 1;
  return { due: dueCounts, run };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`retention (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;

    async function admin(argv: string[]): Promise<{ code: number; out: string; err: string }> {
      const out: string[] = [];
      const err: string[] = [];
      const handle: Database = { ...db, close: async () => undefined };
      const code = await runAdmin(argv, async () => handle, {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        readLine: async () => '',
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    }

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      expect(
        (await admin(['set-retention', '--area', 'driemond', '--summary-years', '2', '--backup-days', '30']))
          .code,
      ).toBe(0);
    });
    afterAll(() => storage?.dispose());

    it('removes exactly what is due, keeps the figures equal to what is left, and records it once', async () => {
      const { due, run: seeded } = await seed(db);
      const before = {
        summaries: await count(db, 'select 1 from summaries'),
        backups: await count(db, 'select 1 from backups'),
        codes: await count(db, 'select 1 from enrolment_codes'),
        sessions: await count(db, 'select 1 from reader_sessions'),
      };
      const now = await today(db);

      const run = await admin(['run-retention', '--by', 'fatima']);
      expect(run.code).toBe(0);
      expect(run.out).toContain(
        `Removed ${due.summaries} summaries, ${due.backups} backup versions, ${due.codes} expired`,
      );
      expect(run.out).toContain(
        `${due.sessions} expired sessions, 0 coach review records and ${due.audit} audit entries`,
      );

      for (const [areaId, years] of [
        ['gaasperdam', 5],
        ['driemond', 2],
      ] as const) {
        const kept = firstPeriodKept(now, years);
        const removedPeriod = previous(kept);
        const inPeriod = 'select 1 from summaries where area_id = $1 and year = $2 and quarter = $3';
        expect(await count(db, inPeriod, [areaId, removedPeriod.year, removedPeriod.quarter])).toBe(0);
        expect(await count(db, inPeriod, [areaId, kept.year, kept.quarter])).toBe(1);
        expect(
          await count(db, 'select 1 from area_counts where area_id = $1 and year = $2 and quarter = $3', [
            areaId,
            removedPeriod.year,
            removedPeriod.quarter,
          ]),
        ).toBe(0);
      }
      expect(await count(db, 'select 1 from summaries')).toBe(before.summaries - due.summaries);
      expect(await countersOff(db)).toEqual([]);
      expect(
        (
          await db.query<{ k: string }>(
            `select area_id || '/' || lookup_hash || '/' || version as k from backups order by 1`,
          )
        ).rows.map((r) => r.k),
      ).toEqual(
        ['driemond/fresh/1', 'driemond/fresh/2', 'gaasperdam/stale/1'].map((k) =>
          k.replace(/\/(\d)$/, `-${seeded}/$1`),
        ),
      );
      expect(await count(db, 'select 1 from backups')).toBe(before.backups - due.backups);
      expect(await count(db, 'select 1 from enrolment_codes')).toBe(before.codes - due.codes);
      expect(
        await count(db, "select 1 from enrolment_codes where expires_at < now() - interval '7 days'"),
      ).toBe(0);
      expect(await count(db, 'select 1 from reader_sessions')).toBe(before.sessions - due.sessions);
      expect(await count(db, "select 1 from audit_entries where action = 'test.old'")).toBe(0);
      expect(await count(db, "select 1 from audit_entries where action = 'test.kept'")).toBe(1);

      const { rows } = await db.query<{ actor_label: string; detail: Record<string, number> }>(
        "select actor_label, detail from audit_entries where action = 'retention.run' and actor_kind = 'cli'",
      );
      expect(rows).toEqual([
        {
          actor_label: 'fatima',
          detail: expect.objectContaining({
            summaries: due.summaries,
            backupVersions: due.backups,
            enrolmentCodes: due.codes,
            sessions: due.sessions,
            auditEntries: due.audit,
          }),
        },
      ]);

      // Nothing is due any more: a second run removes nothing.
      expect((await admin(['run-retention'])).out).toContain(
        'Removed 0 summaries, 0 backup versions, 0 expired',
      );
    });

    it('lets two runs at once remove each due row once between them', async () => {
      const { due } = await seed(db);
      const other = target.kind === 'postgres' ? await storage.open() : db;
      const runs = await Promise.all([runRetention(db, 'now'), runRetention(other, 'now')]);
      const ran = runs.flatMap((run) => (run.ran ? [run.counts] : []));
      // Both may run (one after the other) or one may find the other holding the job; either way
      // the rows are removed once and the counts add up to exactly what was due.
      expect(ran.length).toBeGreaterThanOrEqual(1);
      const sum = (key: 'summaries' | 'backupVersions' | 'enrolmentCodes' | 'sessions' | 'auditEntries') =>
        ran.reduce((total, counts) => total + counts[key], 0);
      expect(sum('summaries')).toBe(due.summaries);
      expect(sum('backupVersions')).toBe(due.backups);
      expect(sum('enrolmentCodes')).toBe(due.codes);
      expect(sum('sessions')).toBe(due.sessions);
      expect(sum('auditEntries')).toBe(due.audit);
      expect(await countersOff(db)).toEqual([]);
    });

    it('keeps its settings in the configuration, checked like every other setting', async () => {
      expect((await admin(['set-retention', '--summary-years', '0'])).code).toBe(1);
      const scoped = await admin(['set-retention', '--area', 'driemond', '--audit-years', '3']);
      expect(scoped.code).toBe(1);
      expect(scoped.err).toMatch(/organisation/);
      const set = await admin(['set-retention', '--audit-years', '3']);
      expect(set.code).toBe(0);
      expect(set.out).toContain('audit trail 3 years');
      expect(set.out).toContain('Summaries kept 5 years');
    });
  });
}

// Two server processes on one PostgreSQL database both start their daily job at the same moment:
// the day is claimed by one UPDATE, so exactly one of them runs it, whatever the timing.
const postgres = targets.find((target) => target.kind === 'postgres');
describe.skipIf(!postgres?.available)('the daily retention job on two server instances (postgres)', () => {
  let storage: TestStorage;

  beforeAll(async () => {
    if (postgres === undefined) return;
    storage = await postgres.createStorage();
  });
  afterAll(() => storage?.dispose());

  it('runs once between them and removes each due row once', async () => {
    const setup = await migrated(await storage.open());
    await createAreas(setup);
    await keepDriemondShorter(setup);
    const { due } = await seed(setup);
    const first = await storage.open();
    const second = await storage.open();
    // Both servers run the job when they are ready; closing each waits for its run to end.
    const servers = await Promise.all([startTestServer({ db: first }), startTestServer({ db: second })]);
    await Promise.all(servers.map((server) => server.close()));

    const { rows } = await setup.query<{ detail: Record<string, number> }>(
      "select detail from audit_entries where action = 'retention.run'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.detail).toMatchObject({
      summaries: due.summaries,
      backupVersions: due.backups,
      enrolmentCodes: due.codes,
      sessions: due.sessions,
      auditEntries: due.audit,
    });
    expect(await count(setup, 'select 1 from summaries')).toBe(4);
    expect(await countersOff(setup)).toEqual([]);
    // And the next day's check in either process finds today's run done.
    expect(await runRetention(first, 'daily')).toEqual({ ran: false, reason: 'done-today' });
  });
});
