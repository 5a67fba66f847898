import type { FastifyInstance } from 'fastify';
import { COACH_REVIEW_BODY, type CoachRecord, type CoachReviewList } from '../../domain/wire/coach-reviews';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { accountAuth, accountOf, requireRole } from '../http/account-auth';
import { HttpError } from '../http/api-error';
import { perSession } from '../http/rate-limits';
import { coachReviewsOf, recordCoachReview } from '../store/coach-reviews';

/**
 * A coach's overview across devices (issues 13, 16): her app records each review she sends and
 * reads her own records back. Any coach grant will do: the records name no area, and each account
 * sees only what it recorded itself.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function coachReviewRoutes(db: Database, limits: RateLimits) {
  const coachOnly = [accountAuth(db), requireRole(db, 'coach')];
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/coach/reviews',
      {
        bodyLimit: 4096,
        onRequest: coachOnly,
        schema: { body: COACH_REVIEW_BODY },
        config: { rateLimit: perSession(limits.agendaSavesPerMinute) },
      },
      async (request, reply) => {
        const record = request.body as CoachRecord;
        // Retention counts from this date: one far ahead would keep a record for good.
        if (Date.parse(record.reviewedAt) > Date.now() + DAY_MS)
          throw new HttpError(400, 'invalid_body', 'reviewedAt lies in the future', [
            { path: 'body/reviewedAt', message: 'lies in the future' },
          ]);
        const account = accountOf(request);
        const actor = { kind: 'account' as const, id: account.id, label: account.name };
        const outcome = await recordCoachReview(db, actor, record);
        if (outcome === 'not-hers') {
          // Ids are random: another account's id here is a client bug or a probe, never a retry.
          throw new HttpError(409, 'id_taken', 'This id is taken; make a new one', [
            { path: 'body/id', message: 'is taken' },
          ]);
        }
        return reply.code(outcome === 'recorded' ? 201 : 200).send({ id: record.id });
      },
    );

    app.get('/api/coach/reviews', { onRequest: coachOnly }, async (request): Promise<CoachReviewList> => {
      const { id: accountId } = accountOf(request);
      const reviews = await coachReviewsOf(db, accountId);
      await recordAudit(db, {
        actor: accountActor(request),
        action: 'coach_review.read',
        detail: { count: reviews.length },
      });
      return { accountId, reviews };
    });
  };
}
