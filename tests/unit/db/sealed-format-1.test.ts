import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConversation, revisionFromRecord, revisionsOf } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { changePassphrase, unlock } from '../../../src/db/keyring';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { coachReview, feedbackOf, sharesOf } from '../../../src/db/reviews';
import { SEALED_FORMAT } from '../../../src/db/sealed-box';
import { loadSearchIndex } from '../../../src/db/search-texts';
import { searchTextOf } from '../../../src/domain/note';
import { TECHNIQUE_CHECKLIST } from '../../../src/domain/packages/checklist';
import { FEEDBACK_FORMAT } from '../../../src/domain/packages/feedback';
import { keyringRecordV1, sealV1, writeVersion8 } from '../../support/previous-version/sealed-v1';
import { completed, conversation, NOTE_TEXT, notes } from '../domain/packages/fixtures';

/**
 * A device that used the app before sealed records were bound to their place holds format 1
 * everywhere. Its database is written here as that version wrote it (frozen code, raw IndexedDB)
 * and opened with the current code: everything must read as before.
 */
const PASSPHRASE = 'de moestuin achter de flat';
const opened: BuurtgesprekDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const SHARE = { keyEncoded: 'k'.repeat(43), replyToken: 'r'.repeat(43) };
// Feedback as that version kept it: format 1, comments on notes only.
const CHECKLIST = Object.fromEntries(
  TECHNIQUE_CHECKLIST.map((item) => [item, { answer: item === 'open-questions' ? 'yes' : null, remark: '' }]),
);
const FEEDBACK = {
  noteComments: [{ noteId: 'c1-n1', text: 'Mooi doorgevraagd naar de moestuin' }],
  checklist: CHECKLIST,
  overall: 'Goed geluisterd',
  tip: '',
  sentAt: 4_000,
};
/** The same feedback as the current code reads it. */
const FEEDBACK_READ = {
  format: FEEDBACK_FORMAT,
  comments: [{ on: { kind: 'note', noteId: 'c1-n1' }, text: 'Mooi doorgevraagd naar de moestuin' }],
  checklist: CHECKLIST,
  overall: 'Goed geluisterd',
  tip: '',
  sentAt: 4_000,
};
const COACH_REVIEW = {
  package: { conversation: { id: 'c9' }, notes: [] },
  feedback: {
    noteComments: [{ noteId: 'c9-n1', text: 'concept' }],
    checklist: CHECKLIST,
    overall: '',
    tip: '',
  },
  sentAt: null,
  keyEncoded: null,
  replyToken: null,
};

async function previousVersionDatabase(name: string): Promise<BuurtgesprekDatabase> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const current = conversation('c1');
  const { obstacles, followUp, peopleMentioned, ...clear } = current;
  const before = completed('c1');
  await writeVersion8(name, {
    keyring: [await keyringRecordV1(dataKey, PASSPHRASE, 1_000)],
    conversations: [
      {
        ...clear,
        valueKeys: clear.valueTags.map((tag) => `${tag.valueId}:${tag.polarity}`),
        sealed: await sealV1(dataKey, { obstacles, followUp, peopleMentioned }),
      },
    ],
    notes: await Promise.all(
      notes('c1').map(async ({ text, quotes, ...place }) => ({
        ...place,
        sealed: await sealV1(dataKey, { text, quotes }),
      })),
    ),
    revisions: [
      {
        id: 'c1:1',
        conversationId: 'c1',
        revision: 1,
        createdAt: 2_500,
        sealed: await sealV1(dataKey, { conversation: before, notes: notes('c1') }),
      },
    ],
    searchTexts: [{ conversationId: 'c1', sealed: await sealV1(dataKey, searchTextOf(notes('c1'))) }],
    shares: [
      {
        shareId: 's1',
        conversationId: 'c1',
        createdAt: 3_000,
        expiresAt: 9_000,
        secrets: await sealV1(dataKey, SHARE),
        feedback: await sealV1(dataKey, FEEDBACK),
        feedbackAt: 4_000,
        feedbackSeenAt: null,
      },
    ],
    coachReviews: [{ id: 'r1', openedAt: 5_000, sealed: await sealV1(dataKey, COACH_REVIEW) }],
  });
  const db = new BuurtgesprekDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

async function rawNote(name: string, id: string): Promise<{ sealed: { v?: number } }> {
  const raw = await openDB(name);
  try {
    return await raw.get('notes', id);
  } finally {
    raw.close();
  }
}

describe('a database sealed by the previous version (format 1, no associated data)', () => {
  it('unlocks with the same passphrase, and every sealed record reads as it was written', async () => {
    const db = await previousVersionDatabase(`sealed-v1-${Math.random()}`);
    const key = await unlock(db, PASSPHRASE);

    expect(await loadConversation(db, key, 'c1')).toEqual(conversation('c1'));
    expect(await notesOfConversation(db, key, 'c1')).toEqual(notes('c1'));
    const [revision] = await revisionsOf(db, 'c1');
    if (!revision) throw new Error('revision missing');
    expect(await revisionFromRecord(key, revision)).toEqual({
      conversation: completed('c1'),
      notes: notes('c1'),
    });
    expect((await loadSearchIndex(db, key)).search('moestuin')).toEqual(new Set(['c1']));
    expect(await sharesOf(db, key, 'c1')).toEqual([
      {
        shareId: 's1',
        conversationId: 'c1',
        ...SHARE,
        createdAt: 3_000,
        expiresAt: 9_000,
        feedbackAt: 4_000,
        feedbackSeenAt: null,
      },
    ]);
    expect((await feedbackOf(db, key, 'c1')).map((received) => received.feedback)).toEqual([FEEDBACK_READ]);
    expect(await coachReview(db, key, 'r1')).toEqual({
      id: 'r1',
      openedAt: 5_000,
      ...COACH_REVIEW,
      // A draft of format 1 reads as format 2; a review of then was never opened from a file.
      feedback: {
        format: FEEDBACK_FORMAT,
        comments: [{ on: { kind: 'note', noteId: 'c9-n1' }, text: 'concept' }],
        checklist: CHECKLIST,
        overall: '',
        tip: '',
      },
      filePassword: null,
    });
  });

  it('writes a record in the current format the next time it is saved, and leaves the rest readable', async () => {
    const name = `sealed-v1-${Math.random()}`;
    const db = await previousVersionDatabase(name);
    const key = await unlock(db, PASSPHRASE);
    const [first, second] = notes('c1');
    if (!first || !second) throw new Error('fixture notes missing');
    expect((await rawNote(name, first.id)).sealed.v).toBeUndefined();

    await saveNote(db, key, { ...first, text: `${NOTE_TEXT} Aangevuld.`, updatedAt: 6_000 });
    expect((await rawNote(name, first.id)).sealed.v).toBe(SEALED_FORMAT);
    expect((await rawNote(name, second.id)).sealed.v).toBeUndefined();
    expect((await notesOfConversation(db, key, 'c1')).map((note) => note.text)).toEqual([
      second.text,
      `${NOTE_TEXT} Aangevuld.`,
    ]);
  });

  it('changes the passphrase of the old keyring, and the notes still open', async () => {
    const db = await previousVersionDatabase(`sealed-v1-${Math.random()}`);
    await changePassphrase(db, PASSPHRASE, 'een nieuwe lange zin voor de buurt', 1_000);
    const key = await unlock(db, 'een nieuwe lange zin voor de buurt');
    expect(await notesOfConversation(db, key, 'c1')).toEqual(notes('c1'));
  });
});
