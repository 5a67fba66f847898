import { readFileSync } from 'node:fs';

/**
 * Finds where source code reaches into a Dexie table itself rather than through a repository:
 * `db.conversations.get(…)`, `device.db.value?.outbox`, `db.table('notes')`, `db.transaction(…)`,
 * `db['shares']`, `const { sharing } = db`. The receiver is recognised by name (`db`,
 * `database`, `….db.value`): that is how the app names its database everywhere.
 */
export function tableAccesses(source: string, tables: readonly string[]): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  const names = tables.join('|');
  const receiver = String.raw`\b(?:db|database)(?:\??\.value)?\??`;
  const patterns = [
    new RegExp(String.raw`${receiver}\.(?:table|transaction|tables)\b`, 'g'),
    new RegExp(String.raw`${receiver}\.(?:${names})\b`, 'g'),
    new RegExp(String.raw`${receiver}\[\s*['"\`](?:${names})['"\`]\s*\]`, 'g'),
    new RegExp(String.raw`\{[^{}]*\b(?:${names})\b[^{}]*\}\s*=\s*(?:[\w.]*\.)?(?:db|database)\b`, 'g'),
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[0]));
}

/** The table names the database class declares (`declare conversations: EntityTable<…>`). */
export function declaredTables(databaseFile: string): string[] {
  const text = readFileSync(databaseFile, 'utf8');
  return [...text.matchAll(/^\s*declare\s+(\w+)\s*:/gm)].map((match) => match[1] ?? '');
}
