import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeAgendas } from '../../src/domain/values-circle/agenda';
import type { Agenda, AgendaConflict, StoredAgenda } from '../../src/domain/wire/agenda';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, createReaderAccount, json, login, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const id = (n: number) => `0190c2a4-0000-7000-8000-${String(n).padStart(12, '0')}`;
const MARCH = { id: id(1), date: '2026-03-12', place: 'Buurthuis De Kameleon' };
const OCTOBER = { id: id(2), date: '2026-10-08', place: '' };

for (const target of targets) {
  describe.skipIf(!target.available)(`the values circles a team held (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let anna: string;
    let bram: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'anna');
      await createReaderAccount(db, AREAS.gaasperdam.id, 'bram');
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      anna = await login(server.url, 'anna');
      bram = await login(server.url, 'bram');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const put = (token: string, agenda: Agenda, baseVersion: number | null) =>
      fetch(`${server.url}/api/areas/gaasperdam/agenda?year=2026`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify({ agenda, baseVersion }),
      });
    const save = async (token: string, agenda: Agenda, baseVersion: number | null) => {
      const response = await put(token, agenda, baseVersion);
      expect(response.status).toBe(200);
      return (await response.json()) as StoredAgenda;
    };
    const trail = async () =>
      (
        await db.query<{ detail: Record<string, unknown>; actor_label: string }>(
          `select detail, actor_label from audit_entries where action = 'held_circles.change' order by id`,
        )
      ).rows;

    it('keeps the circles with the agenda, and a save that does not know them leaves them', async () => {
      const first = await save(anna, { questions: [], participation: '', heldCircles: [MARCH] }, null);
      expect(first.agenda.heldCircles).toEqual([MARCH]);
      const older = await save(bram, { questions: [], participation: 'Bijgewerkt' }, first.version);
      expect(older.agenda).toEqual({ questions: [], participation: 'Bijgewerkt', heldCircles: [MARCH] });
      const read = await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=2026`, {
        headers: { authorization: `Bearer ${anna}` },
      });
      expect(((await read.json()) as StoredAgenda).agenda.heldCircles).toEqual([MARCH]);
      // Counted, with the account; never the place, which is typed freely.
      expect(await trail()).toEqual([
        {
          detail: { year: 2026, agendaVersion: 1, held: 1, added: 1, changed: 0, removed: 0 },
          actor_label: 'anna',
        },
      ]);
    });

    it('merges two members’ circles recorded from the same version', async () => {
      const base = (await (
        await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=2026`, {
          headers: { authorization: `Bearer ${anna}` },
        })
      ).json()) as StoredAgenda;
      // Anna moves March to the 19th; Bram adds October.
      const annas = { ...base.agenda, heldCircles: [{ ...MARCH, date: '2026-03-19' }] };
      const brams = { ...base.agenda, heldCircles: [MARCH, OCTOBER] };
      await save(anna, annas, base.version);
      const refused = await put(bram, brams, base.version);
      expect(refused.status).toBe(409);
      const { current } = (await refused.json()) as AgendaConflict;
      if (!current) throw new Error('no current agenda');
      const final = await save(bram, mergeAgendas(base.agenda, brams, current.agenda), current.version);
      expect(final.agenda.heldCircles).toEqual([{ ...MARCH, date: '2026-03-19' }, OCTOBER]);
      expect((await trail()).map((row) => row.detail)).toEqual([
        expect.objectContaining({ held: 1, added: 1 }),
        expect.objectContaining({ held: 1, changed: 1 }),
        expect.objectContaining({ held: 2, added: 1, changed: 0, removed: 0 }),
      ]);
      expect(JSON.stringify(await trail())).not.toContain('Kameleon');
    });

    it('refuses a circle on a day that does not exist, naming the field', async () => {
      const response = await put(
        anna,
        { questions: [], participation: '', heldCircles: [{ ...MARCH, date: '2026-02-30' }] },
        null,
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { fields: { path: string }[] } };
      expect(body.error.fields[0]?.path).toBe('body/agenda/heldCircles/0/date');
    });
  });
}
