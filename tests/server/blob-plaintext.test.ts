import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BackupStored,
  Envelope,
  ShareCreated,
  SharedPackage,
  StoredBackup,
} from '../../src/domain/wire/blobs';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated } from './support/fixtures';
import {
  getBackup,
  getShare,
  lookupId,
  postShare,
  putBackup,
  putFeedback,
  replyToken,
  sealWithPassphrase,
  sealWithRandomKey,
} from './support/packages';
import { startTestServer, type TestServer } from './support/server';

/**
 * The promise of end-to-end encryption, checked where it could break: after a real share, a
 * coach's answer and a backup, neither the database (every row of every table, and for the
 * embedded database every byte of its files) nor the logs hold any plaintext, key or token.
 */
const targets = await databaseTargets();

// Invented; they stand for what a resident and a coach said.
const NOTE = 'Mevrouw Oosterhout vertelde dat de buurman elke dinsdag haar boodschappen doet (PLAIN-6b2e).';
const FEEDBACK =
  'Mooie open vraag; vraag de volgende keer door naar wat haar zelf kracht geeft (PLAIN-91ac).';
const BACKUP_NOTE = 'Meneer Bakker mist de buurtkamer sinds die dicht is (PLAIN-d03f).';
const PASSPHRASE = 'paarse-fiets-onder-de-brug-42';
// Words of the texts on their own: a leak of part of a text counts too.
const FRAGMENTS = ['Oosterhout', 'boodschappen', 'kracht geeft', 'buurtkamer', 'PLAIN-'];

async function allRows(db: Database): Promise<string> {
  const { rows } = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['shares', 'backups']));
  const dumps = await Promise.all(
    rows.map(async ({ name }) => {
      const table = await db.query<{ row: string }>(`select t::text as row from "${name}" t`);
      return `${name}:\n${table.rows.map((row) => row.row).join('\n')}`;
    }),
  );
  return dumps.join('\n');
}

async function filesUnder(dir: string): Promise<Buffer> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Buffer.concat(await Promise.all(files.map((file) => readFile(file))));
}

async function open(envelope: Envelope, key: string): Promise<unknown> {
  const raw = Buffer.from(key, 'base64url');
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
    'decrypt',
  ]);
  const plain = await globalThis.crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: Buffer.from(envelope.iv, 'base64url') },
    cryptoKey,
    Buffer.from(envelope.data, 'base64url'),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

for (const target of targets) {
  describe.skipIf(!target.available)(
    `encrypted packages hold no plaintext at rest or in logs (${target.kind})`,
    () => {
      let storage: TestStorage;
      let db: Database;
      let server: TestServer;
      let secrets: string[];
      let stored: { review: Envelope; feedback: Envelope; backup: Envelope };

      beforeAll(async () => {
        storage = await target.createStorage();
        db = await migrated(await storage.open());
        await createAreas(db);
        const device = (await deviceToken(db, AREAS.gaasperdam.id)).token;
        server = await startTestServer({ db, logLevel: 'trace' });

        // The interviewer shares a conversation; the key goes into the link's fragment only.
        const note = { notes: [{ text: NOTE }] };
        const review = await sealWithRandomKey('review', note);
        const reply = replyToken();
        const created = await postShare(server.url, device, {
          package: review.envelope,
          replyTokenHash: reply.hash,
        });
        expect(created.status).toBe(201);
        const { id } = (await created.json()) as ShareCreated;

        // The coach opens the link (the server sees the page's path with the id, never the key), reads and answers.
        await fetch(`${server.url}/review/${id}`);
        const shared = (await (await getShare(server.url, id)).json()) as SharedPackage;
        expect(await open(shared.package, review.key)).toEqual(note);
        const answer = await sealWithRandomKey('feedback', { feedback: FEEDBACK });
        expect((await putFeedback(server.url, id, reply.token, { package: answer.envelope })).status).toBe(
          200,
        );
        const answered = (await (await getShare(server.url, id)).json()) as SharedPackage;
        expect(answered.feedback).toEqual(answer.envelope);

        // The interviewer backs up with a key from their passphrase.
        const lookup = lookupId();
        const backup = await sealWithPassphrase('backup', { notes: [{ text: BACKUP_NOTE }] }, PASSPHRASE);
        const put = await putBackup(server.url, device, lookup, { package: backup });
        expect(((await put.json()) as BackupStored).version).toBe(1);
        const restored = (await (await getBackup(server.url, device, lookup)).json()) as StoredBackup;
        expect(restored.package).toEqual(backup);

        stored = { review: review.envelope, feedback: answer.envelope, backup };
        secrets = [
          NOTE,
          FEEDBACK,
          BACKUP_NOTE,
          PASSPHRASE,
          ...FRAGMENTS,
          review.key,
          Buffer.from(review.key, 'base64url').toString('hex'),
          answer.key,
          reply.token,
          id,
          lookup,
          device,
        ];
      });
      afterAll(async () => {
        await server?.close();
        await storage?.dispose();
      });

      it('stores the ciphertext, and no plaintext, key, token or id, in any table', async () => {
        const dump = await allRows(db);
        // The dump does hold the packages: the search below looks where they are.
        for (const envelope of Object.values(stored)) expect(dump).toContain(envelope.data);
        for (const secret of secrets) expect(dump).not.toContain(secret);
      });

      // Only the embedded database's files are on this machine's disk to read.
      if (target.kind === 'embedded') {
        it('leaves none of them in the database files either', async () => {
          await db.exec('checkpoint');
          const bytes = await filesUnder(join(storage.env.DATA_DIR ?? '', 'db'));
          expect(bytes.includes(stored.review.data)).toBe(true);
          for (const secret of secrets) expect(bytes.includes(secret), secret).toBe(false);
        });
      }

      it('writes none of them, nor the ciphertext, to the logs', () => {
        const logs = server.logs.join('\n');
        expect(logs).toContain('"path":"/api/shares/:id/feedback"');
        for (const secret of [...secrets, ...Object.values(stored).map((envelope) => envelope.data)]) {
          expect(logs).not.toContain(secret);
        }
      });
    },
  );
}
