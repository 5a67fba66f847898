import { endCoachSession, readCoachAccount } from '../db/coach-account';
import type { BuurtgesprekDatabase } from '../db/database';
import { forgetAreaTeam, readAreaTeamSession } from '../db/values-circle';
import { type Result, signOutEverywhere } from '../sync/area-team';
import { type CoachResult, coachSignOutEverywhere } from '../sync/coach-account';
import type { ServerAccess } from './server-access';

/**
 * "Sign out everywhere" from the app, for a person whose account has sessions elsewhere too (a lost
 * phone, the console on a shared computer). Only the server can end those, so this device forgets
 * its own session only once the server has ended them all; when it cannot be reached nothing
 * changes here and she can try again.
 */

/** The area team's: this device then forgets the session and the area's figures, as signing out does. */
export async function signOutAreaTeamEverywhere(
  db: BuurtgesprekDatabase,
  server: ServerAccess,
): Promise<Result<number>> {
  const session = await readAreaTeamSession(db);
  if (!session) return { ok: false, problem: 'signed-out' };
  const ended = await signOutEverywhere(server.client, session, server.isOnline);
  if (ended.ok) await forgetAreaTeam(db);
  return ended;
}

/**
 * A coach's: this device forgets the session but keeps the review records still waiting, which go
 * when she signs in here again (the device is hers; it is the other sessions she ends).
 */
export async function signOutCoachEverywhere(
  db: BuurtgesprekDatabase,
  server: ServerAccess,
): Promise<CoachResult<number>> {
  const account = await readCoachAccount(db);
  if (!account) return { ok: false, problem: 'no-session' };
  const ended = await coachSignOutEverywhere(server.client, account, server.isOnline);
  if (ended.ok) await endCoachSession(db);
  return ended;
}
