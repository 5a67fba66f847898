import type { FastifyInstance } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { SuppressionEngine } from '../aggregates/scope-report';
import { scopeReport } from '../aggregates/served-report';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { readerAuth } from '../http/auth';
import { contentSecurityPolicy } from '../http/headers';
import { perAddress } from '../http/rate-limits';
import { upcomingCircle } from '../public-page/next-circle-section';
import {
  OFFLINE_REGISTRATION_HASH,
  OFFLINE_WORKER_PATH,
  OFFLINE_WORKER_SOURCE,
} from '../public-page/offline-worker';
import { type PosterSize, renderPoster } from '../public-page/poster';
import { type PageLanguage, renderPublicPage } from '../public-page/render';
import { publicSections } from '../public-page/sections';
import { loadAgenda } from '../store/agendas';
import { findArea } from '../store/areas';
import { loadNextCircle } from '../store/next-circles';
import { areaYearOf, ownAreaOnly } from './area-year';

const YEAR = { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max } as const;

/**
 * The public "wat is er met uw inbreng gedaan" page per area and year (issue 15), and the area
 * team's switch for it. The page needs no sign-in and sets no cookie; it exists only while the
 * team has it published, and is served `no-cache`, so unpublishing takes it down at once; the copy
 * a phone keeps to read offline goes too, the next time it asks online (offline-worker.ts).
 * Publishing takes no snapshot: every visit renders the figures and the agenda as stored now, so an
 * action the team marks done later is on the page as soon as the team's device has synced it.
 */
export function publicPageRoutes(
  db: Database,
  serverK: number,
  engine: SuppressionEngine,
  limits: RateLimits,
) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/publication',
      {
        onRequest: [readerAuth(db), ownAreaOnly(db)],
        schema: { querystring: { type: 'object', required: ['year'], properties: { year: YEAR } } },
      },
      async (request) => {
        const { year } = request.query as { year: number };
        return { published: await isPublished(db, areaYearOf(request).areaId, year) };
      },
    );

    app.put(
      '/api/areas/:areaId/publication',
      {
        onRequest: [readerAuth(db), ownAreaOnly(db)],
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
        const { areaId, year } = areaYearOf(request);
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
        config: { rateLimit: perAddress(limits.publicPageReadsPerMinute) },
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
          return NOT_FOUND;
        }
        // The area team's own report (the same joint suppression, off the request thread). Public, so
        // it must hide what every other scope hides: published figures are the first a differencing
        // attacker would take. Of the residents' words it shows the quotes the team picked and only
        // those, never a default (sections.ts, quotes-section.ts): each was approved for sharing,
        // anonymised, and checked again by the server when it arrived (checks/quotes.ts). The rest
        // of the page is rendered from the report without quotes.
        const figures = await scopeReport(db, { kind: 'area', areaId }, { year }, serverK, engine, reply);
        const report = { ...figures, quotes: { items: [], more: false, released: false } };
        const stored = await loadAgenda(db, areaId, year);
        const nextCircle = upcomingCircle(await loadNextCircle(db, areaId, year), today());
        const afterValues = await publicSections(db, areaId, year, figures, stored?.agenda ?? null, {
          language,
          serverK,
          engine,
          reply,
        });
        reply.type('text/html; charset=utf-8');
        reply.header('content-security-policy', contentSecurityPolicy([OFFLINE_REGISTRATION_HASH]));
        return renderPublicPage({
          areaName: area.name,
          year,
          report,
          agenda: stored?.agenda ?? null,
          language,
          otherHref: `/inbreng/${encodeURIComponent(areaId)}/${year}${language === 'nl' ? '?lang=en' : ''}`,
          nextCircle,
          afterValues,
        });
      },
    );

    // The page's offline copy (public-page/offline-worker.ts); no-cache, so a fix reaches phones.
    app.get(OFFLINE_WORKER_PATH, async (_request, reply) => {
      reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8');
      return OFFLINE_WORKER_SOURCE;
    });

    // The poster of the page for the community centre: public like the page, and gone with it.
    app.get(
      '/inbreng/:areaId/:year/poster',
      {
        config: { rateLimit: perAddress(limits.publicPageReadsPerMinute) },
        schema: {
          params: { type: 'object', properties: { areaId: { type: 'string', maxLength: 64 }, year: YEAR } },
        },
      },
      async (request, reply) => {
        const { areaId, year } = request.params as { areaId: string; year: number };
        const { lang, size } = request.query as { lang?: string; size?: string };
        const language: PageLanguage = lang === 'en' ? 'en' : 'nl';
        reply.header('cache-control', 'no-cache');
        const area = await findArea(db, areaId);
        if (!area || !(await isPublished(db, areaId, year))) {
          reply.code(404).type('text/html; charset=utf-8');
          return NOT_FOUND;
        }
        const stored = await loadAgenda(db, areaId, year);
        const path = `/inbreng/${encodeURIComponent(areaId)}/${year}${language === 'en' ? '?lang=en' : ''}`;
        reply.type('text/html; charset=utf-8');
        return renderPoster({
          areaName: area.name,
          year,
          agenda: stored?.agenda ?? null,
          nextCircle: upcomingCircle(await loadNextCircle(db, areaId, year), today()),
          // The address the team's browser reached the server by (behind a proxy as it forwards it).
          pageUrl: `${request.protocol}://${request.host}${path}`,
          language,
          size: (size === 'a3' ? 'A3' : 'A4') satisfies PosterSize,
        });
      },
    );
  };
}

const NOT_FOUND = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Niet gevonden</title></head><body><main><h1>Deze pagina is er (nog) niet</h1><p lang="en">This page is not available.</p></main></body></html>`;

/** Today as the server's calendar has it (UTC): a circle on this day still counts as to come. */
const today = () => new Date().toISOString().slice(0, 10);

async function isPublished(db: Database, areaId: string, year: number): Promise<boolean> {
  const { rows } = await db.query('select 1 from public_pages where area_id = $1 and year = $2', [
    areaId,
    year,
  ]);
  return rows.length > 0;
}
