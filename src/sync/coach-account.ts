import type { CoachAccount } from '../db/coach-account';
import type { CoachRecord, CoachReviewList } from '../domain/wire/coach-reviews';
import type { ServerClient } from './api';
import { type AreaTeamProblem, call, problemOf } from './area-team';

/**
 * The coach's account at the server: the console's sign-in (`/api/account/*`, its session cookie
 * and CSRF token) and her review records (`/api/coach/reviews`). The cookie is the browser's; this
 * module only ever sees the CSRF token.
 */
export type CoachAccountProblem = AreaTeamProblem | 'not-coach' | 'no-session';
export type CoachResult<T> = { ok: true; value: T } | { ok: false; problem: CoachAccountProblem };

interface SessionAnswer {
  account: { id?: string; name: string; grants: { role: string }[] };
  csrfToken: string;
  expiresAt: string;
}

const credentials = { credentials: 'same-origin' } as const;

function accountOf(body: SessionAnswer): CoachResult<CoachAccount> {
  if (!body.account.grants.some((grant) => grant.role === 'coach'))
    return { ok: false, problem: 'not-coach' };
  return {
    ok: true,
    value: {
      ...(typeof body.account.id === 'string' && { id: body.account.id }),
      name: body.account.name,
      csrfToken: body.csrfToken,
      expiresAt: body.expiresAt,
    },
  };
}

/** Whether single sign-on is offered; without an answer, only the password is. */
export async function signInMethods(client: ServerClient): Promise<{ oidc: boolean }> {
  const response = await call(client, '/api/account/methods', { ...credentials }, () => true);
  if (typeof response === 'string' || !response.ok) return { oidc: false };
  const body = (await response.json()) as { oidc?: unknown };
  return { oidc: body.oidc === true };
}

export async function coachSignIn(
  client: ServerClient,
  username: string,
  password: string,
  isOnline: () => boolean,
): Promise<CoachResult<CoachAccount>> {
  const response = await call(
    client,
    '/api/account/login',
    {
      ...credentials,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (response.status === 201) return accountOf((await response.json()) as SessionAnswer);
  if (response.status === 401 || response.status === 400) return { ok: false, problem: 'wrong-credentials' };
  if (response.status === 403) return { ok: false, problem: 'not-coach' };
  return { ok: false, problem: problemOf(response) };
}

/** A session the browser holds already (single sign-on through the console lands there). */
export async function coachSessionInBrowser(
  client: ServerClient,
  isOnline: () => boolean,
): Promise<CoachResult<CoachAccount>> {
  const response = await call(
    client,
    '/api/account/session',
    { ...credentials, cache: 'no-store' },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (response.status === 401) return { ok: false, problem: 'no-session' };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  return accountOf((await response.json()) as SessionAnswer);
}

export async function coachSignOut(client: ServerClient, account: CoachAccount): Promise<void> {
  // Best effort: the device forgets the account whatever the server answers.
  await call(
    client,
    '/api/account/logout',
    { ...credentials, method: 'POST', headers: { 'x-csrf-token': account.csrfToken } },
    () => true,
  );
}

/** Every session of her account ends at the server, this browser's too; how many, or why not. */
export async function coachSignOutEverywhere(
  client: ServerClient,
  account: CoachAccount,
  isOnline: () => boolean,
): Promise<CoachResult<number>> {
  const response = await call(
    client,
    '/api/account/logout-everywhere',
    { ...credentials, method: 'POST', headers: { 'x-csrf-token': account.csrfToken } },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  return { ok: true, value: ((await response.json()) as { sessionsEnded: number }).sessionsEnded };
}

export async function postCoachRecord(
  client: ServerClient,
  account: CoachAccount,
  record: CoachRecord,
  isOnline: () => boolean,
): Promise<CoachResult<null> | { ok: false; problem: 'rejected' }> {
  const response = await call(
    client,
    '/api/coach/reviews',
    {
      ...credentials,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': account.csrfToken },
      body: JSON.stringify(record),
    },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (response.ok) return { ok: true, value: null };
  // A record the server will never take (a bug, a clash of ids) must not block those after it.
  if (response.status === 400 || response.status === 409) return { ok: false, problem: 'rejected' };
  return { ok: false, problem: problemOf(response) };
}

export async function fetchCoachRecords(
  client: ServerClient,
  isOnline: () => boolean,
): Promise<CoachResult<CoachReviewList>> {
  const response = await call(client, '/api/coach/reviews', { ...credentials, cache: 'no-store' }, isOnline);
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  return { ok: true, value: (await response.json()) as CoachReviewList };
}
