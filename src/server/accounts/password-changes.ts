import { randomInt } from 'node:crypto';
import { type AuditActor, recordAudit } from '../audit/record';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { hashSecret } from '../auth/secrets';
import type { Database } from '../db/database';
import { endAllSessions, passwordMatches, setPassword } from './accounts';

/**
 * Changing a local password: by its owner (she proves the current one), or a reset by an
 * administrator (a one-time temporary password, shown once, that the owner must replace at her
 * next sign-in). Each with its audit entry in one transaction; the entry names the account and
 * how many sessions ended, never a password.
 */
export type OwnChange = 'changed' | 'wrong-password' | 'too-short' | 'same';

export async function changeOwnPassword(
  db: Database,
  actor: AuditActor & { kind: 'account' },
  change: { current: string; next: string; keepSessionToken: string; address?: string },
): Promise<OwnChange> {
  if (change.next.length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (change.next === change.current) return 'same';
  if (!(await passwordMatches(db, actor.id, change.current))) return 'wrong-password';
  await db.transaction(async (tx) => {
    await setPassword(tx, actor.id, change.next);
    // Whoever knew the old password is signed out everywhere else; this session stays.
    const { rowCount } = await tx.query(
      'delete from reader_sessions where account_id::text = $1 and token_hash <> $2',
      [actor.id, hashSecret(change.keepSessionToken)],
    );
    await recordAudit(tx, {
      actor,
      action: 'account.password_change',
      address: change.address,
      detail: { accountId: actor.id, otherSessions: rowCount },
    });
  });
  return 'changed';
}

/** A reset: every session of the account ends, and the temporary password is answered once. */
export async function resetPassword(
  db: Database,
  actor: AuditActor,
  accountId: string,
): Promise<{ temporaryPassword: string } | 'unknown'> {
  const temporaryPassword = temporaryPasswordText();
  const done = await db.transaction(async (tx) => {
    if (!(await setPassword(tx, accountId, temporaryPassword, { mustChange: true }))) return false;
    const sessions = await endAllSessions(tx, accountId);
    await recordAudit(tx, { actor, action: 'account.password_reset', detail: { accountId, sessions } });
    return true;
  });
  return done ? { temporaryPassword } : 'unknown';
}

// No 0/o, 1/l/i: read aloud or copied from a screen without mistakes.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four: 80 bits, easy to type once. */
function temporaryPasswordText(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
