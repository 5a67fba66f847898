import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { applyProposalOutcomes, pendingProposalIds } from '../db/proposals';
import type { ProposalOutcome } from '../domain/proposals/theme-proposal';
import { type ProposalRequest, parseProposalList } from '../domain/wire/proposals';
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
 * What the administrators decided on the proposals this device sent and that still wait, asked
 * with every sync (after the configuration, so an accepted theme is in the codebook the device
 * follows by the time the proposal says so). Needs no data key: only clear fields change.
 */
export async function syncProposalOutcomes(db: BuurtgesprekDatabase, client: ServerClient): Promise<number> {
  const waiting = await pendingProposalIds(db);
  if (waiting.length === 0) return 0;
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return 0;
  const response = await client.fetch(`${client.baseUrl}/api/proposals`, {
    headers: { authorization: `Bearer ${enrolment.deviceToken}` },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) return 0;
  const list = parseProposalList(await response.json().catch(() => undefined));
  if (list === undefined) return 0;
  const outcomes = new Map<string, ProposalOutcome>();
  for (const answer of list.proposals) {
    if (!waiting.includes(answer.id)) continue;
    if (answer.status === 'rejected') outcomes.set(answer.id, { status: 'rejected' });
    else if (answer.status !== 'pending' && answer.themeId !== undefined) {
      outcomes.set(answer.id, { status: answer.status, themeId: answer.themeId });
    }
  }
  return applyProposalOutcomes(db, outcomes);
}
