import type { BuurtgesprekDatabase } from './database';

/** Every setting the device keeps, with its type and default: one place, so keys can't drift. */
export interface Settings {
  language: 'nl' | 'en';
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'nl',
};

const VALID: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (value): value is Settings['language'] => value === 'nl' || value === 'en',
};

/** Reads all settings; a value that is missing or not of its type falls back to the default. */
export async function readSettings(db: BuurtgesprekDatabase): Promise<Settings> {
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  const rows = await db.settings.bulkGet(keys);
  const settings: Settings = { ...DEFAULT_SETTINGS };
  keys.forEach((key, index) => {
    const value = rows[index]?.value;
    if (VALID[key](value)) settings[key] = value;
  });
  return settings;
}

export async function writeSetting<K extends keyof Settings>(
  db: BuurtgesprekDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
