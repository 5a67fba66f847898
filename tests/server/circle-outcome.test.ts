import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuid';
import { VALUE_IDS } from '../../src/domain/values';
import { mergeAgendas } from '../../src/domain/values-circle/agenda';
import { withStatus, withUpdate } from '../../src/domain/values-circle/outcome';
import {
  AGENDA_LIMITS,
  type Agenda,
  type AgendaConflict,
  type StoredAgenda,
} from '../../src/domain/wire/agenda';
import { type AgreedAction, OUTCOME_LIMITS } from '../../src/domain/wire/circle-outcome';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, createReaderAccount, json, login, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

// Stands for what an action says: it may never reach the logs or the audit trail.
const ACTION_MARKER = 'ACTION-TEXT-4b1e-portiek';
const targets = await databaseTargets();

const questionId = uuidv7();

function action(overrides: Partial<AgreedAction> = {}): AgreedAction {
  return {
    id: uuidv7(),
    questionId,
    what: `Portiekverlichting laten repareren ${ACTION_MARKER}`,
    owner: 'Stadsdeel Zuidoost',
    due: '2026-11-01',
    valueIds: ['betrokkenheid'],
    themeIds: ['verlichting'],
    status: 'agreed',
    reason: '',
    updates: [],
    ...overrides,
  };
}

