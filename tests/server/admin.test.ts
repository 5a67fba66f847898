import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseEnrolmentCode } from '../../src/domain/wire/enrolment';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import { enrolDevice, findDeviceByToken } from '../../src/server/store/devices';
import { signIn } from '../../src/server/store/readers';
import { databaseTargets, type TestStorage } from './support/databases';
import { migrated } from './support/fixtures';

const targets = await databaseTargets();
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number;
  out: string;
  err: string;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`admin commands (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
    });
    afterAll(() => storage?.dispose());

    /** Runs a command on the open database; `close` is left to afterAll. */
    async function admin(argv: string[], stdin = ''): Promise<Run> {
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

    it('creates areas, with an id made from the name unless one is given', async () => {
      expect(await admin(['create-area', '--name', 'Holendrecht/Reigersbos'])).toMatchObject({
        code: 0,
        out: 'Created area holendrecht-reigersbos (Holendrecht/Reigersbos)',
      });
      expect((await admin(['create-area', '--name', 'Gaasperdam', '--id', 'gd'])).code).toBe(0);
      const duplicate = await admin(['create-area', '--name', 'gaasperdam']);
      expect(duplicate.code, duplicate.err).toBe(1);
      expect(duplicate.err).toMatch(/exists/);
      expect((await admin(['list-areas'])).out).toBe(
        'gd\tGaasperdam\t0 active devices\nholendrecht-reigersbos\tHolendrecht/Reigersbos\t0 active devices',
      );
    });

    it('prints a single-use enrolment code once, with its expiry', async () => {
      const run = await admin(['create-code', '--area', 'gd', '--expires-in', '2h', '--label', 'tablet 3']);
      expect(run.code).toBe(0);
      const printed = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})$/m.exec(run.out)?.[1] ?? '';
      expect(run.out).toMatch(/Single use, valid until \d{4}-/);
      const enrolled = await enrolDevice(db, printed);
      expect(enrolled.ok).toBe(true);
      expect(await enrolDevice(db, printed)).toEqual({ ok: false, reason: 'used' });
      const { rows } = await db.query('select code_hash from enrolment_codes');
      expect(JSON.stringify(rows)).not.toContain(normaliseEnrolmentCode(printed));
    });

    it('lists devices and revokes one, effective at once', async () => {
      const code = /: ([0-9A-Z-]{14})$/m.exec((await admin(['create-code', '--area', 'gd'])).out)?.[1] ?? '';
      const enrolled = await enrolDevice(db, code);
      if (!enrolled.ok) throw new Error('enrolment failed');
      const listed = await admin(['list-devices', '--area', 'gd']);
      expect(listed.out).toContain(`${enrolled.deviceId}\tgd\t-\tenrolled `);
      expect(listed.out).toContain('tablet 3');

      expect(await admin(['revoke-device', enrolled.deviceId])).toMatchObject({ code: 0 });
      expect(await findDeviceByToken(db, enrolled.deviceToken)).toEqual({ status: 'revoked' });
      expect((await admin(['list-devices'])).out).toMatch(new RegExp(`${enrolled.deviceId}.*revoked \\d{4}`));
      expect((await admin(['revoke-device', '00000000-0000-4000-8000-000000000000'])).code).toBe(1);
      expect((await admin(['revoke-device', 'nonsense'])).code).toBe(1);
    });

    it('creates an area-team account with a generated password, or one read from standard input', async () => {
      const generated = await admin(['create-reader', '--area', 'gd', '--username', 'Team-GD']);
      expect(generated.code, generated.err).toBe(0);
      const password = /Password \(shown once\): (\S+)$/m.exec(generated.out)?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect((await signIn(db, 'team-gd', password))?.area).toEqual({ id: 'gd', name: 'Gaasperdam' });

      const fromStdin = await admin(
        ['create-reader', '--area', 'gd', '--username', 'second', '--password-stdin'],
        'een lang wachtwoord\n',
      );
      expect(fromStdin.out).not.toContain('Password');
      expect(await signIn(db, 'second', 'een lang wachtwoord')).toBeDefined();
      expect(
        (await admin(['create-reader', '--area', 'gd', '--username', 'short', '--password-stdin'], 'kort'))
          .code,
      ).toBe(2);
      expect((await admin(['create-reader', '--area', 'gd', '--username', 'team-gd'])).err).toMatch(/taken/);
      const { rows } = await db.query('select password_hash from reader_accounts');
      expect(JSON.stringify(rows)).not.toContain(password);
    });

    it.each([
      [[], 2],
      [['help'], 0],
      [['launch-rockets'], 2],
      [['create-area'], 2],
      [['create-code', '--area'], 2],
      [['create-code', '--area', 'gd', '--expires-in', 'forever'], 2],
      [['create-code', '--area', 'gd', '--expires-in', '365d'], 2],
      [['create-code', '--area', 'nowhere'], 1],
      [['create-area', '--name', 'X', '--id', 'Not Valid'], 2],
    ])('answers %j with exit code %i and says why', async (argv, expected) => {
      const run = await admin(argv);
      expect(run.code).toBe(expected);
      if (expected !== 0) expect(run.err).not.toBe('');
      if (expected === 2) expect(`${run.out}${run.err}`).toContain('Usage: npm run admin');
    });
  });
}

describe('npm run admin', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bg-admin-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  async function cli(args: string[]): Promise<Run> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/admin.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const [code] = (await once(child, 'exit')) as [number];
    return { code, out, err };
  }

  it('runs on the configured database, migrating a fresh one, and exits non-zero on errors', async () => {
    expect(await cli(['create-area', '--name', 'Driemond'])).toMatchObject({
      code: 0,
      out: 'Created area driemond (Driemond)\n',
    });
    const unknown = await cli(['create-code', '--area', 'gaasperdam']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No area with id "gaasperdam"');
  });
});
