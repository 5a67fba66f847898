import type { RoleGrant } from '../../../src/domain/accounts/roles';
import { createAccount } from '../../../src/server/accounts/accounts';
import { grantRole } from '../../../src/server/accounts/grants';
import type { Queryable } from '../../../src/server/db/database';
import { READER_PASSWORD } from './fixtures';

/** An account with a password (READER_PASSWORD unless given) and these grants. */
export async function accountWith(
  db: Queryable,
  username: string,
  grants: readonly RoleGrant[],
  extra: { email?: string; password?: string } = {},
): Promise<string> {
  const { id } = await createAccount(db, {
    username,
    password: extra.password ?? READER_PASSWORD,
    ...(extra.email === undefined ? {} : { email: extra.email }),
  });
  for (const grant of grants) await grantRole(db, id, grant);
  return id;
}

export interface ConsoleSession {
  /** `bg_session=<token>`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
  token: string;
  setCookie: string;
  body: { account: { id: string; name: string; grants: RoleGrant[] }; csrfToken: string; expiresAt: string };
}

/** Signs in through POST /api/account/login and keeps what a browser would. */
export async function consoleLogin(
  baseUrl: string,
  username: string,
  headers: Record<string, string> = {},
  password = READER_PASSWORD,
): Promise<ConsoleSession> {
  const response = await fetch(`${baseUrl}/api/account/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 201)
    throw new Error(`console login failed with ${response.status}: ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const token = /bg_session=([^;]+)/.exec(setCookie)?.[1] ?? '';
  const body = (await response.json()) as ConsoleSession['body'];
  return { cookie: `bg_session=${token}`, csrfToken: body.csrfToken, token, setCookie, body };
}
