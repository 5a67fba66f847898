import { open, readFile, unlink } from 'node:fs/promises';

/**
 * PGlite does not notice a second process opening the same data directory; both then write to
 * it and data is lost. A lock file with the owner's process id keeps the embedded database to
 * one process, which is what it is for: several processes need PostgreSQL (DATABASE_URL).
 */
export async function acquireLock(lockPath: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(lockPath, 'wx');
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      return () => unlink(lockPath).catch(() => undefined);
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
    }
    const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && isRunning(owner)) {
      throw new Error(
        `The embedded database is in use by process ${owner} (lock file ${lockPath}). ` +
          'Only one server process can use the embedded database; set DATABASE_URL to run several. ' +
          'If no such process is running, delete the lock file.',
      );
    }
    // Left behind by a process that crashed: take it over.
    await unlink(lockPath).catch(() => undefined);
  }
  throw new Error(`Could not create lock file ${lockPath}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return isCode(error, 'EPERM');
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
