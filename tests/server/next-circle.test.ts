import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  deviceToken,
  json,
  login,
  migrated,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(
    `the next values circle and the resident's way back (${target.kind})`,
    () => {
      let storage: TestStorage;
      let db: Database;
      let server: TestServer;
      let anna: string;
      let device: string;

      beforeAll(async () => {
        storage = await target.createStorage();
        db = await migrated(await storage.open());
        await createAreas(db);
        await createReaderAccount(db, AREAS.gaasperdam.id, 'anna');
        server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
        anna = await login(server.url, 'anna');
        device = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      });
      afterAll(async () => {
        await server?.close();
        await storage?.dispose();
      });

      const nextCircle = (year: number, body?: unknown, area = 'gaasperdam', token = anna) =>
        fetch(`${server.url}/api/areas/${area}/next-circle?year=${year}`, {
          method: body === undefined ? 'GET' : 'PUT',
          headers: { ...json, authorization: `Bearer ${token}` },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const publish = (year: number, published: boolean) =>
        fetch(`${server.url}/api/areas/gaasperdam/publication?year=${year}`, {
          method: 'PUT',
          headers: { ...json, authorization: `Bearer ${anna}` },
          body: JSON.stringify({ published }),
        });
      const residentPage = async () =>
        (
          await fetch(`${server.url}/api/resident-page`, { headers: { authorization: `Bearer ${device}` } })
        ).json();
      const pageText = async (year: number, query = '') =>
        (await fetch(`${server.url}/inbreng/gaasperdam/${year}${query}`)).text();

      it('keeps the date the team set, shows it on the public page, and audits each change', async () => {
        expect(await (await nextCircle(2026)).json()).toEqual({ date: null });
        expect((await publish(2026, true)).status).toBe(200);
        expect(await pageText(2026)).toContain('De datum van de volgende waardenkring is nog niet bekend.');

        const set = await nextCircle(2026, { date: '2098-03-12' });
        expect(set.status).toBe(200);
        expect(await (await nextCircle(2026)).json()).toEqual({ date: '2098-03-12' });
        expect(await pageText(2026)).toContain('De volgende waardenkring is op woensdag 12 maart 2098.');
        expect(await pageText(2026, '?lang=en')).toMatch(
          /The next values circle is on Wednesday,? 12 March 2098\./,
        );

        // A date that has passed is no "next" circle: the page says it is not known.
        expect((await nextCircle(2026, { date: '2001-05-01' })).status).toBe(200);
        expect(await pageText(2026)).toContain('De datum van de volgende waardenkring is nog niet bekend.');
        expect((await nextCircle(2026, { date: null })).status).toBe(200);
        expect(await (await nextCircle(2026)).json()).toEqual({ date: null });

        const { rows } = await db.query<{ action: string; actor_label: string; detail: unknown }>(
          `select action, actor_label, detail from audit_entries where action like 'next_circle.%' order by id`,
        );
        expect(rows.map(({ action, actor_label }) => [action, actor_label])).toEqual([
          ['next_circle.set', 'anna'],
          ['next_circle.set', 'anna'],
          ['next_circle.clear', 'anna'],
        ]);
        expect(rows[0]?.detail).toMatchObject({ year: 2026, date: '2098-03-12' });
        expect((await publish(2026, false)).status).toBe(200);
      });

      it('refuses a date that is no calendar day, and another area team', async () => {
        for (const date of ['2027-02-30', '12-03-2027', '2027-3-1', 20270312, '']) {
          expect((await nextCircle(2026, { date })).status, String(date)).toBe(400);
        }
        expect((await nextCircle(2026, { date: '2027-03-12', place: 'x' })).status).toBe(400);
        expect((await nextCircle(2026, { date: '2027-03-12' }, 'driemond')).status).toBe(403);
        expect((await nextCircle(2026, undefined, 'driemond')).status).toBe(403);
        expect((await nextCircle(2026, { date: '2027-03-12' }, 'gaasperdam', device)).status).toBe(403);
      });

      it("gives the area's devices the page address and the date for the resident card", async () => {
        expect((await fetch(`${server.url}/api/resident-page`)).status).toBe(401);
        expect(await residentPage()).toEqual({ areaId: 'gaasperdam', page: null, nextCircle: null });
        expect((await nextCircle(2027, { date: '2099-04-02' })).status).toBe(200);
        expect((await publish(2027, true)).status).toBe(200);
        expect(await residentPage()).toEqual({
          areaId: 'gaasperdam',
          page: { year: 2027, path: '/inbreng/gaasperdam/2027' },
          nextCircle: '2099-04-02',
        });
        expect((await publish(2027, false)).status).toBe(200);
        expect(await residentPage()).toEqual({ areaId: 'gaasperdam', page: null, nextCircle: '2099-04-02' });
      });

      it('lets the page register its offline copy, and no other inline script', async () => {
        expect((await publish(2028, true)).status).toBe(200);
        const response = await fetch(`${server.url}/inbreng/gaasperdam/2028`);
        const html = await response.text();
        const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1] ?? '');
        expect(scripts).toHaveLength(1);
        const hash = `'sha256-${createHash('sha256')
          .update(scripts[0] ?? '')
          .digest('base64')}'`;
        const policy = response.headers.get('content-security-policy') ?? '';
        expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
        expect(policy).toContain(hash);
        expect(scripts[0]).toContain('/inbreng/sw.js');
        // Every other answer keeps the policy without it.
        const other = await fetch(`${server.url}/api/health`);
        expect(other.headers.get('content-security-policy')).not.toContain('sha256-');

        const worker = await fetch(`${server.url}/inbreng/sw.js`);
        expect(worker.status).toBe(200);
        expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
        expect(await worker.text()).toContain("addEventListener('fetch'");
        expect(new TextEncoder().encode(html).length).toBeLessThan(30 * 1024);
      });

      it('prints a poster with the QR code only while the page is published', async () => {
        expect((await nextCircle(2029, { date: '2099-10-01' })).status).toBe(200);
        expect((await fetch(`${server.url}/inbreng/gaasperdam/2029/poster`)).status).toBe(404);
        expect((await publish(2029, true)).status).toBe(200);
        const poster = await fetch(`${server.url}/inbreng/gaasperdam/2029/poster?size=a3`);
        expect(poster.status).toBe(200);
        const html = await poster.text();
        expect(html).toContain('@page{size:A3');
        expect(html).toContain('<h1>Wat is er met uw inbreng gedaan?</h1>');
        expect(html).toContain(`${server.url}/inbreng/gaasperdam/2029</span>`);
        expect(html).toMatch(/<svg class="qr-code" role="img" aria-label="QR-code naar [^"]+"/);
        expect(html).toContain('De volgende waardenkring is op donderdag 1 oktober 2099.');
        expect(html).not.toContain('<script');
        expect((await publish(2029, false)).status).toBe(200);
        expect((await fetch(`${server.url}/inbreng/gaasperdam/2029/poster`)).status).toBe(404);
      });
    },
  );
}
