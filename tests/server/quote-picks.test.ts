import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeAgendas } from '../../src/domain/values-circle/agenda';
import type { Agenda, AgendaConflict, StoredAgenda } from '../../src/domain/wire/agenda';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  addThemesToCodebook,
  createAreas,
  createReaderAccount,
  deviceToken,
  getAggregates,
  json,
  login,
  migrated,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`the quotes the area team picks (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let anna: string;
    let bram: string;
    let quotes: AggregatesReport['quotes']['items'];

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await addThemesToCodebook(db, ['wonen', 'zorg', 'werk']);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'anna');
      await createReaderAccount(db, AREAS.gaasperdam.id, 'bram');
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000', SUPPRESSION_K: '5' } });
      anna = await login(server.url, 'anna');
      bram = await login(server.url, 'bram');
      const device = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      const period = { year: 2026, quarter: 1 } as const;
      const summaries = [
        summary({
          period,
          themeIds: ['wonen', 'zorg'],
          quotes: [{ text: 'Ik wil zelf kiezen', valueIds: ['autonomie'] }],
        }),
        summary({
          period,
          themeIds: ['werk'],
          quotes: [{ text: 'De buren helpen mij', valueIds: ['solidariteit'] }],
        }),
        summary({ period, quotes: [{ text: 'Niemand luistert', valueIds: ['betrokkenheid'] }] }),
        summary({ period }),
        summary({ period }),
      ];
      expect((await postSummaries(server.url, device, { summaries })).status).toBe(200);
      const report = (await (
        await getAggregates(server.url, anna, AREAS.gaasperdam.id, 'year=2026')
      ).json()) as AggregatesReport;
      quotes = report.quotes.items;
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const idOf = (text: string) => quotes.find((q) => q.text === text)?.id ?? '';
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

    it('lists each quote of the year with an id from its text and the themes of its conversation', () => {
      const chosen = quotes.find((q) => q.text === 'Ik wil zelf kiezen');
      expect(chosen).toEqual({
        id: createHash('sha256').update('Ik wil zelf kiezen').digest('hex').slice(0, 16),
        text: 'Ik wil zelf kiezen',
        valueIds: ['autonomie'],
        themeIds: ['wonen', 'zorg'],
      });
      expect(quotes.find((q) => q.text === 'De buren helpen mij')?.themeIds).toEqual(['werk']);
    });

    it('keeps the picks with the agenda, and a save that does not know picks leaves them', async () => {
      const picked = [idOf('Niemand luistert'), idOf('Ik wil zelf kiezen')];
      const first = await save(anna, { questions: [], participation: '', pickedQuotes: picked }, null);
      expect(first.agenda.pickedQuotes).toEqual(picked);
      // A device from before picks existed saves its agenda: the picks stay.
      const older = await save(bram, { questions: [], participation: 'Bijgewerkt' }, first.version);
      expect(older.agenda).toEqual({ questions: [], participation: 'Bijgewerkt', pickedQuotes: picked });

      const { rows } = await db.query<{ detail: Record<string, unknown>; actor_label: string }>(
        `select detail, actor_label from audit_entries where action = 'quote_picks.change' order by id`,
      );
      expect(rows).toEqual([{ detail: { year: 2026, agendaVersion: 1, picked: 2 }, actor_label: 'anna' }]);
      // The trail says how many, never which or what.
      const trail = JSON.stringify(rows);
      for (const quote of quotes) {
        expect(trail).not.toContain(quote.id);
        expect(trail).not.toContain(quote.text);
      }
    });

    it('merges two members’ picks made from the same version', async () => {
      const base = await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=2026`, {
        headers: { authorization: `Bearer ${anna}` },
      }).then((r) => r.json() as Promise<StoredAgenda>);
      const picks = base.agenda.pickedQuotes ?? [];
      // Anna unpicks "Niemand luistert"; Bram picks "De buren helpen mij".
      const annas = { ...base.agenda, pickedQuotes: picks.filter((id) => id !== idOf('Niemand luistert')) };
      const brams = { ...base.agenda, pickedQuotes: [...picks, idOf('De buren helpen mij')] };
      await save(anna, annas, base.version);
      const refused = await put(bram, brams, base.version);
      expect(refused.status).toBe(409);
      const { current } = (await refused.json()) as AgendaConflict;
      if (!current) throw new Error('no current agenda');
      const merged = mergeAgendas(base.agenda, brams, current.agenda);
      const final = await save(bram, merged, current.version);
      expect(final.agenda.pickedQuotes).toEqual([idOf('Ik wil zelf kiezen'), idOf('De buren helpen mij')]);
    });

    it('refuses a pick that is not a quote id', async () => {
      const response = await put(
        anna,
        { questions: [], participation: '', pickedQuotes: ['Ik wil zelf kiezen'] },
        null,
      );
      expect(response.status).toBe(400);
    });
  });
}
