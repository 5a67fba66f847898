import { PSEUDONYM_MAX } from '../domain/coaching/pseudonym';
import {
  CONVERSATION_RETENTION_CHOICES_DAYS,
  CONVERSATION_RETENTION_DEFAULT_DAYS,
} from '../domain/device-retention';
import {
  CONVERSATION_LOCK_CHOICES_MINUTES,
  CONVERSATION_LOCK_DEFAULT_MINUTES,
  HIDDEN_LOCK_CHOICES_SECONDS,
  HIDDEN_LOCK_DEFAULT_SECONDS,
} from '../domain/lock-policy';
import { AUTO_LOCK_CHOICES_MINUTES, AUTO_LOCK_DEFAULT_MINUTES } from '../domain/passphrase';
import type { BuurtgesprekDatabase } from './database';

/** Every setting the device keeps, with its type and default: one place, so keys can't drift. */
export interface Settings {
  language: 'nl' | 'en';
  /** Minutes without use before the notes lock again. */
  autoLockMinutes: number;
  /** Minutes without use before the notes lock while a conversation is open on screen. */
  conversationLockMinutes: number;
  /** Seconds the app may be hidden (another app, screen off) before the notes lock. */
  hiddenLockSeconds: number;
  /** Whether a question's follow-up questions and tip are unfolded under the note. */
  showProbes: boolean;
  /** Days a completed conversation stays on this device before it is offered for erasure; 0 is off. */
  conversationRetentionDays: number;
  /** Whether backups also hold practice conversations; off unless the interviewer chose it. */
  backupIncludesPractice: boolean;
  /** The interviewer's name for coaching, as typed; '' for none (`cleanPseudonym` decides). */
  reviewPseudonym: string;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'nl',
  autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES,
  conversationLockMinutes: CONVERSATION_LOCK_DEFAULT_MINUTES,
  hiddenLockSeconds: HIDDEN_LOCK_DEFAULT_SECONDS,
  showProbes: false,
  conversationRetentionDays: CONVERSATION_RETENTION_DEFAULT_DAYS,
  backupIncludesPractice: false,
  reviewPseudonym: '',
};

const oneOf =
  (choices: readonly number[]) =>
  (value: unknown): value is number =>
    (choices as readonly unknown[]).includes(value);

const VALID: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (value): value is Settings['language'] => value === 'nl' || value === 'en',
  autoLockMinutes: oneOf(AUTO_LOCK_CHOICES_MINUTES),
  conversationLockMinutes: oneOf(CONVERSATION_LOCK_CHOICES_MINUTES),
  hiddenLockSeconds: oneOf(HIDDEN_LOCK_CHOICES_SECONDS),
  showProbes: (value): value is boolean => typeof value === 'boolean',
  conversationRetentionDays: oneOf(CONVERSATION_RETENTION_CHOICES_DAYS),
  backupIncludesPractice: (value): value is boolean => typeof value === 'boolean',
  reviewPseudonym: (value): value is string => typeof value === 'string' && value.length <= PSEUDONYM_MAX,
};

/** Reads all settings; a value that is missing or not of its type falls back to the default. */
export async function readSettings(db: BuurtgesprekDatabase): Promise<Settings> {
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  const rows = await db.settings.bulkGet(keys);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  keys.forEach((key, index) => {
    const value = rows[index]?.value;
    if (VALID[key](value)) settings[key] = value;
  });
  // Every key was either defaulted or checked by its validator above.
  return settings as unknown as Settings;
}

export async function writeSetting<K extends keyof Settings>(
  db: BuurtgesprekDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
