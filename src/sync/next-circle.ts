import type { AreaSession } from '../db/values-circle';
import { parseNextCircle } from '../domain/wire/next-circle';
import type { ServerClient } from './api';
import { bearer, call, problemOf, type Result } from './area-team';

/**
 * The date of the next values circle, which the area team sets beside the public page of the year.
 * Like publishing, a choice made while online and never queued: the server's copy is the one the
 * page, the poster and every interviewer's resident card show.
 */
const path = (session: AreaSession, year: number) =>
  `/api/areas/${encodeURIComponent(session.area.id)}/next-circle?year=${year}`;

export async function readNextCircle(
  client: ServerClient,
  session: AreaSession,
  year: number,
  isOnline: () => boolean = () => true,
): Promise<Result<string | null>> {
  const response = await call(
    client,
    path(session, year),
    { headers: bearer(session), cache: 'no-store' },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  const body = parseNextCircle(await response.json().catch(() => undefined));
  return body === undefined ? { ok: false, problem: 'server-error' } : { ok: true, value: body.date };
}

/** Sets the date (`YYYY-MM-DD`), or with null removes it. */
export async function setNextCircle(
  client: ServerClient,
  session: AreaSession,
  year: number,
  date: string | null,
  isOnline: () => boolean = () => true,
): Promise<Result<string | null>> {
  const response = await call(
    client,
    path(session, year),
    {
      method: 'PUT',
      headers: { ...bearer(session), 'content-type': 'application/json' },
      body: JSON.stringify({ date }),
    },
    isOnline,
  );
  if (typeof response === 'string') return { ok: false, problem: response };
  if (!response.ok) return { ok: false, problem: problemOf(response) };
  return { ok: true, value: date };
}
