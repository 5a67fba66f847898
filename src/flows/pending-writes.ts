/**
 * Writes still waiting in memory (the save queue). A flow that erases or replaces a record flushes
 * them first: a write landing after it would bring back or overwrite what the flow just decided.
 */
export interface PendingWrites {
  flush(): Promise<void>;
}

/**
 * What still waits after a flush: a write that keeps failing stays queued and is retried later,
 * so a flow that changes or erases a record makes the waiting value follow its decision.
 */
export interface HeldWrites extends PendingWrites {
  /** The value waiting for `key`, or undefined when nothing waits. */
  pending<T>(key: string): T | undefined;
  /** Changes the value waiting for `key`, keeping its writer; returns it, or undefined if none waits. */
  amend<T>(key: string, change: (value: T) => T): T | undefined;
  /**
   * Drops the values waiting for the keys `match` picks: what they would write was erased.
   * Resolves once a write of theirs already under way has ended.
   */
  discard(match: (key: string, value: unknown) => boolean): Promise<void>;
  /** Whether a value `match` picks still waits to be stored. */
  holds(match: (key: string, value: unknown) => boolean): boolean;
}

/** The save queue's keys for a conversation and what belongs to it; the screens save under these. */
export const conversationSaveKey = (conversationId: string): string => `conversation:${conversationId}`;
export const noteSaveKey = (noteId: string): string => `note:${noteId}`;
export const searchTextSaveKey = (conversationId: string): string => `search:${conversationId}`;

/** Whether a key in the save queue belongs to the conversation: it, its notes, its search text. */
function belongsTo(conversationId: string) {
  return (key: string, value: unknown): boolean =>
    key === conversationSaveKey(conversationId) ||
    key === searchTextSaveKey(conversationId) ||
    (key.startsWith(noteSaveKey('')) && isNoteOf(value, conversationId));
}

/**
 * Drops what still waits to be written for a conversation that is being erased, and waits for a
 * write of it already under way, so the erase lands after it.
 */
export function discardWritesOf(pending: HeldWrites, conversationId: string): Promise<void> {
  return pending.discard(belongsTo(conversationId));
}

/** Whether something of the conversation still waits to be stored: a correction, a note. */
export function holdsWritesOf(pending: HeldWrites, conversationId: string): boolean {
  return pending.holds(belongsTo(conversationId));
}

function isNoteOf(value: unknown, conversationId: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'conversationId' in value &&
    value.conversationId === conversationId
  );
}
