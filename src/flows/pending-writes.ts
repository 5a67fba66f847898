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
  /** Changes the value waiting for `key`, keeping its writer; returns it, or undefined if none waits. */
  amend<T>(key: string, change: (value: T) => T): T | undefined;
  /** Drops the values waiting for the keys `match` picks: what they would write was erased. */
  discard(match: (key: string, value: unknown) => boolean): void;
}

/** The save queue's keys for a conversation and what belongs to it; the screens save under these. */
export const conversationSaveKey = (conversationId: string): string => `conversation:${conversationId}`;
export const noteSaveKey = (noteId: string): string => `note:${noteId}`;
export const searchTextSaveKey = (conversationId: string): string => `search:${conversationId}`;

/** Drops what still waits to be written for a conversation that is being erased: it, its notes, its search text. */
export function discardWritesOf(pending: HeldWrites, conversationId: string): void {
  pending.discard(
    (key, value) =>
      key === conversationSaveKey(conversationId) ||
      key === searchTextSaveKey(conversationId) ||
      (key.startsWith(noteSaveKey('')) && isNoteOf(value, conversationId)),
  );
}

function isNoteOf(value: unknown, conversationId: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'conversationId' in value &&
    value.conversationId === conversationId
  );
}
