import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDevice, restoreDevice, unbackedUpChanges } from '../../../src/db/backup';
import { findConversations } from '../../../src/db/conversation-query';
import { loadConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { outboxSize } from '../../../src/db/outbox';
import { SaveQueue } from '../../../src/db/save-queue';
import { createDataKey } from '../../../src/db/sealed-box';
import { writeSetting } from '../../../src/db/settings';
import { approveSummary, sharingRows, summaryIdFor } from '../../../src/db/sharing';
import { completedHere } from '../../../src/db/values-circle';
import {
  type Conversation,
  completeConversation,
  mayShareForReview,
  needsConsent,
} from '../../../src/domain/conversation';
import { parseDeviceBackup } from '../../../src/domain/packages/backup';
import {
  envelopeFromFile,
  envelopeToFile,
  openWithPassphrase,
  sealWithPassphrase,
} from '../../../src/domain/packages/envelope';
import { encodeSummary } from '../../../src/domain/sharing/encode';
import { localReport } from '../../../src/domain/values-circle/local-report';
import { openReviewFile } from '../../../src/flows/review-as-coach';
import { reviewFile } from '../../../src/flows/share-for-review';
import { approveSharing } from '../../../src/flows/share-summary';
import { startPracticeConversation } from '../../../src/flows/start-practice';
import { withdrawConsent } from '../../../src/flows/withdraw';
import { completedConversation, noteWithQuote } from './support/conversations';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
const opened: BuurtgesprekDatabase[] = [];
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`practice-${Math.random()}`);
  opened.push(db);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const PRACTICE_NOTE = 'Ze vertelt over de kookavond in het buurthuis';

/** A practice conversation as the trainee leaves it: started from a scenario, tagged, a note, completed. */
async function completedPractice(): Promise<Conversation> {
  const started = await startPracticeConversation(
    db,
    key,
    { scenarioId: 'jonge-moeder', guideId: 'alleenstaande-ouder', residentProfile: 'alleenstaande-ouder' },
    'nl',
    '2026-11-21',
    1_000,
  );
  if (!started) throw new Error('a practice conversation starts on a fresh device');
  const done = completeConversation(
    {
      ...started,
      valueTags: [{ valueId: 'betrokkenheid', polarity: 'experienced' }],
      themeIds: ['mantelzorg'],
    },
    2_000,
  );
  await saveConversation(db, key, done);
  await saveNote(db, key, {
    id: `${done.id}:free`,
    conversationId: done.id,
    promptId: null,
    text: PRACTICE_NOTE,
    quotes: [],
    updatedAt: 1_500,
  });
  return done;
}

