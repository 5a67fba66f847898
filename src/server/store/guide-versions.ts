import type { Guide } from '../../domain/guides/guide';
import { validateGuideFileContent } from '../../domain/guides/schema';
import type { Queryable } from '../db/database';

/**
 * Bodies of published guide versions, per language. Stored once and never changed: storing the
 * same body again is a no-op, a different body under a stored (id, version, language) is refused.
 */
export async function storeGuideVersion(
  tx: Queryable,
  guide: Guide,
  by: string,
): Promise<'stored' | 'same' | 'differs'> {
  const { builtIn: _builtIn, ...body } = guide;
  const { rows } = await tx.query<{ body: unknown }>(
    'select body from guide_versions where guide_id = $1 and version = $2 and language = $3',
    [guide.id, guide.version, guide.language],
  );
  if (rows[0] !== undefined) return canonical(rows[0].body) === canonical(body) ? 'same' : 'differs';
  await tx.query(
    `insert into guide_versions (guide_id, version, language, body, stored_by) values ($1, $2, $3, $4::jsonb, $5)`,
    [guide.id, guide.version, guide.language, JSON.stringify(body), by],
  );
  return 'stored';
}

/** Every language of one stored guide version; checked like an imported file before it is served. */
export async function guideVersionBodies(db: Queryable, id: string, version: number): Promise<Guide[]> {
  const { rows } = await db.query<{ body: unknown }>(
    'select body from guide_versions where guide_id = $1 and version = $2 order by language',
    [id, version],
  );
  return rows.flatMap((row) => {
    const checked = validateGuideFileContent(row.body);
    return checked.ok ? [checked.guide] : [];
  });
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    typeof field === 'object' && field !== null && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}
