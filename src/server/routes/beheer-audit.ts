import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AUDIT_CSV_HEADER, auditCsvLine, csvLine } from '../audit/csv';
import { AUDIT_PAGE_MAX, type AuditFilter, allAuditEntries, listAuditEntries } from '../audit/read';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { accountAuth, requireRole } from '../http/account-auth';

const FILTER = {
  from: { type: 'string', format: 'date-time' },
  to: { type: 'string', format: 'date-time' },
  area: { type: 'string', minLength: 1, maxLength: 64 },
  actor: { type: 'string', minLength: 1, maxLength: 200 },
  action: { type: 'string', pattern: '^[a-z_.]{1,100}$' },
} as const;

const LIST_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...FILTER,
    before: { type: 'string', pattern: '^[0-9]{1,19}$' },
    limit: { type: 'integer', minimum: 1, maximum: AUDIT_PAGE_MAX },
  },
} as const;

const CSV_QUERY = { type: 'object', additionalProperties: false, properties: FILTER } as const;

type Query = { from?: string; to?: string; area?: string; actor?: string; action?: string };

/**
 * `GET /api/beheer/audit` (a page, newest first, `next` names the page after it) and
 * `GET /api/beheer/audit.csv` (everything the filter matches), for administrators. A beheerder of
 * the organisation reads every entry; one of a group or an area names the area (`?area=`), and
 * reads that area's entries. There is deliberately no route that changes or deletes an entry
 * (tests/server/audit.test.ts scans the routes): only the retention run removes old ones.
 */
export function beheerAuditRoutes(db: Database) {
  const areaOf = (request: FastifyRequest) => (request.query as Query).area;
  const guard = { onRequest: accountAuth(db), preHandler: requireRole(db, 'beheerder', areaOf) };
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/api/beheer/audit', { ...guard, schema: { querystring: LIST_QUERY } }, async (request) => {
      const query = request.query as Query & { before?: string; limit?: number };
      return listAuditEntries(db, filterOf(query), { limit: query.limit ?? 100, before: query.before });
    });

    app.get(
      '/api/beheer/audit.csv',
      { ...guard, schema: { querystring: CSV_QUERY } },
      async (request, reply) => {
        const query = request.query as Query;
        const filter = filterOf(query);
        // Recorded before the first line leaves: an export that happened is always in the trail.
        await recordAudit(db, {
          actor: accountActor(request),
          action: 'audit.export',
          areaId: filter.areaId,
          address: request.ip,
          detail: {
            from: query.from ?? null,
            to: query.to ?? null,
            actor: filter.actor ?? null,
            action: filter.action ?? null,
          },
        });
        let csv = csvLine(AUDIT_CSV_HEADER);
        for await (const entry of allAuditEntries(db, filter)) csv += auditCsvLine(entry);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="audit.csv"')
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );
  };
}

function filterOf(query: Query): AuditFilter {
  return {
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
    areaId: query.area,
    actor: query.actor,
    action: query.action,
  };
}
