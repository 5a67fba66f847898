import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findConversations, newestAmong } from '../../../src/db/conversation-query';
import { eraseConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { createDataKey } from '../../../src/db/sealed-box';
import { loadSearchIndex, saveSearchText } from '../../../src/db/search-texts';
import { type Conversation, recordConsent, startConversation } from '../../../src/domain/conversation';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`search-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

function conversation(id: string, change: Partial<Conversation>): Conversation {
  const base = startConversation(
    {
      areaId: 'gaasperdam',
      guideId: 'algemeen',
      guideVersion: 1,
      guideLanguage: 'nl',
      date: '2026-03-01',
      residentProfile: 'oudere',
    },
    id,
    0,
  );
  return { ...recordConsent(base, { notes: true, themesAndValues: true, quotes: false }, 0), ...change };
}

describe('finding conversations', () => {
  it('combines filters and search hits, newest first, without decrypting rows', async () => {
    await saveConversation(
      db,
      key,
      conversation('a', { areaId: 'driemond', updatedAt: 1, themeIds: ['wonen'] }),
    );
    await saveConversation(
      db,
      key,
      conversation('b', { areaId: 'driemond', updatedAt: 3, themeIds: ['wonen'] }),
    );
    await saveConversation(db, key, conversation('c', { updatedAt: 2, themeIds: ['wonen'] }));
    expect((await findConversations(db, { themeId: 'wonen' })).map((row) => row.id)).toEqual(['b', 'c', 'a']);
    expect(
      (await findConversations(db, { themeId: 'wonen', areaId: 'driemond' })).map((row) => row.id),
    ).toEqual(['b', 'a']);
    expect(
      (await findConversations(db, { areaId: 'driemond' }, new Set(['a']))).map((row) => row.id),
    ).toEqual(['a']);
  });

  it('pages the newest search hits without reading the rest', async () => {
    for (const [id, updatedAt] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ] as const) {
      await saveConversation(db, key, conversation(id, { updatedAt }));
    }
    expect((await newestAmong(db, new Set(['a', 'c', 'd']), 2)).map((row) => row.id)).toEqual(['d', 'c']);
    expect((await newestAmong(db, new Set(['a']), 50)).map((row) => row.id)).toEqual(['a']);
    // Past the direct-lookup limit the updatedAt index is walked instead; same answer.
    const many = new Set(['a', 'c', 'd', ...Array.from({ length: 1_000 }, (_, n) => `absent-${n}`)]);
    expect((await newestAmong(db, many, 2)).map((row) => row.id)).toEqual(['d', 'c']);
  });

  it('narrows by status and by a date range through their indexes', async () => {
    await saveConversation(db, key, conversation('march', { date: '2026-03-01', updatedAt: 1 }));
    await saveConversation(
      db,
      key,
      conversation('may', { date: '2026-05-20', updatedAt: 2, status: 'completed' }),
    );
    await saveConversation(db, key, conversation('july', { date: '2026-07-04', updatedAt: 3 }));
    expect((await findConversations(db, { status: 'completed' })).map((row) => row.id)).toEqual(['may']);
    expect(
      (await findConversations(db, { from: '2026-03-01', until: '2026-05-20' })).map((row) => row.id),
    ).toEqual(['may', 'march']);
    expect((await findConversations(db, { from: '2026-05-21' })).map((row) => row.id)).toEqual(['july']);
  });

  it('searches notes after unlock from one sealed text per conversation, and forgets erased ones', async () => {
    await saveConversation(db, key, conversation('a', {}));
    await saveConversation(db, key, conversation('b', {}));
    await saveSearchText(db, key, 'a', 'De wijkagent kwam langs');
    await saveSearchText(db, key, 'b', 'Geen tijd voor de sportclub');
    const progress: number[] = [];
    const index = await loadSearchIndex(db, key, (done) => progress.push(done));
    expect(index.search('wijkagent')).toEqual(new Set(['a']));
    expect(progress.at(-1)).toBe(2);

    await eraseConversation(db, 'a');
    expect((await loadSearchIndex(db, key)).search('wijkagent').size).toBe(0);
  });
});
