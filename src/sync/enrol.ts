import { type EnrolResponse, normaliseEnrolmentCode } from '../domain/wire/enrolment';
import { REQUEST_TIMEOUT_MS, readApiError, type ServerClient } from './api';

export type EnrolProblem =
  | 'malformed'
  | 'unknown-code'
  | 'used-code'
  | 'expired-code'
  | 'busy'
  | 'offline'
  | 'server-unreachable'
  | 'server-error';

export type EnrolResult = { ok: true; response: EnrolResponse } | { ok: false; problem: EnrolProblem };

const REFUSALS: Readonly<Record<string, EnrolProblem>> = {
  enrolment_code_unknown: 'unknown-code',
  enrolment_code_used: 'used-code',
  enrolment_code_expired: 'expired-code',
};

/** Exchanges a typed enrolment code for a device token. The code is checked before it is sent. */
export async function enrol(
  client: ServerClient,
  typed: string,
  isOnline: () => boolean = () => true,
): Promise<EnrolResult> {
  const code = normaliseEnrolmentCode(typed);
  if (code === null) return { ok: false, problem: 'malformed' };
  let response: Response;
  try {
    response = await client.fetch(`${client.baseUrl}/api/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, problem: isOnline() ? 'server-unreachable' : 'offline' };
  }
  if (response.ok) {
    const body = (await response.json()) as EnrolResponse;
    return { ok: true, response: body };
  }
  if (response.status === 429) return { ok: false, problem: 'busy' };
  const { code: errorCode } = await readApiError(response);
  return {
    ok: false,
    problem: REFUSALS[errorCode] ?? (response.status >= 500 ? 'server-error' : 'unknown-code'),
  };
}
