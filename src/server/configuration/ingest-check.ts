import { unknownIdsIn } from '../../domain/configuration/acceptance';
import { SUMMARY_LIMITS, type Summary } from '../../domain/wire/summary';
import { limitErrors } from '../../domain/wire/validation';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/api-error';
import { areaConfiguration, type MergedConfigurations } from '../store/configuration';

/**
 * Ingest accepts only what the area's configuration knows: a published guide version, themes of
 * its codebook (a retired one only for periods before its retirement). Like a field that fails
 * the schema, one unknown id refuses the batch with 400, naming each summary and field, so the
 * device keeps those summaries and sends the others again. Made-up ids therefore never reach
 * the counters, and the aggregates' cost cannot be driven up by them.
 */
export async function refuseUnknownIds(
  db: Queryable,
  areaId: string,
  summaries: readonly Summary[],
  /** The server's merged configurations, so a batch does not merge them again. */
  merged?: MergedConfigurations,
): Promise<void> {
  const found = await (merged === undefined ? areaConfiguration(db, areaId) : merged.ofArea(db, areaId));
  if (found === undefined) throw new Error('device without area');
  const fields = limitErrors(
    summaries.flatMap((summary, index) =>
      unknownIdsIn(summary, found.configuration).map(({ path, message }) => ({
        path: `summaries/${index}/${path}`,
        message,
      })),
    ),
    SUMMARY_LIMITS.fieldErrors,
  ).map(({ path, message }) => ({ path: path === '' ? 'body' : `body/${path}`, message }));
  if (fields.length > 0) {
    throw new HttpError(
      400,
      'unknown_ids',
      "The request names ids that this area's configuration does not know",
      fields,
    );
  }
}
