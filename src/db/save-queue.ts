import { type BackoffPolicy, retryDelay, SAVE_RETRY } from '../domain/retry';
import { classifyStorageError, type StorageProblem } from './storage-problem';

/**
 * Holds what the interviewer typed until the device has stored it. A write that fails (full
 * disk, blocked or missing IndexedDB) keeps the value in memory, reports why, and is retried
 * with backoff and whenever asked, forever: the one rule is that no typed word is dropped.
 * Writes for one key never overlap, and the newest value always wins.
 */
export interface SaveState {
  /** How many keys hold a value that is not yet stored. */
  unsaved: number;
  /** Why the last failing write failed; null once everything is stored. */
  problem: StorageProblem | null;
}

type Writer = (value: unknown) => Promise<void>;

interface Slot {
  value: unknown;
  write: Writer;
  /** A value newer than what is stored (or being stored) is waiting. */
  dirty: boolean;
  failures: number;
  problem: StorageProblem | null;
  running: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface SaveQueueOptions {
  retry?: BackoffPolicy;
  random?: () => number;
}

export class SaveQueue {
  readonly #slots = new Map<string, Slot>();
  readonly #listeners = new Set<(state: SaveState) => void>();
  readonly #retry: BackoffPolicy;
  readonly #random: () => number;

  constructor(options: SaveQueueOptions = {}) {
    this.#retry = options.retry ?? SAVE_RETRY;
    this.#random = options.random ?? Math.random;
  }

  /** Stores `value` under `key` after `delayMs` (a debounce for typing); a newer call replaces it. */
  save<T>(key: string, value: T, write: (value: T) => Promise<void>, delayMs = 0): void {
    const slot = this.#slots.get(key) ?? this.#newSlot(key);
    slot.value = value;
    slot.write = write as Writer;
    slot.dirty = true;
    if (!slot.problem) this.#schedule(key, slot, delayMs);
    this.#notify();
  }

  /** The value typed for `key` that is not stored yet: screens show it instead of the stored one. */
  pending<T>(key: string): T | undefined {
    return this.#slots.get(key)?.value as T | undefined;
  }

  get state(): SaveState {
    let problem: StorageProblem | null = null;
    for (const slot of this.#slots.values()) problem ??= slot.problem;
    return { unsaved: this.#slots.size, problem };
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes everything now (page hidden, app closing, "try again"), and waits for the outcome. */
  async flush(): Promise<void> {
    await Promise.all([...this.#slots.keys()].map((key) => this.#run(key)));
  }

  /**
   * Changes the value waiting for `key` (typed, or kept after a failed write), keeping its writer:
   * a flow that changed the stored record (consent withdrawn) makes the retry carry that change
   * too, so it cannot undo it, and nothing typed is lost. Returns the changed value, or undefined
   * when nothing waits.
   */
  amend<T>(key: string, change: (value: T) => T): T | undefined {
    const slot = this.#slots.get(key);
    if (!slot) return undefined;
    slot.value = change(slot.value as T);
    slot.dirty = true;
    return slot.value as T;
  }

  /**
   * Drops the values waiting for the keys `match` picks: a flow erased what they would write.
   * Resolves once a write of theirs already under way has ended, so the erase can come after it.
   */
  async discard(match: (key: string, value: unknown) => boolean): Promise<void> {
    const underWay: Promise<void>[] = [];
    for (const [key, slot] of this.#slots) {
      if (!match(key, slot.value)) continue;
      if (slot.timer) clearTimeout(slot.timer);
      if (slot.running) underWay.push(slot.running);
      this.#slots.delete(key);
    }
    this.#notify();
    // A failing write of a dropped slot is not retried (#writeOnce); its error is of no use here.
    await Promise.allSettled(underWay);
  }

  /** Whether a value `match` picks still waits to be stored (typed, or kept after a failed write). */
  holds(match: (key: string, value: unknown) => boolean): boolean {
    for (const [key, slot] of this.#slots) if (match(key, slot.value)) return true;
    return false;
  }

  /** Clears every pending value: only for a lock or erase, where keeping text in memory is the risk. */
  discardAll(): void {
    for (const slot of this.#slots.values()) if (slot.timer) clearTimeout(slot.timer);
    this.#slots.clear();
    this.#notify();
  }

  #newSlot(key: string): Slot {
    const slot: Slot = {
      value: undefined,
      write: async () => {},
      dirty: false,
      failures: 0,
      problem: null,
      running: null,
      timer: null,
    };
    this.#slots.set(key, slot);
    return slot;
  }

  #schedule(key: string, slot: Slot, delayMs: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timer = null;
      void this.#run(key);
    }, delayMs);
  }

  async #run(key: string): Promise<void> {
    const slot = this.#slots.get(key);
    if (!slot) return;
    if (slot.timer) {
      clearTimeout(slot.timer);
      slot.timer = null;
    }
    // One write per key at a time, so an older value can never land after a newer one.
    while (slot.running) await slot.running;
    if (!slot.dirty || this.#slots.get(key) !== slot) return;
    slot.running = this.#writeOnce(key, slot);
    try {
      await slot.running;
    } finally {
      slot.running = null;
    }
    if (slot.dirty && !slot.problem && this.#slots.get(key) === slot) await this.#run(key);
  }

  async #writeOnce(key: string, slot: Slot): Promise<void> {
    const value = slot.value;
    slot.dirty = false;
    try {
      await slot.write(value);
      slot.failures = 0;
      slot.problem = null;
      if (!slot.dirty && this.#slots.get(key) === slot) this.#slots.delete(key);
    } catch (error) {
      // Discarded meanwhile: what it would write was erased, so it is not retried.
      if (this.#slots.get(key) !== slot) return;
      slot.dirty = true;
      slot.failures += 1;
      slot.problem = classifyStorageError(error);
      this.#schedule(key, slot, retryDelay(slot.failures, this.#retry, this.#random));
    }
    this.#notify();
  }

  #notify(): void {
    const state = this.state;
    for (const listener of this.#listeners) listener(state);
  }
}
