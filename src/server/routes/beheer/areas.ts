import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AreasResponse } from '../../../domain/wire/beheer';
import { recordAudit } from '../../audit/record';
import type { Database } from '../../db/database';
import { accountOf } from '../../http/account-auth';
import { HttpError } from '../../http/api-error';
import { listAreaGroups, moveAreaToGroup } from '../../store/area-groups';
import { addNamed, listAreas, type NamedRecordProblem, renameNamed } from '../../store/areas';
import {
  actorOf,
  administeredAreaIds,
  administersOrganisation,
  changeActorOf,
  consoleAccess,
  requireOrganisation,
} from './guard';

const NAME_BODY = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', maxLength: 200 } },
} as const;
const AREA_CHANGE_BODY = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: {
    name: { type: 'string', maxLength: 200 },
    groupId: { anyOf: [{ type: 'string', maxLength: 64 }, { type: 'null' }] },
  },
} as const;
const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;

const NAME_PROBLEMS: Record<NamedRecordProblem | 'unknown', [number, string, string]> = {
  'name-empty': [400, 'name_empty', 'Give a name'],
  'name-too-long': [400, 'name_too_long', 'The name is too long'],
  'id-invalid': [400, 'id_invalid', 'The id must be lowercase letters, digits and single hyphens'],
  taken: [409, 'name_taken', 'That name is already in use'],
  unknown: [404, 'not_found', 'There is no such area or group'],
};

function refuse(problem: NamedRecordProblem | 'unknown'): never {
  const [status, code, message] = NAME_PROBLEMS[problem];
  throw new HttpError(status, code, message, status === 400 ? [{ path: 'body/name', message }] : undefined);
}

/** `/api/beheer/areas` and `/api/beheer/groups`: the areas an administrator looks after, and their groups. */
export function consoleAreaRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const access = consoleAccess(db);
    const paramArea = (request: FastifyRequest) => (request.params as { id?: string }).id;

    app.get('/api/beheer/areas', { onRequest: [access.onRequest, access.anyArea] }, async (request) => {
      const account = accountOf(request);
      const mine = new Set(await administeredAreaIds(db, account));
      const areas = (await listAreas(db)).filter((area) => mine.has(area.id));
      const groupIds = new Set(areas.map((area) => area.groupId));
      const everything = administersOrganisation(account);
      const groups = (await listAreaGroups(db))
        .filter((group) => everything || groupIds.has(group.id))
        .map(({ id, name }) => ({ id, name }));
      return { areas, groups, canAddAreas: everything } satisfies AreasResponse;
    });

    app.post(
      '/api/beheer/areas',
      { onRequest: [access.onRequest, access.organisation], schema: { body: NAME_BODY } },
      async (request, reply) => {
        const { name } = request.body as { name: string };
        const area = await db.transaction(async (tx) => {
          const result = await addNamed(tx, 'areas', { name });
          if (!result.ok) return result;
          await recordAudit(tx, {
            actor: actorOf(request),
            action: 'area.create',
            areaId: result.record.id,
            address: request.ip,
          });
          return result;
        });
        if (!area.ok) refuse(area.problem);
        reply.code(201);
        return { area: { ...area.record, groupId: null, devices: 0 } };
      },
    );

    app.patch(
      '/api/beheer/areas/:id',
      {
        onRequest: [access.onRequest, access.area(paramArea)],
        schema: { params: ID_PARAMS, body: AREA_CHANGE_BODY },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const body = request.body as { name?: string; groupId?: string | null };
        // Moving between groups changes which configuration applies: an organisation-wide decision.
        if (body.groupId !== undefined) requireOrganisation(request);
        if (body.name !== undefined) {
          const renamed = await db.transaction(async (tx) => {
            const result = await renameNamed(tx, 'areas', id, body.name ?? '');
            if (result.ok) {
              await recordAudit(tx, { actor: actorOf(request), action: 'area.rename', areaId: id });
            }
            return result;
          });
          if (!renamed.ok) refuse(renamed.problem);
        }
        if (body.groupId !== undefined) {
          const moved = await moveAreaToGroup(db, {
            areaId: id,
            groupId: body.groupId,
            actor: changeActorOf(request),
            by: actorOf(request),
          });
          if (moved === 'unknown-area') refuse('unknown');
          if (moved === 'unknown-group') {
            throw new HttpError(400, 'group_unknown', 'There is no such group', [
              { path: 'body/groupId', message: 'is not a group' },
            ]);
          }
        }
        const area = (await listAreas(db)).find((candidate) => candidate.id === id);
        if (area === undefined) refuse('unknown');
        return { area };
      },
    );

    app.post(
      '/api/beheer/groups',
      { onRequest: [access.onRequest, access.organisation], schema: { body: NAME_BODY } },
      async (request, reply) => {
        const { name } = request.body as { name: string };
        const group = await db.transaction(async (tx) => {
          const result = await addNamed(tx, 'area_groups', { name });
          if (result.ok) {
            await recordAudit(tx, {
              actor: actorOf(request),
              action: 'area_group.create',
              detail: { groupId: result.record.id },
            });
          }
          return result;
        });
        if (!group.ok) refuse(group.problem);
        reply.code(201);
        return { group: group.record };
      },
    );

    app.patch(
      '/api/beheer/groups/:id',
      {
        onRequest: [access.onRequest, access.organisation],
        schema: { params: ID_PARAMS, body: NAME_BODY },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const { name } = request.body as { name: string };
        const group = await db.transaction(async (tx) => {
          const result = await renameNamed(tx, 'area_groups', id, name);
          if (result.ok) {
            await recordAudit(tx, {
              actor: actorOf(request),
              action: 'area_group.rename',
              detail: { groupId: id },
            });
          }
          return result;
        });
        if (!group.ok) refuse(group.problem);
        return { group: group.record };
      },
    );
  };
}
