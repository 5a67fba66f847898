import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { SuppressionEngine } from '../aggregates/scope-report';
import { scopeReport } from '../aggregates/served-report';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAreaOf, readerAuth } from '../http/auth';
import { type PageLanguage, renderPublicPage } from '../public-page/render';
import { publicSections } from '../public-page/sections';
import { loadAgenda } from '../store/agendas';
import { findArea } from '../store/areas';

const YEAR = { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max } as const;

/**
 * The public "wat is er met uw inbreng gedaan" page per area and year (issue 15), and the area
 * team's switch for it. The page needs no sign-in and sets no cookie; it exists only while the
 * team has it published, and is served `no-cache`, so unpublishing takes it down at once.
 */
export function publicPageRoutes(db: Database, serverK: number, engine: SuppressionEngine) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/publication',
      {
        onRequest: [readerAuth(db), ownAreaOnly],
        schema: { querystring: { type: 'object', required: ['year'], properties: { year: YEAR } } },
      },
      async (request) => {
        const { year } = request.query as { year: number };
        return { published: await isPublished(db, readerAreaOf(request), year) };
      },
    );

    app.put(
      '/api/areas/:areaId/publication',
      {
        onRequest: [readerAuth(db), ownAreaOnly],
        schema: {
          querystring: { type: 'object', required: ['year'], properties: { year: YEAR } },
          body: {
            type: 'object',
            required: ['published'],
            additionalProperties: false,
            properties: { published: { type: 'boolean' } },
          },
        },
      },
      async (request) => {
        const areaId = readerAreaOf(request);
        const { year } = request.query as { year: number };
        const { published } = request.body as { published: boolean };
        const actor = accountActor(request);
        await db.transaction(async (tx) => {
          await tx.query(
            published
              ? 'insert into public_pages (area_id, year) values ($1, $2) on conflict do nothing'
              : 'delete from public_pages where area_id = $1 and year = $2',
            [areaId, year],
          );
          await recordAudit(tx, {
            actor,
            action: published ? 'publication.publish' : 'publication.unpublish',
            areaId,
            detail: { year },
          });
        });
        return { published };
      },
    );

    app.get(
      '/inbreng/:areaId/:year',
      {
        schema: {
          params: { type: 'object', properties: { areaId: { type: 'string', maxLength: 64 }, year: YEAR } },
        },
      },
      async (request, reply) => {
        const { areaId, year } = request.params as { areaId: string; year: number };
        const { lang } = request.query as { lang?: string };
        const language: PageLanguage = lang === 'en' ? 'en' : 'nl';
        // Revalidated on every visit, so unpublishing takes the page down at once. The app's own
        // security headers (no script from elsewhere, no referrer) apply to it as to every answer.
        reply.header('cache-control', 'no-cache');
        const area = await findArea(db, areaId);
        if (!area || !(await isPublished(db, areaId, year))) {
          reply.code(404).type('text/html; charset=utf-8');
          return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Niet gevonden</title></head><body><main><h1>Deze pagina is er (nog) niet</h1><p lang="en">This page is not available.</p></main></body></html>`;
        }
        // The area team's own report (the same suppression, off the request thread), without quotes:
        // a public page carries no resident's words.
        const figures = await scopeReport(
          db,
          { kind: 'area', areaId },
          { year },
          serverK,
          engine,
          reply,
          true,
        );
        const report = { ...figures, quotes: { items: [], more: false, released: false } };
        const stored = await loadAgenda(db, areaId, year);
        const afterValues = await publicSections(db, areaId, year, figures, stored?.agenda ?? null, {
          language,
          serverK,
          engine,
          reply,
        });
        reply.type('text/html; charset=utf-8');
        return renderPublicPage({
          areaName: area.name,
          year,
          report,
          agenda: stored?.agenda ?? null,
          language,
          otherHref: `/inbreng/${encodeURIComponent(areaId)}/${year}${language === 'nl' ? '?lang=en' : ''}`,
          afterValues,
        });
      },
    );
  };
}

async function isPublished(db: Database, areaId: string, year: number): Promise<boolean> {
  const { rows } = await db.query('select 1 from public_pages where area_id = $1 and year = $2', [
    areaId,
    year,
  ]);
  return rows.length > 0;
}

async function ownAreaOnly(request: FastifyRequest): Promise<void> {
  const { areaId } = request.params as { areaId: string };
  if (readerAreaOf(request) !== areaId)
    throw new HttpError(403, 'forbidden', 'This account may not use this area');
}
