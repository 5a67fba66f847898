import type { Envelope } from '../domain/packages/envelope';
import { REQUEST_TIMEOUT_MS, readApiError, type ServerClient } from './api';

/**
 * Encrypted packages on the server: shares for coach review, their feedback, and device backups.
 * What goes up is ciphertext made on the device; the keys never travel in a request.
 */

export type BlobProblem =
  | 'offline'
  | 'server-unreachable'
  | 'not-enrolled'
  | 'unknown'
  | 'expired'
  /** The resident withdrew consent: the share is deleted, and a coach's copy must go too. */
  | 'withdrawn'
  | 'wrong-token'
  | 'too-large'
  | 'busy'
  | 'server-error';

export type BlobResult<T> = { ok: true; value: T } | { ok: false; problem: BlobProblem };

export interface ShareFromServer {
  package: Envelope;
  feedback: Envelope | null;
  feedbackAt: string | null;
  expiresAt: string;
}

const BACKUP_TIMEOUT_MS = 120_000;

async function request<T>(
  client: ServerClient,
  path: string,
  init: RequestInit & { timeoutMs?: number },
  isOnline: () => boolean,
): Promise<BlobResult<T>> {
  let response: Response;
  try {
    response = await client.fetch(`${client.baseUrl}${path}`, {
      ...init,
      cache: 'no-store',
      signal: AbortSignal.timeout(init.timeoutMs ?? REQUEST_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, problem: isOnline() ? 'server-unreachable' : 'offline' };
  }
  if (response.ok) {
    return { ok: true, value: (response.status === 204 ? null : await response.json()) as T };
  }
  const { code } = await readApiError(response);
  if (response.status === 404) return { ok: false, problem: 'unknown' };
  if (response.status === 410) {
    return { ok: false, problem: code === 'share_withdrawn' ? 'withdrawn' : 'expired' };
  }
  if (response.status === 413) return { ok: false, problem: 'too-large' };
  if (response.status === 429) return { ok: false, problem: 'busy' };
  if (response.status === 401 || response.status === 403) {
    return { ok: false, problem: code === 'reply_token_wrong' ? 'wrong-token' : 'not-enrolled' };
  }
  return { ok: false, problem: 'server-error' };
}

const json = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
const always = () => true;

export function uploadShare(
  client: ServerClient,
  deviceToken: string,
  envelope: Envelope,
  replyTokenHash: string,
  isOnline = always,
): Promise<BlobResult<{ id: string; expiresAt: string }>> {
  return request(
    client,
    '/api/shares',
    {
      method: 'POST',
      headers: json(deviceToken),
      body: JSON.stringify({ package: envelope, replyTokenHash }),
    },
    isOnline,
  );
}

export function fetchShare(
  client: ServerClient,
  id: string,
  isOnline = always,
): Promise<BlobResult<ShareFromServer>> {
  return request(client, `/api/shares/${encodeURIComponent(id)}`, {}, isOnline);
}

/**
 * Files the share's link, sealed under a short code, by the code's id. 'taken' when another open
 * share uses that id (make a new code); 'failed' for anything else: the link still works.
 */
export async function fileShareCode(
  client: ServerClient,
  deviceToken: string,
  shareId: string,
  codeId: string,
  sealed: Envelope,
): Promise<'filed' | 'taken' | 'failed'> {
  const path = `/api/shares/${encodeURIComponent(shareId)}/code/${encodeURIComponent(codeId)}`;
  try {
    const response = await client.fetch(`${client.baseUrl}${path}`, {
      method: 'PUT',
      headers: json(deviceToken),
      body: JSON.stringify({ package: sealed }),
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return response.ok ? 'filed' : response.status === 409 ? 'taken' : 'failed';
  } catch {
    return 'failed';
  }
}

/** The link sealed under a typed code, by the code's id; 'unknown' when no open share has it. */
export function fetchShareCode(
  client: ServerClient,
  codeId: string,
  isOnline = always,
): Promise<BlobResult<{ package: Envelope }>> {
  return request(client, `/api/shares/code/${encodeURIComponent(codeId)}`, {}, isOnline);
}

export function sendFeedback(
  client: ServerClient,
  id: string,
  replyToken: string,
  envelope: Envelope,
  isOnline = always,
): Promise<BlobResult<{ feedbackAt: string }>> {
  return request(
    client,
    `/api/shares/${encodeURIComponent(id)}/feedback`,
    { method: 'PUT', headers: json(replyToken), body: JSON.stringify({ package: envelope }) },
    isOnline,
  );
}

export function closeShare(
  client: ServerClient,
  id: string,
  token: string,
  isOnline = always,
): Promise<BlobResult<null>> {
  return request(
    client,
    `/api/shares/${encodeURIComponent(id)}`,
    { method: 'DELETE', headers: { authorization: `Bearer ${token}` } },
    isOnline,
  );
}

/** `replaceOlder`: after a withdrawal, every older version of this slot and of this device goes. */
export function uploadBackup(
  client: ServerClient,
  deviceToken: string,
  lookupId: string,
  envelope: Envelope,
  isOnline = always,
  replaceOlder = false,
): Promise<BlobResult<{ version: number; createdAt: string }>> {
  return request(
    client,
    `/api/backups/${encodeURIComponent(lookupId)}${replaceOlder ? '?replace=older' : ''}`,
    {
      method: 'PUT',
      headers: json(deviceToken),
      body: JSON.stringify({ package: envelope }),
      timeoutMs: BACKUP_TIMEOUT_MS,
    },
    isOnline,
  );
}

export function fetchBackup(
  client: ServerClient,
  deviceToken: string,
  lookupId: string,
  isOnline = always,
): Promise<BlobResult<{ package: Envelope; version: number; createdAt: string }>> {
  return request(
    client,
    `/api/backups/${encodeURIComponent(lookupId)}`,
    { headers: { authorization: `Bearer ${deviceToken}` }, timeoutMs: BACKUP_TIMEOUT_MS },
    isOnline,
  );
}

/** Deletes every version kept under `lookupId` (a backup slot of the old, passphrase-derived kind). */
export function deleteBackup(
  client: ServerClient,
  deviceToken: string,
  lookupId: string,
  isOnline = always,
): Promise<BlobResult<null>> {
  return request(
    client,
    `/api/backups/${encodeURIComponent(lookupId)}`,
    { method: 'DELETE', headers: { authorization: `Bearer ${deviceToken}` } },
    isOnline,
  );
}
