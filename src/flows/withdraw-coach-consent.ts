import { type CoachConsentWithdrawn, withdrawCoachConsentHere } from '../db/coach-consent';
import { loadConversation } from '../db/conversations';
import type { BuurtgesprekDatabase } from '../db/database';
import { type Conversation, changeCoachConsent } from '../domain/conversation';
import { conversationSaveKey, type HeldWrites } from './pending-writes';
import { openFetched } from './pick-up-feedback';

export interface CoachConsentWithdrawal extends CoachConsentWithdrawn {
  /**
   * The conversation as stored now, or as still waiting to be stored, with (d) withdrawn: the
   * screen shows this one, so no later save brings (d) back.
   */
  conversation: Conversation;
}

/**
 * The resident no longer wants a coach to read the notes (consent point d). The conversation stays;
 * every review of it a coach could still read through the server is withdrawn: the next drain
 * deletes the share there, after which the coach's app erases its copy and says so. Nothing is
 * asked of the server about it again, and the conversation no longer waits for feedback. Pending
 * writes go first: a conversation still waiting in the save queue holds (d) as given; one whose
 * write keeps failing stays queued, so it is withdrawn there too and shown as such, with what was
 * typed in it. Feedback the
 * service worker fetched and the page did not open yet is opened first, with the link key that
 * the withdrawal drops: feedback that came back stays hers.
 */
export async function withdrawCoachConsent(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  conversationId: string,
  pending: HeldWrites,
  now: number = Date.now(),
): Promise<CoachConsentWithdrawal | null> {
  await pending.flush();
  const key = conversationSaveKey(conversationId);
  const before = pending.pending<Conversation>(key);
  // At once after the flush, before any retry can run: its write would give (d) back.
  const waiting = pending.amend<Conversation>(key, (value) => changeCoachConsent(value, false, now));
  let done: CoachConsentWithdrawn | null;
  try {
    await openFetched(db, dataKey);
    done = await withdrawCoachConsentHere(db, conversationId, now);
  } catch (error) {
    // Nothing was withdrawn (the shares are still live): the waiting value must not say it was.
    if (before !== undefined) pending.amend<Conversation>(key, () => before);
    throw error;
  }
  if (!done) return null;
  const conversation = waiting ?? (await loadConversation(db, dataKey, conversationId));
  return conversation ? { ...done, conversation } : null;
}
