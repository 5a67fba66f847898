import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  CODE_LABEL_MAX_LENGTH,
  CODE_VALIDITY_DAYS,
  type CodesResponse,
  type NewCodeResponse,
  type OpenCode,
} from '../../../domain/wire/beheer';
import { formatEnrolmentCode } from '../../../domain/wire/enrolment';
import { recordAudit } from '../../audit/record';
import type { Database } from '../../db/database';
import { HttpError } from '../../http/api-error';
import { findArea } from '../../store/areas';
import { createEnrolmentCode } from '../../store/devices';
import {
  listOpenEnrolmentCodes,
  type OpenEnrolmentCode,
  withdrawEnrolmentCode,
} from '../../store/enrolment-codes';
import { actorOf, consoleAccess } from './guard';

const AREA_PARAMS = {
  type: 'object',
  required: ['areaId'],
  properties: { areaId: { type: 'string', maxLength: 64 }, codeId: { type: 'string', maxLength: 36 } },
} as const;
const NEW_CODE_BODY = {
  type: 'object',
  required: ['validDays'],
  additionalProperties: false,
  properties: {
    label: { type: 'string', maxLength: CODE_LABEL_MAX_LENGTH },
    validDays: { type: 'integer', enum: [...CODE_VALIDITY_DAYS] },
  },
} as const;

const DAY_MS = 86_400_000;

function wire(code: OpenEnrolmentCode): OpenCode {
  return { ...code, createdAt: code.createdAt.toISOString(), expiresAt: code.expiresAt.toISOString() };
}

/**
 * `/api/beheer/areas/:areaId/codes`: enrolment codes for an area's devices. A new code is in the
 * answer once and never again (only its hash is stored); the audit trail names it by id and label.
 */
export function consoleCodeRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const access = consoleAccess(db);
    const areaOf = (request: FastifyRequest) => (request.params as { areaId?: string }).areaId;
    const guarded = { onRequest: [access.onRequest, access.area(areaOf)] };

    app.get(
      '/api/beheer/areas/:areaId/codes',
      { ...guarded, schema: { params: AREA_PARAMS } },
      async (request) => {
        const { areaId } = request.params as { areaId: string };
        const codes = await listOpenEnrolmentCodes(db, [areaId]);
        return { codes: codes.map(wire) } satisfies CodesResponse;
      },
    );

    app.post(
      '/api/beheer/areas/:areaId/codes',
      { ...guarded, schema: { params: AREA_PARAMS, body: NEW_CODE_BODY } },
      async (request, reply): Promise<NewCodeResponse> => {
        const { areaId } = request.params as { areaId: string };
        const body = request.body as { label?: string; validDays: number };
        if ((await findArea(db, areaId)) === undefined) {
          throw new HttpError(404, 'not_found', 'There is no such area');
        }
        const label = body.label?.trim() || undefined;
        const made = await db.transaction(async (tx) => {
          const code = await createEnrolmentCode(tx, {
            areaId,
            validForMs: body.validDays * DAY_MS,
            ...(label === undefined ? {} : { label }),
          });
          await recordAudit(tx, {
            actor: actorOf(request),
            action: 'enrolment_code.create',
            areaId,
            detail: { codeId: code.id, codeLabel: label ?? null, validDays: body.validDays },
          });
          return code;
        });
        reply.code(201);
        return {
          id: made.id,
          areaId,
          label: label ?? null,
          createdAt: new Date().toISOString(),
          expiresAt: made.expiresAt.toISOString(),
          code: formatEnrolmentCode(made.code),
        };
      },
    );

    app.delete(
      '/api/beheer/areas/:areaId/codes/:codeId',
      { ...guarded, schema: { params: AREA_PARAMS } },
      async (request, reply) => {
        const { areaId, codeId } = request.params as { areaId: string; codeId: string };
        const withdrawn = await db.transaction(async (tx) => {
          const result = await withdrawEnrolmentCode(tx, codeId, [areaId]);
          if (result !== 'unknown') {
            await recordAudit(tx, {
              actor: actorOf(request),
              action: 'enrolment_code.withdraw',
              areaId,
              detail: { codeId },
            });
          }
          return result;
        });
        if (withdrawn === 'unknown') throw new HttpError(404, 'not_found', 'There is no such open code');
        return reply.code(204).send();
      },
    );
  };
}
