import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Recorded when applied, so an edited migration file is caught instead of silently skipped. */
  readonly checksum: string;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

const FILE_NAME = /^(\d{4})_[a-z0-9]+(?:_[a-z0-9]+)*\.sql$/;

/** The migration files of `dir`, checked and in order. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = await readdir(dir);
  const files = await Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(`${dir}/${name}`, 'utf8') })),
  );
  return toMigrations(files);
}

/**
 * Migrations are only ever added, never edited or renumbered. Numbers start at 1 and only go up;
 * a number may be skipped (parallel branches reserve ranges, e.g. 0020 onwards) but never used
 * twice, which catches two branches that each added the same number.
 */
export function toMigrations(files: readonly { name: string; sql: string }[]): Migration[] {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let previous = 0;
  return sorted.map(({ name, sql }) => {
    const match = FILE_NAME.exec(name);
    if (match?.[1] === undefined) {
      throw new Error(`Migration file "${name}" must be named NNNN_lower_snake_case.sql`);
    }
    const version = Number(match[1]);
    if (previous === 0 ? version !== 1 : version <= previous) {
      throw new Error(
        previous === 0
          ? `Migration "${name}" is out of order: expected number 0001 first`
          : `Migration "${name}" is out of order: its number is used twice`,
      );
    }
    previous = version;
    return { version, name, sql, checksum: checksum(sql) };
  });
}

// Line endings are normalised so a checkout that converts them (Windows) is not flagged as an edit.
function checksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}
