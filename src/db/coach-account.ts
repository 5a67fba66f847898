import type { CoachRecord } from '../domain/wire/coach-reviews';
import type { BuurtgesprekDatabase } from './database';

/**
 * A coach's optional account on this device (issues 13, 16) and the review records waiting to
 * reach it. The session itself is the server's HttpOnly cookie, which no script reads; kept here
 * is who is signed in and the session's CSRF token, which the server wants with every record
 * sent (it is worthless without the cookie). Records wait in the clear, like outbox entries: they
 * hold only what is meant for the server (a pseudonym and checklist answers, no resident).
 */
export interface CoachAccount {
  /** The server's id of the account; absent only where an older answer lacked it. */
  id?: string;
  name: string;
  csrfToken: string;
  /** ISO time the session ends at the latest. */
  expiresAt: string;
}

const ACCOUNT_KEY = 'coachAccount';
const WAITING_KEY = 'coachRecordsWaiting';
/** Whose records wait while nobody is signed in (the session ended at the server). */
const WAITING_OWNER_KEY = 'coachRecordsOwner';

const ownerOf = (account: CoachAccount) => account.id ?? account.name;

function isAccount(value: unknown): value is CoachAccount {
  if (typeof value !== 'object' || value === null) return false;
  const { name, csrfToken, expiresAt } = value as Partial<CoachAccount>;
  return typeof name === 'string' && typeof csrfToken === 'string' && typeof expiresAt === 'string';
}

export async function readCoachAccount(db: BuurtgesprekDatabase): Promise<CoachAccount | null> {
  const value = (await db.settings.get(ACCOUNT_KEY))?.value;
  return isAccount(value) ? value : null;
}

/**
 * Records left waiting by an ended session go with the same coach's next sign-in, never with
 * another account's: a different coach signing in on this device drops them.
 */
export async function storeCoachAccount(db: BuurtgesprekDatabase, account: CoachAccount): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const owner = (await db.settings.get(WAITING_OWNER_KEY))?.value;
    if (owner !== undefined && owner !== ownerOf(account)) await db.settings.delete(WAITING_KEY);
    await db.settings.delete(WAITING_OWNER_KEY);
    await db.settings.put({ key: ACCOUNT_KEY, value: account });
  });
}

/** Signing out forgets the account and what still waited for it: it was hers, not the device's. */
export async function forgetCoachAccount(db: BuurtgesprekDatabase): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.delete(ACCOUNT_KEY);
    await db.settings.delete(WAITING_KEY);
    await db.settings.delete(WAITING_OWNER_KEY);
  });
}

/**
 * The server ended the session (idle or past its end): forget it, but keep what waits, to go once
 * she signs in again. A coach's device is her own; signing out by hand forgets both.
 */
export async function endCoachSession(db: BuurtgesprekDatabase): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const account = await readCoachAccount(db);
    if (account !== null) await db.settings.put({ key: WAITING_OWNER_KEY, value: ownerOf(account) });
    await db.settings.delete(ACCOUNT_KEY);
  });
}

export async function waitingCoachRecords(db: BuurtgesprekDatabase): Promise<CoachRecord[]> {
  const value = (await db.settings.get(WAITING_KEY))?.value;
  return Array.isArray(value) ? (value as CoachRecord[]) : [];
}

/** A record sent again (revised feedback) replaces the one still waiting under its id. */
export async function queueCoachRecord(db: BuurtgesprekDatabase, record: CoachRecord): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const waiting = (await waitingCoachRecords(db)).filter((kept) => kept.id !== record.id);
    await db.settings.put({ key: WAITING_KEY, value: [...waiting, record] });
  });
}

/** Takes a record off the queue only if it is still the one that was sent (not revised since). */
export async function dropCoachRecord(db: BuurtgesprekDatabase, sent: CoachRecord): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const waiting = await waitingCoachRecords(db);
    const left = waiting.filter((kept) => JSON.stringify(kept) !== JSON.stringify(sent));
    await db.settings.put({ key: WAITING_KEY, value: left });
  });
}
