import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigurationResponse } from '../../src/domain/wire/configuration';
import { parseProposalList } from '../../src/domain/wire/proposals';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, json, migrated, postSummaries, summary } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`theme proposals (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let token: string;
    let deviceId: string;
    let otherToken: string;

    async function admin(...argv: string[]): Promise<string> {
      const out: string[] = [];
      const err: string[] = [];
      const handle: Database = { ...db, close: async () => undefined };
      const code = await runAdmin([...argv, '--by', 'beheerder-anna'], async () => handle, {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        readLine: async () => '',
      });
      if (code !== 0) throw new Error(`admin ${argv.join(' ')} failed (${code}): ${err.join('\n')}`);
      return out.join('\n');
    }

    const propose = (text: string, id: string = randomUUID(), bearer = token) =>
      fetch(`${server.url}/api/proposals`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ id, kind: 'theme', text }),
      });

    async function outcomes(bearer = token) {
      const response = await fetch(`${server.url}/api/proposals`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      expect(response.status).toBe(200);
      const list = parseProposalList(await response.json());
      if (list === undefined) throw new Error('the answer does not fit the proposal list schema');
      return list.proposals;
    }

    async function themeIds(bearer = token): Promise<string[]> {
      const response = await fetch(`${server.url}/api/configuration`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      const parsed = parseConfigurationResponse(await response.json());
      return parsed?.configuration.codebook.themes.map((theme) => theme.id) ?? [];
    }

    async function audit(
      action: string,
    ): Promise<{ detail: Record<string, unknown>; actor_label: string | null }[]> {
      const { rows } = await db.query<{ detail: Record<string, unknown>; actor_label: string | null }>(
        'select detail, actor_label from audit_entries where action = $1 order by id',
        [action],
      );
      return rows;
    }

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({
        db,
        env: { SUMMARY_RATE_LIMIT: '1000', DEVICE_OPEN_PROPOSALS: '3' },
      });
      const device = await deviceToken(db, AREAS.gaasperdam.id);
      token = device.token;
      deviceId = device.deviceId;
      otherToken = (await deviceToken(db, AREAS.driemond.id)).token;
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('refuses a proposal that still holds personal details, naming the kinds and never the text', async () => {
      const response = await propose('Zorgen om Fatima Yilmaz 0612345678');
      expect(response.status).toBe(400);
      const body = await response.text();
      expect(body).not.toContain('Fatima');
      expect(body).not.toContain('0612345678');
      const error = (JSON.parse(body) as ApiErrorBody).error;
      expect(error.code).toBe('personal_details');
      expect(error.fields?.[0]?.path).toBe('body/text');
      expect(error.fields?.[0]?.message).toMatch(/phone/);
      expect(await admin('list-proposals')).toBe('No proposals');
    });

    it('stores an anonymised proposal once per id, audits its arrival, and counts it nowhere', async () => {
      const id = randomUUID();
      const first = await propose('Schulden bij de buren', id);
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ id, status: 'pending' });
      const again = await propose('Schulden bij de buren', id);
      expect(again.status).toBe(200);
      expect(await admin('list-proposals', '--area', 'gaasperdam')).toContain(`${id}\tgaasperdam\t`);
      expect(await audit('proposal.receive')).toEqual([
        expect.objectContaining({ detail: { proposalId: id, kind: 'theme' } }),
      ]);
      // Another device cannot take over the id.
      expect((await propose('Iets anders', id, otherToken)).status).toBe(409);
      // Until decided it is in no codebook: a summary naming it is refused like any unknown id.
      expect(await themeIds()).not.toContain('schulden-bij-de-buren');
      const refused = await postSummaries(server.url, token, {
        summaries: [summary({ themeIds: ['schulden-bij-de-buren', id] })],
      });
      expect(refused.status).toBe(400);
      const error = ((await refused.json()) as ApiErrorBody).error;
      expect(error.code).toBe('unknown_ids');
      expect(error.fields?.map((f) => f.path)).toEqual([
        'body/summaries/0/themeIds/0',
        'body/summaries/0/themeIds/1',
      ]);
      expect(await outcomes()).toEqual([{ id, status: 'pending' }]);
    });

    it('accepts a proposal into the area codebook: a stable id, a logged change, an audit entry', async () => {
      const [pending] = await outcomes();
      if (pending === undefined) throw new Error('no proposal');
      const before = await themeIds();
      expect(await admin('accept-proposal', pending.id, '--en', 'Owing the neighbours')).toMatch(
        /Accepted: theme schulden-bij-de-buren in area gaasperdam/,
      );
      const after = await themeIds();
      expect(after).toEqual([...before, 'schulden-bij-de-buren']);
      // Only the proposing area's codebook.
      expect(await themeIds(otherToken)).not.toContain('schulden-bij-de-buren');
      expect(await outcomes()).toEqual([
        { id: pending.id, status: 'accepted', themeId: 'schulden-bij-de-buren' },
      ]);
      expect(await admin('list-changes')).toMatch(/beheerder-anna\tarea:gaasperdam\taccept-proposal/);
      const [entry] = await audit('proposal.accept');
      expect(entry?.actor_label).toBe('beheerder-anna');
      expect(entry?.detail).toMatchObject({ proposalId: pending.id, themeId: 'schulden-bij-de-buren' });
      // Now the theme counts.
      const accepted = await postSummaries(server.url, token, {
        summaries: [summary({ themeIds: ['schulden-bij-de-buren'] })],
      });
      expect(accepted.status).toBe(200);
      // A decision is final.
      await expect(admin('reject-proposal', pending.id)).rejects.toThrow(/accepted already/);
    });

    it('maps a proposal onto an existing theme without changing the codebook, and rejects one', async () => {
      const mapId = randomUUID();
      const rejectId = randomUUID();
      expect((await propose('Geld tekort', mapId)).status).toBe(201);
      expect((await propose('Iets onduidelijks', rejectId)).status).toBe(201);
      const before = await themeIds();
      await expect(admin('map-proposal', mapId, '--to', 'bestaat-niet')).rejects.toThrow(/no theme/);
      expect(await admin('map-proposal', mapId, '--to', 'geldzorgen-en-schulden')).toMatch(/Mapped/);
      expect(await admin('reject-proposal', rejectId)).toBe('Rejected');
      expect(await themeIds()).toEqual(before);
      const answers = await outcomes();
      expect(answers).toContainEqual({ id: mapId, status: 'mapped', themeId: 'geldzorgen-en-schulden' });
      expect(answers).toContainEqual({ id: rejectId, status: 'rejected' });
      expect((await audit('proposal.map')).map((e) => e.detail)).toEqual([
        { proposalId: mapId, themeId: 'geldzorgen-en-schulden' },
      ]);
      expect((await audit('proposal.reject')).map((e) => e.detail)).toEqual([{ proposalId: rejectId }]);
      expect(await admin('list-proposals', '--status', 'pending')).toBe('No proposals');
    });

    it('holds a device to its quota of proposals waiting for a decision', async () => {
      for (const text of ['Buurthuis dicht', 'Te weinig bankjes', 'Lange wachtlijsten']) {
        expect((await propose(text)).status).toBe(201);
      }
      const over = await propose('Geen speeltuin');
      expect(over.status).toBe(429);
      expect(((await over.json()) as ApiErrorBody).error.code).toBe('quota_exceeded');
      // Another device has its own quota.
      expect((await propose('Geen bus', randomUUID(), otherToken)).status).toBe(201);
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from proposals where device_id = $1::uuid and status = 'pending'`,
        [deviceId],
      );
      expect(rows[0]?.n).toBe(3);
    });

    it('refuses a stranger and a malformed proposal', async () => {
      const anonymous = await fetch(`${server.url}/api/proposals`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ id: randomUUID(), kind: 'theme', text: 'Wonen' }),
      });
      expect(anonymous.status).toBe(401);
      const tooLong = await propose('x'.repeat(61));
      expect(tooLong.status).toBe(400);
      expect(((await tooLong.json()) as ApiErrorBody).error.fields?.[0]?.path).toBe('body/text');
    });
  });
}