function agendaWith(actions: AgreedAction[], notes = 'Veel zorgen over licht in de portiek.'): Agenda {
  return {
    questions: [{ id: questionId, valueId: 'betrokkenheid', text: 'Hoe voelt u zich thuis in de buurt?' }],
    participation: '',
    outcome: { notes: [{ questionId, text: notes }], actions },
  };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`the circle's outcome on the agenda (${target.kind})`, () => {
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
      server = await startTestServer({ db, logLevel: 'trace', env: { SIGN_IN_RATE_LIMIT: '1000' } });
      anna = await login(server.url, 'anna');
      bram = await login(server.url, 'bram');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const put = (token: string, body: unknown, year: number) =>
      fetch(`${server.url}/api/areas/gaasperdam/agenda?year=${year}`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const save = async (token: string, body: unknown, year: number): Promise<StoredAgenda> => {
      const response = await put(token, body, year);
      expect(response.status).toBe(200);
      return (await response.json()) as StoredAgenda;
    };
    const get = async (token: string, year: number): Promise<StoredAgenda> =>
      (await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=${year}`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((r) => r.json())) as StoredAgenda;

    it('keeps notes and actions with the agenda, field order and all', async () => {
      const sent = agendaWith([
        action(),
        action({ questionId: null, due: null, valueIds: [], themeIds: [] }),
      ]);
      const stored = await save(anna, { agenda: sent, baseVersion: null }, 2026);
      expect(JSON.stringify(stored.agenda)).toBe(JSON.stringify(sent));
      expect(await get(bram, 2026)).toEqual(stored);
    });

    it('merges two members’ edits of different actions, and refuses the stale save as the agenda does', async () => {
      const first = action();
      const second = action({ what: 'Bankje bij de speeltuin' });
      const base = await save(anna, { agenda: agendaWith([first, second]), baseVersion: null }, 2027);

      // Anna marks the first done; Bram, from the same version, adds an update to the second.
      const annas = agendaWith([withStatus(first, 'done', ''), second]);
      const update = { id: uuidv7(), date: '2027-03-01', text: 'Offerte gevraagd' };
      const brams = agendaWith([first, withUpdate(second, update)]);
      const saved = await save(anna, { agenda: annas, baseVersion: base.version }, 2027);

      const refused = await put(bram, { agenda: brams, baseVersion: base.version }, 2027);
      expect(refused.status).toBe(409);
      const { current } = (await refused.json()) as AgendaConflict;
      expect(current).toEqual(saved);

      // Bram's device merges with what it was refused with, and saves again.
      const merged = mergeAgendas(base.agenda, brams, current?.agenda as Agenda);
      const final = await save(bram, { agenda: merged, baseVersion: current?.version }, 2027);
      expect(final.version).toBe(3);
      expect(final.agenda.outcome?.actions).toEqual([
        withStatus(first, 'done', ''),
        withUpdate(second, update),
      ]);
    });

    it('keeps the outcome when a device from before it existed saves the agenda', async () => {
      const stored = await save(anna, { agenda: agendaWith([action()]), baseVersion: null }, 2028);
      const { outcome: _, ...old } = stored.agenda;
      const saved = await save(bram, { agenda: { ...old, participation: 'Nieuw' }, baseVersion: 1 }, 2028);
      expect(saved.agenda).toEqual({ ...stored.agenda, participation: 'Nieuw' });
      // An empty outcome sent on purpose does clear it.
      const cleared = await save(
        anna,
        { agenda: { ...old, outcome: { notes: [], actions: [] } }, baseVersion: 2 },
        2028,
      );
      expect(cleared.agenda.outcome).toEqual({ notes: [], actions: [] });
    });

    it('refuses "niet gelukt" without a reason, naming the field but not the words', async () => {
      const response = await put(
        anna,
        { agenda: agendaWith([action({ status: 'not-done', reason: ' ' })]), baseVersion: null },
        2029,
      );
      expect(response.status).toBe(400);
      const body = JSON.stringify(await response.json());
      expect(body).toContain('body/agenda/outcome/actions/0');
      expect(body).not.toContain(ACTION_MARKER);
    });

    it("refuses an owner that is a person's name, naming the field but not the name", async () => {
      // The owner is on the public page: a team or an organisation, never a private person.
      for (const [year, owner] of [
        [2032, 'Jan de Vries'],
        [2033, 'mevrouw Bakker'],
      ] as const) {
        const response = await put(
          anna,
          { agenda: agendaWith([action(), action({ owner })]), baseVersion: null },
          year,
        );
        expect(response.status).toBe(400);
        const body = (await response.json()) as {
          error: { code: string; fields: { path: string; message: string }[] };
        };
        expect(body.error.code).toBe('personal_details');
        expect(body.error.fields.map((field) => field.path)).toEqual(['body/agenda/outcome/actions/1/owner']);
        expect(JSON.stringify(body)).not.toContain(owner);
        // Nothing of it was kept.
        const stored = await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=${year}`, {
          headers: { authorization: `Bearer ${anna}` },
        });
        expect(stored.status).toBe(404);
      }
      // Teams and organisations pass, lower case and all.
      const owners = ['Stadsdeel Zuidoost', 'GGD Amsterdam', 'buurtteam'];
      const saved = await save(
        anna,
        { agenda: agendaWith(owners.map((owner) => action({ owner }))), baseVersion: null },
        2034,
      );
      expect(saved.agenda.outcome?.actions.map((a) => a.owner)).toEqual(owners);
      // A name added later to a stored agenda is refused the same way, and the stored one stays.
      const refused = await put(
        bram,
        {
          agenda: agendaWith([...(saved.agenda.outcome?.actions ?? []), action({ owner: 'Anna Jansen' })]),
          baseVersion: saved.version,
        },
        2034,
      );
      expect(refused.status).toBe(400);
      expect(await get(anna, 2034)).toEqual(saved);
    });

    it('writes an audit entry per action created, changed and removed, with ids only', async () => {
      const kept = action();
      const gone = action();
      const v1 = await save(anna, { agenda: agendaWith([kept, gone]), baseVersion: null }, 2030);
      await save(
        bram,
        { agenda: agendaWith([withStatus(kept, 'in-progress', '')]), baseVersion: v1.version },
        2030,
      );
      const { rows } = await db.query<{
        actor_kind: string;
        actor_label: string;
        action: string;
        area_id: string;
        detail: Record<string, unknown>;
      }>(
        `select actor_kind, actor_label, action, area_id, detail from audit_entries
          where action like 'action.%' and (detail->>'year')::int = 2030 order by id`,
      );
      expect(rows.map((r) => [r.actor_label, r.action, r.detail.actionId])).toEqual([
        ['anna', 'action.create', kept.id],
        ['anna', 'action.create', gone.id],
        ['bram', 'action.update', kept.id],
        ['bram', 'action.remove', gone.id],
      ]);
      expect(rows.every((r) => r.actor_kind === 'account' && r.area_id === 'gaasperdam')).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(ACTION_MARKER);
    });

    it('accepts the largest valid agenda with the largest outcome', async () => {
      const big = (n: number) => '€'.repeat(n);
      const questions = Array.from({ length: AGENDA_LIMITS.questions }, () => ({
        id: uuidv7(),
        valueId: 'compassie' as const,
        text: big(AGENDA_LIMITS.questionLength),
      }));
      const largest: Agenda = {
        questions,
        participation: big(AGENDA_LIMITS.participationLength),
        outcome: {
          notes: questions.map((q) => ({ questionId: q.id, text: big(OUTCOME_LIMITS.notesLength) })),
          actions: Array.from({ length: OUTCOME_LIMITS.actions }, () =>
            action({
              what: big(OUTCOME_LIMITS.whatLength),
              owner: big(OUTCOME_LIMITS.ownerLength),
              status: 'not-done',
              reason: big(OUTCOME_LIMITS.reasonLength),
              valueIds: [...VALUE_IDS],
              themeIds: Array.from({ length: OUTCOME_LIMITS.themes }, (_, i) => `${'t'.repeat(62)}-${i}`),
              updates: Array.from({ length: OUTCOME_LIMITS.updates }, () => ({
                id: uuidv7(),
                date: '2031-01-01',
                text: big(OUTCOME_LIMITS.updateLength),
              })),
            }),
          ),
        },
      };
      expect(JSON.stringify({ agenda: largest, baseVersion: null }).length * 3).toBeGreaterThan(1024 * 1024);
      const stored = await save(anna, { agenda: largest, baseVersion: null }, 2031);
      expect(stored.agenda).toEqual(largest);
    });

    it('never logs what an action says', () => {
      expect(server.logs.join('\n')).not.toContain(ACTION_MARKER);
    });
  });
}
