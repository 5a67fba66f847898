import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuid';
import { normaliseEnrolmentCode } from '../../src/domain/wire/enrolment';
import { runAdmin } from '../../src/server/admin/run';
import { auditCsv, csvField } from '../../src/server/audit/csv';
import { listAuditEntries } from '../../src/server/audit/read';
import { AuditDetailError, looksLikeSecret, recordAudit } from '../../src/server/audit/record';
import type { Database } from '../../src/server/db/database';
import { accountWith, consoleLogin } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  createAreas,
  getAggregates,
  json,
  login,
  migrated,
  postSummaries,
  summary,
} from './support/fixtures';
import { registeredRoutes } from './support/routes';
import { startTestServer, type TestServer } from './support/server';

// Stand for what must never be in the trail: resident words, and the secrets of the scenario.
const QUOTE = 'AUDIT-QUOTE-4f1a mevrouw zei dat de lift al weken stuk is';
const AGENDA_TEXT = 'AUDIT-AGENDA-77c2 waar merkte u dat u zelf mocht kiezen';
const PASSWORD = 'AUDIT-PASSWORD-correct horse battery staple';
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const targets = await databaseTargets();

interface Row {
  [column: string]: unknown;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`the audit trail (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    const secrets: string[] = [QUOTE, AGENDA_TEXT, PASSWORD];
    let deviceId = '';
    let readerId = '';

    async function admin(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
      const out: string[] = [];
      const err: string[] = [];
      const handle: Database = { ...db, close: async () => undefined };
      const code = await runAdmin(argv, async () => handle, {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        readLine: async () => stdin,
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    }

    async function entries(action: string): Promise<Row[]> {
      const { rows } = await db.query('select * from audit_entries where action = $1 order by id', [action]);
      return rows;
    }

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db });

      // The full scenario: an administrator makes a code, a device enrols with it and syncs a
      // summary with a quote, an area-team account reads, saves its agenda and exports.
      const made = await admin([
        'create-code',
        '--area',
        'gaasperdam',
        '--label',
        'tablet 3',
        '--by',
        'fatima',
      ]);
      const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})$/m.exec(made.out)?.[1] ?? '';
      secrets.push(code, normaliseEnrolmentCode(code) ?? code);
      const enrolled = await fetch(`${server.url}/api/enrol`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ code }),
      });
      expect(enrolled.status).toBe(201);
      const { deviceToken } = (await enrolled.json()) as { deviceToken: string };
      secrets.push(deviceToken);
      deviceId = (await db.query<{ id: string }>('select id::text as id from devices')).rows[0]?.id ?? '';
      const sent = await postSummaries(server.url, deviceToken, {
        summaries: [summary({ quotes: [{ text: QUOTE }] })],
      });
      expect(sent.status).toBe(200);

      expect(
        (
          await admin(
            [
              'create-reader',
              '--area',
              'gaasperdam',
              '--username',
              'anna',
              '--password-stdin',
              '--by',
              'fatima',
            ],
            PASSWORD,
          )
        ).code,
      ).toBe(0);
      readerId =
        (await db.query<{ id: string }>("select id::text as id from reader_accounts where username = 'anna'"))
          .rows[0]?.id ?? '';
      const token = await login(server.url, 'anna', PASSWORD);
      secrets.push(token);
      expect((await getAggregates(server.url, token, 'gaasperdam', 'year=2026&quarter=2')).status).toBe(200);
      const saved = await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=2026`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify({
          agenda: { questions: [{ id: uuidv7(), valueId: null, text: AGENDA_TEXT }], participation: '' },
          baseVersion: null,
        }),
      });
      expect(saved.status).toBe(200);
      for (const kind of ['csv', 'json', 'handout']) {
        const reported = await fetch(`${server.url}/api/area-team/exports`, {
          method: 'POST',
          headers: { ...json, authorization: `Bearer ${token}` },
          body: JSON.stringify({ kind, year: 2026, quarter: 2 }),
        });
        expect(reported.status).toBe(204);
      }

      expect((await admin(['create-area', '--name', 'Driemond-Noord', '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['create-group', '--name', 'Zuidoost', '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['set-k', '7', '--area', 'gaasperdam', '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['retire-theme', 'wonen', '--from', '2027-Q3', '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['set-retention', '--summary-years', '6', '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['revoke-device', deviceId, '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['remove-device', deviceId, '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['run-retention', '--by', 'fatima'])).code).toBe(0);
      expect((await admin(['audit', '--csv', '--by', 'pieter'])).code).toBe(0);
    });

    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('records an enrolment as the device, in its area, and a refused one with the reason', async () => {
      expect(await entries('device.enrol')).toEqual([
        expect.objectContaining({
          actor_kind: 'device',
          actor_id: deviceId,
          actor_label: 'tablet 3',
          area_id: 'gaasperdam',
          outcome: 'success',
        }),
      ]);
      const refused = await fetch(`${server.url}/api/enrol`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ code: secrets[3] }),
      });
      expect(refused.status).toBe(409);
      expect((await entries('device.enrol')).at(-1)).toMatchObject({
        actor_kind: 'anonymous',
        outcome: 'refused',
        area_id: 'gaasperdam',
        detail: { reason: 'used' },
      });
    });

    it('records every admin command that changes something, with the name it was run by', async () => {
      const cli = { actor_kind: 'cli', actor_label: 'fatima' };
      expect(await entries('enrolment_code.create')).toEqual([
        expect.objectContaining({
          ...cli,
          area_id: 'gaasperdam',
          detail: expect.objectContaining({ codeLabel: 'tablet 3' }),
        }),
      ]);
      expect(await entries('area.create')).toEqual([
        expect.objectContaining({ ...cli, area_id: 'driemond-noord' }),
      ]);
      expect(await entries('area_group.create')).toEqual([
        expect.objectContaining({ ...cli, detail: { groupId: 'zuidoost', name: 'Zuidoost' } }),
      ]);
      expect(await entries('account.create')).toEqual([
        // Written by the accounts store (accounts/changes.ts), which names the grants it gave.
        expect.objectContaining({
          ...cli,
          detail: expect.objectContaining({ accountId: readerId, username: 'anna' }),
        }),
      ]);
      const changes = await entries('configuration.change');
      expect(changes.map((row) => (row.detail as { change: string }).change)).toEqual([
        'set-k',
        'retire-theme',
        'set-retention',
      ]);
      expect(changes[0]).toMatchObject({
        ...cli,
        area_id: 'gaasperdam',
        detail: { k: 7, scope: 'area:gaasperdam' },
      });
      expect(changes[1]).toMatchObject({ detail: { id: 'wonen', 'from.year': 2027, 'from.quarter': 3 } });
      expect(await entries('device.revoke')).toEqual([
        expect.objectContaining({ ...cli, area_id: 'gaasperdam', detail: { deviceId } }),
      ]);
      expect(await entries('device.remove')).toEqual([
        expect.objectContaining({
          ...cli,
          area_id: 'gaasperdam',
          detail: { deviceId, summaries: 1, shares: 0, backups: 0 },
        }),
      ]);
      expect(await entries('retention.run')).toContainEqual(expect.objectContaining(cli));
      expect(await entries('audit.export')).toEqual([
        expect.objectContaining({ actor_kind: 'cli', actor_label: 'pieter' }),
      ]);
    });

    it('records reads, agenda saves and exports as the area-team account that made them', async () => {
      const reader = {
        actor_kind: 'account',
        actor_id: readerId,
        actor_label: 'anna',
        area_id: 'gaasperdam',
      };
      expect(await entries('aggregates.read')).toEqual([
        expect.objectContaining({ ...reader, detail: { year: 2026, quarter: 2 } }),
      ]);
      expect(await entries('agenda.save')).toEqual([
        expect.objectContaining({ ...reader, detail: { year: 2026, version: 1 } }),
      ]);
      for (const kind of ['csv', 'json', 'handout']) {
        expect(await entries(`export.${kind}`)).toEqual([
          expect.objectContaining({ ...reader, detail: { year: 2026, quarter: 2 } }),
        ]);
      }
    });

    it('holds no token, password, enrolment code, quote or agenda text in any column of any entry', async () => {
      const { rows } = await db.query('select * from audit_entries');
      expect(rows.length).toBeGreaterThan(15);
      const text = JSON.stringify(rows);
      for (const secret of secrets) {
        expect(secret.length).toBeGreaterThan(8);
        expect(text).not.toContain(secret);
      }
      // Hashes of them neither: a token hash is how a session or device is found.
      const { rows: hashes } = await db.query<{ token_hash: string }>(
        'select token_hash from devices union all select token_hash from reader_sessions',
      );
      for (const { token_hash } of hashes) expect(text).not.toContain(token_hash);
    });

    it('refuses a detail that looks like a secret or resident text, and leaves such a label out', async () => {
      const attempt = (detail: Record<string, string>) =>
        recordAudit(db, { actor: { kind: 'system', label: 'test' }, action: 'test.check', detail });
      await expect(attempt({ deviceToken: 'x' })).rejects.toThrow(AuditDetailError);
      await expect(attempt({ quote: 'x' })).rejects.toThrow(AuditDetailError);
      await expect(attempt({ value: secrets[4] ?? '' })).rejects.toThrow(AuditDetailError);
      await expect(attempt({ value: secrets[3] ?? '' })).rejects.toThrow(AuditDetailError);
      await expect(attempt({ value: `device ${secrets[5] ?? ''}` })).rejects.toThrow(AuditDetailError);
      await expect(attempt({ value: secrets[6]?.slice(4) ?? '' })).rejects.toThrow(AuditDetailError);
      await expect(attempt({ value: 'x'.repeat(301) })).rejects.toThrow(AuditDetailError);
      // Long Dutch words, area ids and device ids are not secrets, whatever digits an id happens to hold.
      for (let i = 0; i < 5_000; i++) expect(looksLikeSecret(`device ${randomUUID()}`)).toBe(false);
      expect(looksLikeSecret('00000000-1234-4567-8901-234567890123')).toBe(false);
      expect(looksLikeSecret('202612031445')).toBe(false);
      await attempt({
        label: 'arbeidsongeschiktheidsverzekeringen',
        areaId: 'gebied-12-zuidoost-centrum',
        deviceId,
      });
      await recordAudit(db, {
        actor: { kind: 'anonymous', label: secrets[4] ?? '' },
        action: 'signin.password',
        outcome: 'failure',
      });
      expect((await entries('signin.password')).at(-1)).toMatchObject({ actor_label: null });
    });

    it('filters by person, area, kind and period, a page at a time without gaps or repeats', async () => {
      const byAnna = await listAuditEntries(db, { actor: readerId }, { limit: 500 });
      expect(new Set(byAnna.entries.map((e) => e.action))).toEqual(
        new Set([
          'signin.password',
          'aggregates.read',
          'agenda.save',
          'export.csv',
          'export.json',
          'export.handout',
        ]),
      );
      expect((await listAuditEntries(db, { actor: 'anna' }, { limit: 500 })).entries).toHaveLength(
        byAnna.entries.length,
      );
      const exports = await listAuditEntries(db, { action: 'export' }, { limit: 500 });
      expect(exports.entries.map((e) => e.action).sort()).toEqual([
        'export.csv',
        'export.handout',
        'export.json',
      ]);
      expect((await listAuditEntries(db, { action: 'exp' }, { limit: 500 })).entries).toEqual([]);
      const inArea = await listAuditEntries(db, { areaId: 'driemond-noord' }, { limit: 500 });
      expect(inArea.entries.map((e) => e.action)).toEqual(['area.create']);

      const { rows } = await db.query<{ id: string }>(
        "select id::text as id from audit_entries where action = 'agenda.save'",
      );
      const savedId = rows[0]?.id ?? '';
      await db.query("update audit_entries set at = now() - interval '40 days' where id = $1", [savedId]);
      const longAgo = await listAuditEntries(
        db,
        { to: new Date(Date.now() - 30 * 86_400_000) },
        { limit: 500 },
      );
      expect(longAgo.entries.map((e) => e.id)).toEqual([savedId]);
      const recent = await listAuditEntries(
        db,
        { from: new Date(Date.now() - 30 * 86_400_000) },
        { limit: 500 },
      );
      expect(recent.entries.map((e) => e.id)).not.toContain(savedId);

      const all = await listAuditEntries(db, {}, { limit: 500 });
      const paged: string[] = [];
      let before: string | undefined;
      for (;;) {
        const page = await listAuditEntries(db, {}, { limit: 3, before });
        paged.push(...page.entries.map((e) => e.id));
        if (page.next === null) break;
        before = page.next;
      }
      expect(paged).toEqual(all.entries.map((e) => e.id));
      expect(paged).toEqual([...paged].sort((a, b) => Number(b) - Number(a)));
    });

    it('exports CSV that a spreadsheet reads as text: escaped, and no cell starts a formula', async () => {
      expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
      for (const start of ['+', '-', '@', '\t']) expect(csvField(`${start}1`)).toBe(`'${start}1`);
      expect(csvField('a,b')).toBe('"a,b"');
      expect(csvField('two\nlines')).toBe('"two\nlines"');
      expect(csvField('plain')).toBe('plain');

      await recordAudit(db, {
        actor: { kind: 'anonymous', label: '=cmd|" /C calc"!A0, "quoted"' },
        action: 'signin.password',
        outcome: 'failure',
      });
      const { entries: found } = await listAuditEntries(db, { action: 'signin' }, { limit: 1 });
      const csv = await auditCsv(found);
      const [header, line] = csv.split('\r\n');
      expect(header).toBe('id,at,actor_kind,actor_id,actor,action,area,outcome,detail,address');
      expect(line).toContain(`,"'=cmd|"" /C calc""!A0, ""quoted""",signin.password,`);

      const exported = await admin(['audit', '--csv', '--action', 'export']);
      const lines = exported.out.split('\n');
      expect(lines).toHaveLength(4);
      expect(lines.slice(1).every((l) => /,export\.(csv|json|handout),gaasperdam,success,/.test(l))).toBe(
        true,
      );
      expect((await entries('audit.export')).at(-1)).toMatchObject({ detail: { action: 'export' } });
    });

    it('lets only a beheerder read the trail over HTTP, and records each CSV export', async () => {
      await accountWith(db, 'beheer-org', [{ role: 'beheerder', scope: { kind: 'organisation' } }]);
      await accountWith(db, 'beheer-gd', [
        { role: 'beheerder', scope: { kind: 'area', areaId: 'gaasperdam' } },
      ]);
      const org = (await consoleLogin(server.url, 'beheer-org')).token;
      const gd = (await consoleLogin(server.url, 'beheer-gd')).token;
      const anna = await login(server.url, 'anna', PASSWORD);
      const get = (path: string, token?: string) =>
        fetch(
          `${server.url}${path}`,
          token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } },
        );

      expect((await get('/api/beheer/audit')).status).toBe(401);
      expect((await get('/api/beheer/audit', anna)).status).toBe(403);
      expect((await get('/api/beheer/audit', gd)).status).toBe(403);
      expect((await get('/api/beheer/audit?area=driemond', gd)).status).toBe(403);
      const ownArea = await get('/api/beheer/audit?area=gaasperdam&limit=500', gd);
      expect(ownArea.status).toBe(200);
      const areaEntries = ((await ownArea.json()) as { entries: { areaId: string }[] }).entries;
      expect(areaEntries.length).toBeGreaterThan(5);
      expect(areaEntries.every((e) => e.areaId === 'gaasperdam')).toBe(true);

      const first = await get('/api/beheer/audit?action=export&limit=2', org);
      expect(first.status).toBe(200);
      const page = (await first.json()) as { entries: { id: string; action: string }[]; next: string | null };
      expect(page.entries).toHaveLength(2);
      const rest = await get(`/api/beheer/audit?action=export&limit=2&before=${page.next}`, org);
      const second = (await rest.json()) as { entries: { action: string }[]; next: string | null };
      expect([...page.entries, ...second.entries].map((e) => e.action).sort()).toEqual([
        'export.csv',
        'export.handout',
        'export.json',
      ]);
      expect(second.next).toBeNull();
      expect((await get('/api/beheer/audit?limit=100000', org)).status).toBe(400);

      const csv = await get('/api/beheer/audit.csv?action=aggregates', org);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await csv.text()).trimEnd().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(',aggregates.read,gaasperdam,success,');
      expect((await entries('audit.export')).at(-1)).toMatchObject({
        actor_kind: 'account',
        actor_label: 'beheer-org',
        detail: expect.objectContaining({ action: 'aggregates' }),
      });
    });

    it('has no route that changes or deletes entries, and no statement outside retention that does', async () => {
      const auditRoutes = registeredRoutes(server.app.printRoutes({ commonPrefix: false })).filter((route) =>
        route.path.includes('audit'),
      );
      expect(auditRoutes.map((route) => route.path).sort()).toEqual([
        '/api/beheer/audit',
        '/api/beheer/audit.csv',
      ]);
      for (const route of auditRoutes) expect(route.methods).toEqual(['GET', 'HEAD']);
      const touching: string[] = [];
      for (const file of await sourceFiles(join(SRC, 'server'))) {
        const text = await readFile(file, 'utf8');
        if (/(update|delete\s+from|truncate)\s+audit_entries/i.test(text))
          touching.push(file.slice(SRC.length));
      }
      expect(touching).toEqual(['server/retention/apply.ts']);
    });

    // Last: its entries would change what the listings above count.
    it('records exports of a group and of the organisation as their reads are, and refuses a scope not held', async () => {
      // The group "Zuidoost" was made in the scenario; its id is made from its name.
      const groupReader = await accountWith(db, 'wijkteam-zuidoost', [
        { role: 'gebiedsteam', scope: { kind: 'group', groupId: 'zuidoost' } },
      ]);
      const cityReader = await accountWith(db, 'stadsbreed', [
        { role: 'gebiedsteam', scope: { kind: 'organisation' } },
      ]);
      const report = async (username: string, scope: Record<string, unknown>, password?: string) =>
        (
          await fetch(`${server.url}/api/area-team/exports`, {
            method: 'POST',
            headers: { ...json, authorization: `Bearer ${await login(server.url, username, password)}` },
            body: JSON.stringify({ kind: 'json', year: 2026, ...scope }),
          })
        ).status;
      expect(await report('wijkteam-zuidoost', { groupId: 'zuidoost' })).toBe(204);
      expect(await report('stadsbreed', { organisation: true })).toBe(204);
      expect(await report('wijkteam-zuidoost', { organisation: true })).toBe(403);
      expect(await report('anna', { groupId: 'zuidoost' }, PASSWORD)).toBe(403);
      expect(await report('stadsbreed', { groupId: 'zuidoost', organisation: true })).toBe(400);
      expect((await entries('export.json')).slice(1)).toEqual([
        expect.objectContaining({
          actor_id: groupReader,
          area_id: null,
          detail: { groupId: 'zuidoost', year: 2026, quarter: null },
        }),
        expect.objectContaining({
          actor_id: cityReader,
          area_id: null,
          detail: { organisation: true, year: 2026, quarter: null },
        }),
      ]);
    });
  });
}

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(path)));
    else if (/\.(ts|sql)$/.test(entry.name)) found.push(path);
  }
  return found;
}
