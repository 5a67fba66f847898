import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import {
  applyProposalOutcomes,
  type FollowedProposal,
  keepAnsweredFollowKeys,
  pendingProposalKeys,
} from '../db/proposals';
import type { ProposalOutcome } from '../domain/proposals/theme-proposal';
import { PROPOSAL_LIMITS, type ProposalRequest, parseProposalList } from '../domain/wire/proposals';
import { REQUEST_TIMEOUT_MS, readApiError, type ServerClient, serverBusy } from './api';

export type ProposalSendProblem =
  | 'not-enrolled'
  | 'offline'
  | 'server-unreachable'
  | 'personal-details'
  | 'busy'
  | 'refused';

/** Sends one proposal's anonymised text; resending the same id is safe (the server keeps it once). */
export function postProposal(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  request: ProposalRequest,
  isOnline: () => boolean,
): Promise<ProposalSendResult> {
  return sendProposal(db, client, '/api/proposals', request, isOnline);
}

export type ProposalSendResult = { ok: true } | { ok: false; problem: ProposalSendProblem };

/**
 * A proposal of any kind (a theme, a guide) to the area's administrators, with the device's token:
 * the server answers `personal_details` when its anonymiser still finds something.
 */
export async function sendProposal(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  path: '/api/proposals' | '/api/guide-proposals',
  body: unknown,
  isOnline: () => boolean,
): Promise<ProposalSendResult> {
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return { ok: false, problem: 'not-enrolled' };
  let response: Response;
  try {
    response = await client.fetch(`${client.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolment.deviceToken}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, problem: isOnline() ? 'server-unreachable' : 'offline' };
  }
  if (response.ok) return { ok: true };
  if (serverBusy(response)) return { ok: false, problem: 'busy' };
  const { code } = await readApiError(response);
  return { ok: false, problem: code === 'personal_details' ? 'personal-details' : 'refused' };
}

/**
 * Asks about waiting proposals by id and follow key, in requests of at most `perRequest`, and
 * returns the answers (unchecked: each kind parses its own). A failure ends the asking: what was
 * not answered is asked again with the next sync.
 */
export async function askOutcomes(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  path: '/api/proposals/outcomes' | '/api/guide-proposals/outcomes',
  waiting: readonly FollowedProposal[],
  perRequest: number,
): Promise<unknown[]> {
  if (waiting.length === 0) return [];
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return [];
  const answers: unknown[] = [];
  for (let start = 0; start < waiting.length; start += perRequest) {
    const response = await client.fetch(`${client.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolment.deviceToken}` },
      body: JSON.stringify({ proposals: waiting.slice(start, start + perRequest) }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) break;
    answers.push(await response.json().catch(() => undefined));
  }
  return answers;
}

/**
 * What the administrators decided on the proposals that still wait here, asked with every sync
 * (after the configuration, so an accepted theme is in the codebook the device follows by the
 * time the proposal says so). Asked by id and follow key, so a proposal sent from her earlier
 * device and restored here from a backup is followed too. Needs no data key: only clear fields change.
 */
export async function syncProposalOutcomes(db: BuurtgesprekDatabase, client: ServerClient): Promise<number> {
  const waiting = await pendingProposalKeys(db);
  const ids = new Set(waiting.map((proposal) => proposal.id));
  const answers = await askOutcomes(db, client, '/api/proposals/outcomes', waiting, PROPOSAL_LIMITS.listed);
  const outcomes = new Map<string, ProposalOutcome>();
  const answered = new Set<string>();
  for (const answer of answers.flatMap((body) => parseProposalList(body)?.proposals ?? [])) {
    if (!ids.has(answer.id)) continue;
    answered.add(answer.id);
    if (answer.status === 'rejected') outcomes.set(answer.id, { status: 'rejected' });
    else if (answer.status !== 'pending' && answer.themeId !== undefined) {
      outcomes.set(answer.id, { status: answer.status, themeId: answer.themeId });
    }
  }
  await keepAnsweredFollowKeys(db, waiting, answered);
  return applyProposalOutcomes(db, outcomes);
}
