import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { SIGN_IN_FAILURE_WINDOW_MS } from './accounts/settings';
import { FiguresAhead } from './aggregates/figures-ahead';
import { suppressionEngine } from './aggregates/served-report';
import type { ServerConfig } from './config';
import type { Database } from './db/database';
import { installSessionSettings } from './http/account-auth';
import { sendApiError } from './http/api-error';
import { connectionLimits } from './http/connection-limits';
import { installDraining } from './http/draining';
import { installErrorHandler } from './http/error-handler';
import { installResponseHeaders, isApiPath } from './http/headers';
import { BODY_LIMIT_BYTES } from './http/limits';
import { installRequestLog, type LogStream, loggerOptions, pathOf } from './http/logging';
import { installRateLimits } from './http/rate-limits';
import { SignInLimiter } from './http/sign-in-limiter';
import { sendAppShell, staticFileOptions, wantsAppShell } from './http/static-files';
import { installRetentionJob } from './retention/job';
import { accountRoutes } from './routes/account';
import { agendaRoutes } from './routes/agenda';
import { aggregateRoutes } from './routes/aggregates';
import { areaTeamRoutes } from './routes/area-team';
import { backupRoutes } from './routes/backups';
import { consoleRoutes } from './routes/beheer';
import { beheerAuditRoutes } from './routes/beheer-audit';
import { coachReviewRoutes } from './routes/coach-reviews';
import { configurationRoutes } from './routes/configuration';
import { enrolRoutes } from './routes/enrol';
import { exportRoutes } from './routes/exports';
import { guideProposalRoutes } from './routes/guide-proposals';
import { healthRoutes } from './routes/health';
import { nextCircleRoutes } from './routes/next-circle';
import { oidcRoutes } from './routes/oidc';
import { proposalRoutes } from './routes/proposals';
import { publicPageRoutes } from './routes/public-page';
import { shareWithdrawalRoutes } from './routes/share-withdrawals';
import { shareRoutes } from './routes/shares';
import { summaryRoutes } from './routes/summaries';
import { trendRoutes } from './routes/trend';
import { installSharePurge } from './share-purge';

/** Summaries must stop arriving this long before a year's figures are computed ahead of readers. */
const FIGURES_AHEAD_QUIET_MS = 2_000;

export interface BuildServerOptions {
  config: ServerConfig;
  db: Database;
  /** Where log lines go instead of stdout; tests capture them here. */
  logStream?: LogStream;
}

/**
 * The whole HTTP server, not yet listening: main.ts calls `listen`, tests call `listen({ port: 0 })`
 * or add test-only routes first. New API routes are registered here as one more plugin each.
 */
export function buildServer({ config, db, logStream }: BuildServerOptions): FastifyInstance {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    // Replaced by installRequestLog, which logs less (see http/logging.ts).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    ...connectionLimits(config.http),
    // Whether X-Forwarded-For/-Proto count (TRUST_PROXY): request.ip and request.protocol follow it,
    // and so do the per-address limits, the audit trail's addresses and the Secure cookie flag.
    trustProxy: trustProxyOption(config.accounts.trustProxy),
  });
  // Over the cap Node drops new connections at once, before they cost a request.
  app.server.maxConnections = config.http.maxConnections;

  installRequestLog(app);
  installResponseHeaders(app);
  installDraining(app);
  installErrorHandler(app);
  installRateLimits(app);
  app.register(fastifyCookie);
  installSessionSettings(app, config.accounts.sessions);
  const signInLimiter = new SignInLimiter({
    perAddress: config.rateLimits.signInPerMinute,
    failures: config.accounts.failuresPerAccount,
    failureWindowMs: SIGN_IN_FAILURE_WINDOW_MS,
  });

  app.register(healthRoutes(db));
  app.register(enrolRoutes(db, config.rateLimits));
  const engine = suppressionEngine(config.aggregates);
  const ahead = new FiguresAhead(db, config.suppressionK, engine, FIGURES_AHEAD_QUIET_MS);
  app.addHook('onClose', async () => {
    ahead.close();
    await engine.close();
  });
  app.register(summaryRoutes(db, config, (years) => ahead.summariesArrived(years)));
  app.register(areaTeamRoutes(db, config, signInLimiter));
  app.register(accountRoutes(db, config, signInLimiter));
  app.register(oidcRoutes(db, config, signInLimiter));
  app.register(aggregateRoutes(db, config.suppressionK, engine));
  app.register(agendaRoutes(db, config.rateLimits));
  app.register(exportRoutes(db, config.rateLimits));
  app.register(beheerAuditRoutes(db));
  app.register(publicPageRoutes(db, config.suppressionK, engine, config.rateLimits));
  app.register(nextCircleRoutes(db, config.rateLimits));
  app.register(coachReviewRoutes(db, config.rateLimits));
  app.register(trendRoutes(db, config.suppressionK, engine));
  app.register(shareRoutes(db, config));
  app.register(shareWithdrawalRoutes(db, config));
  app.register(backupRoutes(db, config));
  app.register(configurationRoutes(db, config.rateLimits));
  app.register(proposalRoutes(db, config));
  app.register(guideProposalRoutes(db, config));
  app.register(consoleRoutes(db));
  installSharePurge(app, db);
  installRetentionJob(app, db);
  // Registered on the root (not in a child plugin) so the 404 handler below can use reply.sendFile.
  app.register(fastifyStatic, staticFileOptions(config.staticDir));

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url) ?? '/';
    if (wantsAppShell(request.method, path)) return sendAppShell(reply, config.staticDir);
    const message = isApiPath(path) ? `No API route ${request.method} ${path}` : 'Not found';
    return sendApiError(reply, 404, { code: 'not_found', message });
  });

  return app;
}

// A number of hops: trust that many proxies nearest to us (Fastify's types lack the number form).
function trustProxyOption(
  setting: boolean | number | string,
): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}
