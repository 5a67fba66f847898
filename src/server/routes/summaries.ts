import type { FastifyInstance } from 'fastify';
import {
  parseSummaryBatch,
  parseWithdrawalBatch,
  SUMMARY_LIMITS,
  type SummaryBatchResponse,
  type WithdrawalBatchResponse,
} from '../../domain/wire/summary';
import { personalDetailsInQuotes } from '../checks/quotes';
import type { ServerConfig } from '../config';
import { refuseUnknownIds } from '../configuration/ingest-check';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf } from '../http/auth';
import { perDevice } from '../http/rate-limits';
import { chargeSummaries } from '../quotas/device-quotas';
import { MergedConfigurations } from '../store/configuration';
import { storeSummaries, withdrawSummaries } from '../store/summaries';

/**
 * `POST /api/summaries`: a batch from an enrolled device, stored exactly once per id and revision.
 * The answer lists what happened to each summary, in the order sent; resending is always safe.
 */
export function summaryRoutes(
  db: Database,
  config: ServerConfig,
  /** Told the years of every batch stored, so their figures can be computed ahead of readers. */
  stored: (years: number[]) => void = () => undefined,
) {
  const limits = config.rateLimits;
  const merged = new MergedConfigurations();
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/summaries',
      {
        bodyLimit: SUMMARY_LIMITS.batchBytes,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.summariesPerMinute) },
      },
      async (request, reply): Promise<SummaryBatchResponse> => {
        const device = deviceOf(request);
        const parsed = parseSummaryBatch(request.body);
        if (!parsed.ok) {
          const fields = parsed.errors.map(({ path, message }) => ({
            path: path === '' ? 'body' : `body/${path}`,
            message,
          }));
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', fields);
        }
        const { summaries } = parsed.batch;
        const foreign = summaries.findIndex((summary) => summary.areaId !== device.areaId);
        if (foreign !== -1) {
          throw new HttpError(403, 'wrong_area', 'This device may only send summaries for its own area', [
            {
              path: `body/summaries/${foreign}/areaId`,
              message: 'is not the area this device is enrolled in',
            },
          ]);
        }
        const personal = personalDetailsInQuotes(summaries);
        if (personal.length > 0) {
          // Refused per summary, as any invalid field: the device keeps the summaries named here
          // back and sends the others of the batch again at once.
          throw new HttpError(
            400,
            'personal_details',
            'A quote still holds personal details',
            personal.slice(0, SUMMARY_LIMITS.fieldErrors),
          );
        }
        await refuseUnknownIds(db, device.areaId, summaries, merged);
        const results = await storeSummaries(db, device.areaId, summaries, device.deviceId, (tx) =>
          chargeSummaries(tx, reply, device.deviceId, summaries.length, config.quotas),
        );
        stored(summaries.map((summary) => summary.period.year));
        return { results };
      },
    );

    app.post(
      '/api/summaries/withdrawals',
      {
        bodyLimit: 64 * 1024,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.summariesPerMinute) },
      },
      async (request): Promise<WithdrawalBatchResponse> => {
        const parsed = parseWithdrawalBatch(request.body);
        if (!parsed.ok) {
          const fields = parsed.errors.map(({ path, message }) => ({
            path: path === '' ? 'body' : `body/${path}`,
            message,
          }));
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', fields);
        }
        return { results: await withdrawSummaries(db, deviceOf(request).areaId, parsed.batch.ids) };
      },
    );
  };
}
