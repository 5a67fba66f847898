import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { type AreaSession, readAgenda, saveAgendaHere } from '../../src/db/values-circle';
import { uuidv7 } from '../../src/domain/uuid';
import { withStatus, withUpdate } from '../../src/domain/values-circle/outcome';
import type { Agenda, StoredAgenda } from '../../src/domain/wire/agenda';
import type { AgreedAction } from '../../src/domain/wire/circle-outcome';
import type { Database } from '../../src/server/db/database';
import type { ServerClient } from '../../src/sync/api';
import { shareAgenda, signIn } from '../../src/sync/area-team';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  json,
  login,
  migrated,
  READER_PASSWORD,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * The team's agenda on a device (fake-indexeddb) shared with the real server by the code the
 * values-circle screen runs (`shareAgenda`): an action recorded while the device is offline stays
 * on it, and goes when it is online again, merged three-way with what another member saved
 * meanwhile, through the server's 409.
 */
const targets = await databaseTargets();
const YEAR = 2026;
const questionId = uuidv7();

function action(overrides: Partial<AgreedAction> = {}): AgreedAction {
  return {
    id: uuidv7(),
    questionId,
    what: 'Portiekverlichting laten repareren',
    owner: 'Stadsdeel Zuidoost',
    due: '2026-11-01',
    valueIds: ['betrokkenheid'],
    themeIds: [],
    status: 'agreed',
    reason: '',
    updates: [],
    ...overrides,
  };
}

const agendaWith = (actions: AgreedAction[]): Agenda => ({
  questions: [{ id: questionId, valueId: 'betrokkenheid', text: 'Hoe voelt u zich thuis in de buurt?' }],
  participation: '',
  outcome: { notes: [], actions },
});

/** What a browser's fetch does without a network: it rejects, it never answers. */
const offline: ServerClient = {
  baseUrl: 'http://server.invalid',
  fetch: () => Promise.reject(new TypeError('Failed to fetch')),
};

let device: BuurtgesprekDatabase;
beforeEach(async () => {
  device = new BuurtgesprekDatabase(`share-agenda-${Math.random()}`);
  await device.open();
});
afterEach(async () => {
  await device.delete();
});

for (const target of targets) {
  describe.skipIf(!target.available)(`sharing the agenda from a device (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'anna');
      await createReaderAccount(db, AREAS.gaasperdam.id, 'bram');
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const agendaUrl = () => `${server.url}/api/areas/gaasperdam/agenda?year=${YEAR}`;

    it('keeps an action recorded offline, and shares it when online, merged with a colleague’s edit through a 409', async () => {
      const online: ServerClient = { baseUrl: server.url, fetch: (input, init) => fetch(input, init) };
      const signedIn = await signIn(online, 'anna', READER_PASSWORD);
      if (!signedIn.ok || !signedIn.value.area) throw new Error('anna could not sign in');
      const session = signedIn.value as AreaSession;

      // Anna records the first action in the circle and it is shared.
      const first = action();
      await saveAgendaHere(device, 'gaasperdam', YEAR, agendaWith([first]), Date.now());
      const shared = await shareAgenda(device, online, session, YEAR);
      expect(shared).toMatchObject({ ok: true, value: { version: 1 } });
      expect(await readAgenda(device, 'gaasperdam', YEAR)).toMatchObject({ dirty: false, baseVersion: 1 });

      // Offline: she records a second action, and the first is under way with an update.
      const second = action({ what: 'Bankje bij de speeltuin', owner: 'buurtteam', due: null });
      const update = { id: uuidv7(), date: '2026-06-01', text: 'Offerte gevraagd' };
      const annas = withUpdate(withStatus(first, 'in-progress', ''), update);
      await saveAgendaHere(device, 'gaasperdam', YEAR, agendaWith([annas, second]), Date.now());
      expect(await shareAgenda(device, offline, session, YEAR, () => false)).toEqual({
        ok: false,
        problem: 'offline',
      });
      const kept = await readAgenda(device, 'gaasperdam', YEAR);
      expect(kept).toMatchObject({ dirty: true, baseVersion: 1, agenda: agendaWith([annas, second]) });
      // A reload reads the same: it is stored, not held in memory.
      device.close();
      await device.open();
      expect((await readAgenda(device, 'gaasperdam', YEAR))?.agenda).toEqual(agendaWith([annas, second]));

      // Online again. Between her device reading the team's copy and saving, Bram saves from the
      // same version: the first action's date moved, its status set to done, and an action of his.
      const bram = await login(server.url, 'bram');
      const third = action({ what: 'Buurtkamer ook op zaterdag open', owner: 'Welzijn Zuidoost' });
      const brams = agendaWith([{ ...withStatus(first, 'done', ''), due: '2026-12-01' }, third]);
      const answers: string[] = [];
      let raced = false;
      const racing: ServerClient = {
        baseUrl: server.url,
        fetch: async (input, init) => {
          if (init?.method === 'PUT' && !raced) {
            raced = true;
            const saved = await fetch(agendaUrl(), {
              method: 'PUT',
              headers: { ...json, authorization: `Bearer ${bram}` },
              body: JSON.stringify({ agenda: brams, baseVersion: 1 }),
            });
            expect(saved.status).toBe(200);
          }
          const response = await fetch(input, init);
          answers.push(`${init?.method ?? 'GET'} ${response.status}`);
          return response;
        },
      };
      const result = await shareAgenda(device, racing, session, YEAR);
      expect(answers).toEqual(['GET 200', 'PUT 409', 'PUT 200']);
      expect(result).toMatchObject({ ok: true, value: { version: 3 } });

      // Both members' edits survive: hers (the status, the update, the offline action), his (the
      // date, his action); where both changed the status, hers wins and the device says so.
      const expected = agendaWith([{ ...annas, due: '2026-12-01' }, second, third]);
      const stored = (await fetch(agendaUrl(), { headers: { authorization: `Bearer ${bram}` } }).then((r) =>
        r.json(),
      )) as StoredAgenda;
      expect(stored).toMatchObject({ version: 3, agenda: expected });
      const after = await readAgenda(device, 'gaasperdam', YEAR);
      expect(after).toMatchObject({ dirty: false, baseVersion: 3, agenda: expected, base: expected });
      expect(after?.conflicts).toEqual([{ kind: 'action', actionId: first.id, field: 'status' }]);
    });

    it('says which action the server refuses for a person named as its owner, and keeps the edits on the device', async () => {
      const online: ServerClient = { baseUrl: server.url, fetch: (input, init) => fetch(input, init) };
      const signedIn = await signIn(online, 'anna', READER_PASSWORD);
      if (!signedIn.ok || !signedIn.value.area) throw new Error('anna could not sign in');
      const session = signedIn.value as AreaSession;
      const year = YEAR + 1;
      // Recorded before the device refused such an owner, or merged in from an old app.
      const fine = action({ owner: 'Stichting De Kraal' });
      const named = action({ what: 'Buurtkamer ook op zondag open', owner: 'Jan de Vries' });
      await saveAgendaHere(device, 'gaasperdam', year, agendaWith([fine, named]), Date.now());

      expect(await shareAgenda(device, online, session, year)).toEqual({
        ok: false,
        problem: 'person-as-owner',
        actions: [{ id: named.id, what: 'Buurtkamer ook op zondag open' }],
      });
      expect(await readAgenda(device, 'gaasperdam', year)).toMatchObject({
        dirty: true,
        agenda: agendaWith([fine, named]),
      });
    });
  });
}
