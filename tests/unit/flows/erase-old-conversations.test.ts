import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { SaveQueue } from '../../../src/db/save-queue';
import { createDataKey } from '../../../src/db/sealed-box';
import { readSettings, writeSetting } from '../../../src/db/settings';
import { dueForErasure } from '../../../src/domain/device-retention';
import {
  conversationsDueForErasure,
  eraseOldConversations,
  erasureDueNow,
} from '../../../src/flows/erase-old-conversations';
import { completedConversation, inProgressConversation, noteWithQuote } from './support/conversations';

const DAY = 86_400_000;
const NOW = 100 * DAY;
const noPending = new SaveQueue();

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`erase-old-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

/** A completed conversation last changed `daysAgo` days before NOW, with a note, its summary sent. */
async function completedDaysAgo(id: string, daysAgo: number): Promise<void> {
  await saveConversation(db, key, { ...completedConversation(id), updatedAt: NOW - daysAgo * DAY });
  await saveNote(db, key, noteWithQuote(id));
  await db.sharing.put({
    conversationId: id,
    summaryId: `00000000-0000-4000-8000-00000000000${id.length}`,
    revision: 1,
    decision: 'approved',
    decidedAt: NOW - daysAgo * DAY,
    sentRevision: 1,
    sentAt: NOW - daysAgo * DAY,
  });
}

describe('erasing completed conversations after the device retention period', () => {
  it('is off until the interviewer chooses a period', async () => {
    await completedDaysAgo('old', 400);
    expect((await readSettings(db)).conversationRetentionDays).toBe(0);
    expect(await conversationsDueForErasure(db, 0, NOW)).toEqual([]);
    expect(await eraseOldConversations(db, noPending, ['old'], 0, NOW)).toBe(0);
    expect(await loadConversation(db, key, 'old')).toBeDefined();
  });

  it('lists the completed conversations past the period, and erases only those she confirmed', async () => {
    await completedDaysAgo('old', 31);
    await completedDaysAgo('older', 90);
    await completedDaysAgo('recent', 29);
    await saveConversation(db, key, { ...inProgressConversation('open'), updatedAt: NOW - 300 * DAY });
    await writeSetting(db, 'conversationRetentionDays', 30);

    const due = await conversationsDueForErasure(db, 30, NOW);
    expect(due.map((row) => row.id)).toEqual(['older', 'old']);
    // The list shows what she needs to recognise them, and nothing sealed.
    expect(Object.keys(due[0] ?? {})).not.toContain('sealed');

    expect(await eraseOldConversations(db, noPending, ['old'], 30, NOW)).toBe(1);
    expect(await loadConversation(db, key, 'old')).toBeUndefined();
    expect(await notesOfConversation(db, key, 'old')).toEqual([]);
    expect(await db.searchTexts.get('old')).toBeUndefined();
    expect(await db.erased.get('old')).toBeDefined();
    for (const kept of ['older', 'recent', 'open'])
      expect(await loadConversation(db, key, kept)).toBeDefined();
  });

  it('keeps a conversation something of which still waits to be stored: it is being corrected', async () => {
    await completedDaysAgo('old', 60);
    // A long retry, so only the flushes below write: no timer runs during the test.
    const saves = new SaveQueue({ retry: { baseMs: 600_000, capMs: 600_000 }, random: () => 1 });
    let full = true;
    const corrected = { ...noteWithQuote('old'), text: 'Gecorrigeerd: ze belt zelf de huisarts.' };
    saves.save(
      `note:${corrected.id}`,
      corrected,
      async (note) => {
        if (full) throw new DOMException('disk full', 'QuotaExceededError');
        await saveNote(db, key, note);
      },
      60_000,
    );
    expect(await eraseOldConversations(db, saves, ['old'], 30, NOW)).toBe(0);
    full = false;
    await saves.flush();
    expect(await loadConversation(db, key, 'old')).toBeDefined();
    expect((await notesOfConversation(db, key, 'old')).map((note) => note.text)).toEqual([corrected.text]);
  });

  it('keeps the summary counted at the server: no withdrawal is queued, unlike a withdrawn consent', async () => {
    await completedDaysAgo('old', 60);
    await eraseOldConversations(db, noPending, ['old'], 30, NOW);
    expect(await db.withdrawals.count()).toBe(0);
    expect(await db.sharing.get('old')).toBeUndefined();
  });

  it('never erases a conversation whose summary still waits to be sent, or one corrected since the warning', async () => {
    await completedDaysAgo('waiting', 60);
    await db.outbox.put({
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'summary',
      conversationId: 'waiting',
      payload: {} as never,
      createdAt: NOW,
      attempts: 0,
      nextAttemptAt: NOW,
      lastError: null,
    } as never);
    await completedDaysAgo('corrected', 60);
    expect((await conversationsDueForErasure(db, 30, NOW)).map((row) => row.id)).toEqual(['corrected']);
    // Corrected after she saw the warning: no longer due when she confirms.
    await saveConversation(db, key, { ...completedConversation('corrected'), updatedAt: NOW - DAY });
    expect(await eraseOldConversations(db, noPending, ['waiting', 'corrected'], 30, NOW)).toBe(0);
    expect(await loadConversation(db, key, 'waiting')).toBeDefined();
    expect(await loadConversation(db, key, 'corrected')).toBeDefined();
  });

  it('never erases a summary she has not checked yet; one held back or without consent is due', async () => {
    // Consent to anonymised use, but the interviewer never looked at the summary: it may still go.
    await saveConversation(db, key, { ...completedConversation('unchecked'), updatedAt: NOW - 60 * DAY });
    await completedDaysAgo('held', 60);
    await db.sharing.update('held', { decision: 'held-back', sentRevision: 0, sentAt: null });
    const noConsent = completedConversation('no-consent');
    await saveConversation(db, key, {
      ...noConsent,
      consent: noConsent.consent && { ...noConsent.consent, themesAndValues: false },
      updatedAt: NOW - 60 * DAY,
    });

    expect((await conversationsDueForErasure(db, 30, NOW)).map((row) => row.id).sort()).toEqual([
      'held',
      'no-consent',
    ]);
    expect(await eraseOldConversations(db, noPending, ['unchecked', 'held'], 30, NOW)).toBe(1);
    expect(await loadConversation(db, key, 'unchecked')).toBeDefined();
    expect(await loadConversation(db, key, 'held')).toBeUndefined();
  });

  it('reads the period she chose for the notice after unlock', async () => {
    await completedDaysAgo('old', 45);
    expect(await erasureDueNow(db, NOW)).toEqual({ days: 0, due: [] });
    await writeSetting(db, 'conversationRetentionDays', 30);
    const { days, due } = await erasureDueNow(db, NOW);
    expect(days).toBe(30);
    expect(due.map((row) => row.id)).toEqual(['old']);
  });

  it('counts whole days from the last change', () => {
    const at = (daysAgo: number) => ({
      id: String(daysAgo),
      status: 'completed' as const,
      updatedAt: NOW - daysAgo * DAY,
      date: '2026-01-01',
      residentProfile: 'oudere',
    });
    expect(dueForErasure([at(30), at(29), at(31)], 30, NOW).map((c) => c.id)).toEqual(['31', '30']);
  });
});
