import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  BASE64URL_256_PATTERN,
  type BackupStored,
  type BackupVersion,
  maxDataChars,
  parsePackageUpload,
} from '../../domain/wire/blobs';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf } from '../http/auth';
import { invalidBody, jsonValue, sendJsonText } from '../http/blob-replies';
import { perDevice } from '../http/rate-limits';
import { checkBackupQuota } from '../quotas/device-quotas';
import { deleteBackup, listBackupVersions, loadBackup, storeBackup } from '../store/backups';

const PARAMS = {
  type: 'object',
  required: ['lookupId'],
  properties: { lookupId: { type: 'string', pattern: BASE64URL_256_PATTERN.source } },
} as const;

const STORE_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: { replace: { type: 'string', enum: ['older'] } },
} as const;

const VERSION_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } },
} as const;

/**
 * Backups: `PUT /api/backups/:lookupId` stores a new version of an interviewer's encrypted data
 * (with `?replace=older`, after a withdrawal: and deletes every older version of the slot and
 * every version the same device wrote under another id),
 * `GET` gives the newest (or `?version=`) back, `GET …/versions` lists what is kept and `DELETE`
 * removes them all. Any device of the area may restore: a backup is opened with the passphrase,
 * which the server never sees; another area's devices find nothing (404).
 */
export function backupRoutes(db: Database, config: ServerConfig) {
  const { rateLimits: limits, blobs } = config;
  const options = {
    onRequest: deviceAuth(db),
    config: { rateLimit: perDevice(limits.blobRequestsPerMinute) },
  };
  return async (app: FastifyInstance): Promise<void> => {
    app.put(
      '/api/backups/:lookupId',
      { ...options, bodyLimit: blobs.backupBodyBytes, schema: { params: PARAMS, querystring: STORE_QUERY } },
      async (request, reply): Promise<BackupStored> => {
        const parsed = parsePackageUpload(request.body, 'backup', maxDataChars(blobs.backupBodyBytes));
        if (!parsed.ok) throw invalidBody(parsed.errors);
        const envelopeJson = JSON.stringify(parsed.upload.package);
        const { deviceId } = deviceOf(request);
        const bytes = Buffer.byteLength(envelopeJson);
        await checkBackupQuota(db, { ...target(request), deviceId, bytes }, config.quotas);
        const stored = await storeBackup(db, {
          ...target(request),
          envelopeJson,
          keep: blobs.backupVersions,
          deviceId,
          replaceOlder: (request.query as { replace?: string }).replace === 'older',
        });
        reply.code(stored.stored ? 201 : 200);
        return { version: stored.version, createdAt: stored.createdAt.toISOString() };
      },
    );

    app.get(
      '/api/backups/:lookupId',
      { ...options, schema: { params: PARAMS, querystring: VERSION_QUERY } },
      async (request, reply) => {
        const { areaId, lookupId } = target(request);
        const { version } = request.query as { version?: number };
        const backup = await loadBackup(db, areaId, lookupId, version);
        if (backup === undefined) throw backupUnknown();
        // The shape of StoredBackup.
        return sendJsonText(
          reply,
          `{"package":${backup.envelopeJson},"version":${jsonValue(backup.version)},` +
            `"createdAt":${jsonValue(backup.createdAt.toISOString())}}`,
        );
      },
    );

    app.get(
      '/api/backups/:lookupId/versions',
      { ...options, schema: { params: PARAMS } },
      async (request): Promise<BackupVersion[]> => {
        const { areaId, lookupId } = target(request);
        const versions = await listBackupVersions(db, areaId, lookupId);
        if (versions.length === 0) throw backupUnknown();
        return versions.map(({ version, createdAt, bytes }) => ({
          version,
          createdAt: createdAt.toISOString(),
          bytes,
        }));
      },
    );

    app.delete(
      '/api/backups/:lookupId',
      { ...options, schema: { params: PARAMS } },
      async (request, reply) => {
        const { areaId, lookupId } = target(request);
        await deleteBackup(db, areaId, lookupId);
        return reply.code(204).send();
      },
    );
  };
}

function target(request: FastifyRequest): { areaId: string; lookupId: string } {
  return { areaId: deviceOf(request).areaId, lookupId: (request.params as { lookupId: string }).lookupId };
}

function backupUnknown(): HttpError {
  return new HttpError(404, 'backup_unknown', 'There is no backup for this passphrase in this area');
}
