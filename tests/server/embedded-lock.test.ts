import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/server/db/embedded-lock';

describe('the embedded database lock', () => {
  let dir: string;
  let lockPath: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bg-lock-'));
    lockPath = join(dir, 'db.lock');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps a second opener out while the first holds it, and lets it in afterwards', async () => {
    const release = await acquireLock(lockPath);
    expect(await readFile(lockPath, 'utf8')).toBe(`${process.pid}\n`);
    await expect(acquireLock(lockPath)).rejects.toThrow(
      `The embedded database is in use by process ${process.pid}`,
    );
    await release();
    const again = await acquireLock(lockPath);
    await again();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(lockPath, `${gone}\n`);
    const release = await acquireLock(lockPath);
    expect(await readFile(lockPath, 'utf8')).toBe(`${process.pid}\n`);
    await release();
  });
});
