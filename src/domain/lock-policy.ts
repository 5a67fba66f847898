/**
 * When the notes lock by themselves. Two different dangers, two limits:
 * - a device left on a table: inactivity locks it (the setting `autoLockMinutes`), but not while a
 *   conversation is open on screen, where the interviewer may listen for many minutes without
 *   touching it; there a longer limit applies, so the lock never interrupts a resident;
 * - a device put away or switched to another app: hidden for longer than a short limit, it locks,
 *   whatever is on screen (a phone in a bag is not in a conversation).
 */
export const CONVERSATION_LOCK_DEFAULT_MINUTES = 30;
export const CONVERSATION_LOCK_CHOICES_MINUTES = [15, 30, 45, 60, 90] as const;
export const HIDDEN_LOCK_DEFAULT_SECONDS = 30;
export const HIDDEN_LOCK_CHOICES_SECONDS = [0, 10, 30, 60, 300] as const;

export interface LockPolicy {
  /** Minutes without use before an idle device locks. */
  idleMinutes: number;
  /** Minutes without use before a device with a conversation open on screen locks. */
  conversationIdleMinutes: number;
  /** Seconds the app may be hidden (another app, screen off) before it locks. */
  hiddenSeconds: number;
}

/** How long the device may go untouched before it locks. */
export function idleLimitMs(policy: LockPolicy, conversationOnScreen: boolean): number {
  const minutes = conversationOnScreen
    ? Math.max(policy.conversationIdleMinutes, policy.idleMinutes)
    : policy.idleMinutes;
  return minutes * 60_000;
}

/** Whether an app hidden since `hiddenAt` must be locked at `now` (both in milliseconds). */
export function hiddenTooLong(policy: LockPolicy, hiddenAt: number, now: number): boolean {
  return now - hiddenAt >= policy.hiddenSeconds * 1000;
}
