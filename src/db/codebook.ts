import { type Codebook, defaultCodebook } from '../domain/themes';
import type { BuurtgesprekDatabase } from './database';

const KEY = 'codebook';

/** The device's theme codebook: the shipped default until someone edits it. */
export async function readCodebook(db: BuurtgesprekDatabase): Promise<Codebook> {
  const stored = (await db.settings.get(KEY))?.value as Codebook | undefined;
  return stored && Array.isArray(stored.themes) ? stored : defaultCodebook();
}

export async function writeCodebook(db: BuurtgesprekDatabase, codebook: Codebook): Promise<void> {
  await db.settings.put({ key: KEY, value: codebook });
}
