/**
 * Writes still waiting in memory (the save queue). A flow that erases or replaces a record flushes
 * them first: a write landing after it would bring back or overwrite what the flow just decided.
 */
export interface PendingWrites {
  flush(): Promise<void>;
}
