import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TECHNIQUE_CHECKLIST } from '../../src/domain/packages/checklist';
import type { CoachRecord } from '../../src/domain/wire/coach-reviews';
import type { Database } from '../../src/server/db/database';
import { runRetention } from '../../src/server/retention/run';
import { accountWith, consoleLogin } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import { createAreas, json, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const organisation = { kind: 'organisation' } as const;

function record(overrides: Partial<CoachRecord> = {}): CoachRecord {
  return {
    id: randomUUID(),
    reviewedAt: '2026-11-02T10:00:00.000Z',
    pseudonym: 'Merel',
    practice: false,
    checklist: Object.fromEntries(
      TECHNIQUE_CHECKLIST.map((item, index) => [item, index === 0 ? 'partly' : index === 1 ? null : 'yes']),
    ) as CoachRecord['checklist'],
    ...overrides,
  };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`a coach's review records across devices (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let ineke: { cookie: string; csrfToken: string; token: string };
    let joost: { cookie: string; csrfToken: string; token: string };
    let team: { cookie: string; csrfToken: string; token: string };

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await accountWith(db, 'ineke', [{ role: 'coach', scope: organisation }]);
      await accountWith(db, 'joost', [{ role: 'coach', scope: { kind: 'area', areaId: 'driemond' } }]);
      await accountWith(db, 'team', [{ role: 'gebiedsteam', scope: organisation }]);
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      ineke = await consoleLogin(server.url, 'ineke');
      joost = await consoleLogin(server.url, 'joost');
      team = await consoleLogin(server.url, 'team');
    }, 180_000);
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    // The app signs in with the console's cookie and sends the CSRF token, as a browser does.
    const send = (who: { cookie: string; csrfToken: string }, body: unknown) =>
      fetch(`${server.url}/api/coach/reviews`, {
        method: 'POST',
        headers: { ...json, cookie: who.cookie, 'x-csrf-token': who.csrfToken },
        body: JSON.stringify(body),
      });
    const list = async (who: { cookie: string }) => {
      const response = await fetch(`${server.url}/api/coach/reviews`, { headers: { cookie: who.cookie } });
      return {
        status: response.status,
        body: (await response.json()) as { accountId: string; reviews: CoachRecord[] },
      };
    };

    it('keeps each coach her own records, once each, and audits them without their content', async () => {
      const first = record();
      const second = record({ pseudonym: null, practice: true, reviewedAt: '2026-08-20T08:30:00.000Z' });
      expect((await send(ineke, { ...first, practice: true })).status).toBe(201);
      // Sent again (a retry, or revised feedback): one record, with the latest answers.
      expect((await send(ineke, first)).status).toBe(200);
      expect((await send(ineke, second)).status).toBe(201);
      expect((await send(joost, record({ pseudonym: 'Sam' }))).status).toBe(201);

      const own = await list(ineke);
      expect(own.status).toBe(200);
      expect(own.body.reviews).toEqual([second, first]);
      // The answer says whose records these are: the console shares the browser's session.
      expect(own.body.accountId).toBeTruthy();
      expect((await list(joost)).body.accountId).not.toBe(own.body.accountId);
      expect((await list(joost)).body.reviews.map((review) => review.pseudonym)).toEqual(['Sam']);
      // Another coach's id is not hers to write under.
      expect((await send(joost, first)).status).toBe(409);

      const { rows } = await db.query<{ action: string; actor_label: string; detail: unknown }>(
        "select action, actor_label, detail from audit_entries where action like 'coach_review.%' order by id",
      );
      expect(rows.filter((row) => row.action === 'coach_review.record')).toHaveLength(4);
      expect(rows.map((row) => row.actor_label)).toContain('ineke');
      const logged = JSON.stringify(rows);
      for (const content of ['Merel', 'Sam', 'partly', first.id, 'open-questions']) {
        expect(logged).not.toContain(content);
      }
    });

    it('is for coaches only, and says which field is wrong', async () => {
      expect((await send(team, record())).status).toBe(403);
      expect((await list(team)).status).toBe(403);
      expect((await fetch(`${server.url}/api/coach/reviews`)).status).toBe(401);
      // A cookie without its CSRF token changes nothing.
      const forged = await fetch(`${server.url}/api/coach/reviews`, {
        method: 'POST',
        headers: { ...json, cookie: ineke.cookie },
        body: JSON.stringify(record()),
      });
      expect(forged.status).toBe(403);

      const wrong = async (body: unknown) => {
        const response = await send(ineke, body);
        expect(response.status).toBe(400);
        return JSON.stringify(await response.json());
      };
      expect(await wrong(record({ pseudonym: 'x'.repeat(41) }))).toContain('pseudonym');
      expect(await wrong(record({ reviewedAt: 'gisteren' }))).toContain('reviewedAt');
      // Retention counts from this date: a year ahead would keep it for good.
      const nextYear = new Date(Date.now() + 366 * 24 * 60 * 60 * 1000).toISOString();
      expect(await wrong(record({ reviewedAt: nextYear }))).toContain('body/reviewedAt');
      expect(
        await wrong({ ...record(), checklist: { ...record().checklist, 'open-questions': 'misschien' } }),
      ).toContain('open-questions');
      // Nothing but what the overview needs is kept: a note sent along is dropped, never stored.
      const withNote = record({ pseudonym: 'Met notitie' });
      expect((await send(ineke, { ...withNote, note: 'Mevrouw De Vries zei…' })).status).toBe(201);
      expect((await list(ineke)).body.reviews).toContainEqual(withNote);
      const stored = await db.query('select * from coach_reviews where id = $1', [withNote.id]);
      expect(JSON.stringify(stored.rows)).not.toContain('De Vries');
      const { checklist, ...withoutChecklist } = record();
      expect(checklist).toBeDefined();
      expect(await wrong(withoutChecklist)).toContain('checklist');
    });

    it('removes records older than the organisation keeps summaries', async () => {
      const old = record({ pseudonym: 'Oud', reviewedAt: '2019-01-10T09:00:00.000Z' });
      const recent = record({ pseudonym: 'Nieuw', reviewedAt: new Date().toISOString() });
      expect((await send(ineke, old)).status).toBe(201);
      expect((await send(ineke, recent)).status).toBe(201);
      const run = await runRetention(db, 'now');
      expect(run.ran && run.counts.coachReviews).toBe(1);
      const names = (await list(ineke)).body.reviews.map((review) => review.pseudonym);
      expect(names).toContain('Nieuw');
      expect(names).not.toContain('Oud');
    });
  });
}
