import { uuidv4 } from '../../../src/domain/uuid';
import { VALUE_IDS } from '../../../src/domain/values';
import type { Summary } from '../../../src/domain/wire/summary';
import type { Database } from '../../../src/server/db/database';
import { migrate } from '../../../src/server/db/migrate';
import { loadMigrations } from '../../../src/server/db/migrations';
import { createArea } from '../../../src/server/store/areas';
import { changeLayer } from '../../../src/server/store/configuration';
import { createEnrolmentCode, enrolDevice } from '../../../src/server/store/devices';
import { createReader } from '../../../src/server/store/readers';

const silent = { info: () => undefined, warn: () => undefined };

export async function migrated(db: Database): Promise<Database> {
  await migrate(db, await loadMigrations(), silent);
  return db;
}

export const AREAS = {
  gaasperdam: { id: 'gaasperdam', name: 'Gaasperdam' },
  driemond: { id: 'driemond', name: 'Driemond' },
} as const;

export async function createAreas(db: Database): Promise<void> {
  for (const area of Object.values(AREAS)) await createArea(db, area);
}

/** A fresh code for the area, e.g. to enrol over HTTP. */
export async function enrolmentCode(db: Database, areaId: string, validForMs = 3_600_000): Promise<string> {
  return (await createEnrolmentCode(db, { areaId, validForMs })).code;
}

/** A device token of the area, enrolled directly through the store. */
export async function deviceToken(
  db: Database,
  areaId: string,
): Promise<{ token: string; deviceId: string }> {
  const result = await enrolDevice(db, await enrolmentCode(db, areaId));
  if (!result.ok) throw new Error(`enrolment failed: ${result.reason}`);
  return { token: result.deviceToken, deviceId: result.deviceId };
}

export const READER_PASSWORD = 'correct horse battery staple';

export async function createReaderAccount(db: Database, areaId: string, username: string): Promise<void> {
  await createReader(db, { areaId, username, password: READER_PASSWORD });
}

export function noValues(): Summary['values'] {
  return Object.fromEntries(VALUE_IDS.map((id) => [id, { experienced: 0, missing: 0 }])) as Summary['values'];
}

export function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    id: uuidv4(),
    revision: 1,
    areaId: AREAS.gaasperdam.id,
    period: { year: 2026, quarter: 2 },
    guide: { id: 'algemeen', version: 1 },
    residentProfile: 'oudere',
    values: { ...noValues(), autonomie: { experienced: 2, missing: 0 } },
    themeIds: ['wonen'],
    obstacleThemeIds: [],
    quotes: [],
    ...overrides,
  };
}

export const json = { 'content-type': 'application/json' };

export function postSummaries(baseUrl: string, token: string | undefined, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/summaries`, {
    method: 'POST',
    headers: token === undefined ? json : { ...json, authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function login(baseUrl: string, username: string, password = READER_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/area-team/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 201) throw new Error(`login failed with ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export function getAggregates(
  baseUrl: string,
  token: string,
  areaId: string,
  query: string,
): Promise<Response> {
  return fetch(`${baseUrl}/api/areas/${areaId}/aggregates?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

/** Counters straight from the database: what the aggregates are computed from. */
export async function counter(db: Database, areaId: string, dimension: string, key = ''): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select coalesce(sum(conversations), 0)::int8 as n from area_counts
      where area_id = $1 and dimension = $2 and key = $3`,
    [areaId, dimension, key],
  );
  return rows[0]?.n ?? 0;
}

export async function storedCount(db: Database): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*) as n from summaries');
  return rows[0]?.n ?? 0;
}

/**
 * Adds themes with exactly these ids to the organisation's codebook (labels made from the ids), for
 * tests that need ids the built-in codebook lacks: ingest accepts only ids the configuration knows.
 */
export async function addThemesToCodebook(db: Database, ids: readonly string[]): Promise<void> {
  const result = await changeLayer(
    db,
    [{ kind: 'organisation' }],
    { actor: 'test', action: 'add-themes', detail: { ids } },
    (layer) => ({
      ok: true,
      layer: {
        ...layer,
        themes: [
          ...layer.themes,
          ...ids.map((id) => ({ id, labels: { nl: id.slice(0, 60), en: id.slice(0, 60) } })),
        ],
      },
    }),
  );
  if (!result.ok) throw new Error(`could not add themes: ${result.problem}`);
}
