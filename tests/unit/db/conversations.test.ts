import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  conversationPage,
  eraseConversation,
  loadConversation,
  revisionFromRecord,
  revisionsOf,
  saveConversation,
  startCorrection,
} from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { createDataKey } from '../../../src/db/sealed-box';
import { approveSummary } from '../../../src/db/sharing';
import {
  type Conversation,
  completeConversation,
  recordConsent,
  startConversation,
} from '../../../src/domain/conversation';
import { markQuote, type Note } from '../../../src/domain/note';
import { encodeSummary } from '../../../src/domain/sharing/encode';
import { uuidv7 } from '../../../src/domain/uuid';
import { rawDump } from '../../support/raw-dump';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`conversations-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

// Invented people and places only.
const SECRET_NOTE = 'Mevrouw Jolanda Brinkhorst woont op de Kraaiennest 12-II en belt 06-12345678';
const SECRET_QUOTE = 'Ik wil gewoon zelf kiezen wie er bij mij thuis komt';
const SECRET_NAME = 'Kwabena Mensah';
const SECRET_OBSTACLE = 'het loket aan de Bijlmerdreef is alleen op dinsdag open';

function conversation(id = 'c1'): Conversation {
  const started = startConversation(
    {
      areaId: 'gaasperdam',
      guideId: 'algemeen',
      guideVersion: 1,
      guideLanguage: 'nl',
      date: '2026-11-20',
      residentProfile: 'mantelzorger',
    },
    id,
    1_000,
  );
  return {
    ...recordConsent(started, { notes: true, themesAndValues: true, quotes: true }, 1_100),
    peopleMentioned: [SECRET_NAME],
    obstacles: [{ id: 'o1', text: SECRET_OBSTACLE, themeId: 'toegang-tot-hulp' }],
    valueTags: [{ valueId: 'zelfbeschikking', polarity: 'missing', noteId: 'n1' }],
    themeIds: ['mantelzorg'],
  };
}

function note(conversationId = 'c1'): Note {
  const text = `${SECRET_NOTE}. ${SECRET_QUOTE}.`;
  const base: Note = { id: 'n1', conversationId, promptId: 'discover-1', text, quotes: [], updatedAt: 1_200 };
  return markQuote(base, text.indexOf(SECRET_QUOTE), text.indexOf(SECRET_QUOTE) + SECRET_QUOTE.length, 'q1');
}

describe('conversations at rest', () => {
  it('keep note text, quotes, names and obstacles out of the raw database', async () => {
    await saveConversation(db, key, conversation());
    await saveNote(db, key, note());
    const dump = await rawDump(db.name);
    expect(dump).toContain('gaasperdam');
    for (const secret of [
      SECRET_NOTE,
      SECRET_QUOTE,
      SECRET_NAME,
      SECRET_OBSTACLE,
      'Brinkhorst',
      'Kwabena',
      '06-12345678',
    ]) {
      expect(dump).not.toContain(secret);
    }
    expect((await notesOfConversation(db, key, 'c1'))[0]?.quotes).toEqual([{ id: 'q1', text: SECRET_QUOTE }]);
    expect(await loadConversation(db, key, 'c1')).toEqual(conversation());
  });

  it("keeps the interviewer's reflection sealed, and opens it again as written", async () => {
    const reflection = 'Ik had eerder moeten doorvragen over haar buurvrouw Thea.';
    await saveConversation(db, key, { ...conversation(), reflection });
    expect(await rawDump(db.name)).not.toContain('buurvrouw Thea');
    expect((await loadConversation(db, key, 'c1'))?.reflection).toBe(reflection);
  });

  it('list newest first without decrypting, and filter by value and polarity through the index', async () => {
    await saveConversation(db, key, { ...conversation('old'), updatedAt: 1 });
    await saveConversation(db, key, { ...conversation('new'), updatedAt: 2, valueTags: [] });
    const rows = await conversationPage(db, 0, 10);
    expect(rows.map((row) => row.id)).toEqual(['new', 'old']);
    expect(rows[0]).not.toHaveProperty('sealed');
    expect(await db.conversations.where('valueKeys').equals('zelfbeschikking:missing').primaryKeys()).toEqual(
      ['old'],
    );
  });
});

describe('completing and correcting', () => {
  it('keeps the state before a correction as a revision and raises the revision number', async () => {
    const done = completeConversation(conversation(), 2_000);
    await saveConversation(db, key, done);
    expect(done).toMatchObject({ status: 'completed', revision: 1 });
    const reopened = await startCorrection(db, key, done, [note()], 3_000);
    expect(reopened.status).toBe('in-progress');
    const corrected = completeConversation({ ...reopened, followUp: 'over twee weken bellen' }, 4_000);
    expect(corrected.revision).toBe(2);
    const revisions = await revisionsOf(db, 'c1');
    expect(revisions.map((revision) => revision.revision)).toEqual([1]);
    if (!revisions[0]) throw new Error('revision missing');
    const snapshot = await revisionFromRecord(key, revisions[0]);
    expect(snapshot.conversation.followUp).toBe('');
    expect(snapshot.notes[0]?.text).toContain(SECRET_QUOTE);
  });
});

describe('withdrawing consent', () => {
  it('erases the conversation, its notes, revisions and what still waits to sync, and nothing else', async () => {
    await saveConversation(db, key, conversation('c1'));
    await saveConversation(db, key, conversation('c2'));
    await saveNote(db, key, note('c1'));
    await saveNote(db, key, { ...note('c2'), id: 'n2' });
    const completed = completeConversation(conversation('c1'), 1);
    await approveSummary(db, 'c1', encodeSummary(completed, uuidv7(), []), 1);
    await startCorrection(db, key, completed, [], 2);

    await eraseConversation(db, 'c1');

    expect(await db.conversations.get('c1')).toBeUndefined();
    expect(await db.notes.where('conversationId').equals('c1').count()).toBe(0);
    expect(await db.revisions.where('conversationId').equals('c1').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.sharing.get('c1')).toBeUndefined();
    expect(await db.conversations.get('c2')).toBeDefined();
    expect(await db.notes.get('n2')).toBeDefined();
  });
});