describe('a practice conversation', () => {
  it('starts without a consent step, marked as practice, on the scenario’s guide', async () => {
    const practice = await completedPractice();
    const stored = await loadConversation(db, key, practice.id);
    expect(stored?.practice).toEqual({ scenarioId: 'jonge-moeder' });
    expect(stored?.guideId).toBe('alleenstaande-ouder');
    expect(stored?.consent).toBeNull();
    expect(needsConsent({ ...practice, status: 'in-progress' })).toBe(false);
  });

  it('never enters the outbox: the share flow refuses it, and so does the outbox itself', async () => {
    const practice = await completedPractice();
    const summaryId = await summaryIdFor(db, practice.id);
    expect(
      await approveSharing(db, key, { conversationId: practice.id, summaryId, approvedQuotes: [] }, 3_000),
    ).toEqual({ ok: false, problem: 'not-shareable' });

    // Even a practice record that somehow carries full consent, and a valid summary made from a
    // real conversation, is refused by the outbox repository.
    const consented = { ...completedConversation(practice.id), practice: practice.practice };
    await saveConversation(db, key, consented);
    const summary = encodeSummary(completedConversation(practice.id), summaryId, []);
    expect(
      await approveSharing(db, key, { conversationId: practice.id, summaryId, approvedQuotes: [] }, 3_000),
    ).toEqual({ ok: false, problem: 'not-shareable' });
    await expect(approveSummary(db, practice.id, summary, 3_000)).rejects.toThrow(/practice/);
    expect(await outboxSize(db)).toBe(0);
    expect(await sharingRows(db)).toEqual([]);
  });

  it('is never counted in the device’s own figures for the values circle', async () => {
    await completedPractice();
    const real = completedConversation('real');
    await saveConversation(db, key, real);
    const here = await completedHere(db);
    expect(here).toHaveLength(1);
    const report = localReport(here, { areaId: 'gaasperdam', year: 2026, quarter: 4 });
    expect(report.conversations).toBe(1);
    expect(report.values.betrokkenheid).toEqual({ experienced: 0, missing: 0 });
    expect(report.coverage.residentProfiles.find((p) => p.residentProfile === 'alleenstaande-ouder')).toEqual(
      {
        residentProfile: 'alleenstaande-ouder',
        conversations: 0,
      },
    );
  });

  it('stays out of backups unless the interviewer chose it, and comes back from one as practice', async () => {
    const practice = await completedPractice();
    await saveConversation(db, key, completedConversation('real'));
    await saveNote(db, key, noteWithQuote('real'));

    const without = await exportDevice(db, key, 9_000);
    expect(without.conversations.map((c) => c.id)).toEqual(['real']);
    expect(without.notes.map((n) => n.conversationId)).toEqual(['real']);
    expect(JSON.stringify(without)).not.toContain(PRACTICE_NOTE);
    // Nothing to back up is waiting on its account.
    expect(await unbackedUpChanges(db, 0)).toBe(1);

    await writeSetting(db, 'backupIncludesPractice', true);
    expect(await unbackedUpChanges(db, 0)).toBe(2);
    const withPractice = await exportDevice(db, key, 9_000);
    expect(withPractice.conversations.map((c) => c.id).sort()).toEqual([practice.id, 'real'].sort());
    expect(withPractice.conversations.find((c) => c.id === practice.id)?.practice).toEqual({
      scenarioId: 'jonge-moeder',
    });

    // Through a file and onto a new device: still practice, so still never sent nor counted.
    const file = envelopeToFile(
      await sealWithPassphrase('backup', withPractice, 'zeven kleine tafels', 1_000),
    );
    const backup = await openWithPassphrase(
      'backup',
      envelopeFromFile(file),
      'zeven kleine tafels',
      parseDeviceBackup,
    );
    const other = new BuurtgesprekDatabase(`practice-restore-${Math.random()}`);
    opened.push(other);
    await other.open();
    const otherKey = await createDataKey(false);
    await restoreDevice(other, otherKey, backup);
    const restored = await loadConversation(other, otherKey, practice.id);
    expect(restored?.practice).toEqual({ scenarioId: 'jonge-moeder' });
    expect((await notesOfConversation(other, otherKey, practice.id)).map((n) => n.text)).toEqual([
      PRACTICE_NOTE,
    ]);
    expect(await completedHere(other)).toHaveLength(1);
    expect(await findConversations(other, { kind: 'practice' })).toEqual([
      expect.objectContaining({ id: practice.id }),
    ]);
    expect((await findConversations(other, { kind: 'real' })).map((row) => row.id)).toEqual(['real']);
  });

  it('can be shared with a coach without consent, marked as practice in the coach’s copy', async () => {
    const practice = await completedPractice();
    expect(mayShareForReview(practice)).toBe(true);
    const file = await reviewFile(
      db,
      key,
      { conversationId: practice.id, anonymise: true, leftOut: [], removed: [] },
      'twaalf tekens of meer',
      'twaalf tekens of meer',
    );
    if (!file.ok) throw new Error(file.problem);
    const coach = new BuurtgesprekDatabase(`practice-coach-${Math.random()}`);
    opened.push(coach);
    await coach.open();
    const opened_ = await openReviewFile(
      coach,
      await createDataKey(false),
      file.content,
      'twaalf tekens of meer',
    );
    if (!opened_.ok) throw new Error(opened_.problem);
    expect(opened_.value.package.conversation.practice).toEqual({ scenarioId: 'jonge-moeder' });
    expect(opened_.value.package.notes.map((note) => note.text)).toEqual([PRACTICE_NOTE]);
  });

  it('is deleted like any other, leaving nothing to withdraw at the server', async () => {
    const practice = await completedPractice();
    await withdrawConsent(db, practice.id, new SaveQueue(), 5_000);
    expect(await loadConversation(db, key, practice.id)).toBeUndefined();
    expect(await notesOfConversation(db, key, practice.id)).toEqual([]);
    expect(await db.withdrawals.count()).toBe(0);
  });
});
