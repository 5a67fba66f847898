import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { applyGuideProposalOutcomes, pendingGuideProposalIds } from '../db/guide-proposals';
import type { GuideProposalOutcome } from '../domain/proposals/guide-proposal';
import { type GuideProposalRequest, parseGuideProposalList } from '../domain/wire/guide-proposals';
import { REQUEST_TIMEOUT_MS, type ServerClient } from './api';
import { type ProposalSendResult, sendProposal } from './proposals';

/** Sends one guide proposal; resending the same id is safe (the server keeps it once). */
export function postGuideProposal(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  request: GuideProposalRequest,
  isOnline: () => boolean,
): Promise<ProposalSendResult> {
  const { builtIn: _builtIn, ...guide } = request.guide;
  return sendProposal(db, client, '/api/guide-proposals', { id: request.id, guide }, isOnline);
}

/**
 * What the administrators decided on the guides this device proposed and that still wait, asked
 * with every sync before the published guides are fetched, so a guide published under a fresh id
 * is fetched in the same sync. Needs no data key.
 */
export async function syncGuideProposalOutcomes(
  db: BuurtgesprekDatabase,
  client: ServerClient,
): Promise<number> {
  const waiting = await pendingGuideProposalIds(db);
  if (waiting.length === 0) return 0;
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return 0;
  const response = await client.fetch(`${client.baseUrl}/api/guide-proposals`, {
    headers: { authorization: `Bearer ${enrolment.deviceToken}` },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) return 0;
  const list = parseGuideProposalList(await response.json().catch(() => undefined));
  if (list === undefined) return 0;
  const outcomes = new Map<string, GuideProposalOutcome>();
  for (const answer of list.proposals) {
    if (!waiting.includes(answer.id)) continue;
    if (answer.status === 'rejected')
      outcomes.set(answer.id, { status: 'rejected', reason: answer.reason ?? '' });
    else if (answer.status === 'published' && answer.guide !== undefined) {
      outcomes.set(answer.id, { status: 'published', guide: answer.guide });
    }
  }
  return applyGuideProposalOutcomes(db, outcomes);
}
