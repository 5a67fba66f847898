import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAreas, replaceAreas } from '../../../src/db/areas';
import {
  exportDevice,
  lastBackup,
  recordBackup,
  restoreDevice,
  unbackedUpChanges,
} from '../../../src/db/backup';
import { readCodebook, writeCodebook } from '../../../src/db/codebook';
import {
  eraseConversation,
  loadConversation,
  revisionFromRecord,
  revisionsOf,
  saveConversation,
  startCorrection,
} from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { listGuideProposals, saveGuideProposal } from '../../../src/db/guide-proposals';
import { storeGuide } from '../../../src/db/guides';
import { noteFromRecord, notesOfConversation, saveNote } from '../../../src/db/notes';
import { listProposals, saveProposal } from '../../../src/db/proposals';
import { createDataKey } from '../../../src/db/sealed-box';
import { loadSearchIndex, searchTextFromRecord } from '../../../src/db/search-texts';
import { DEFAULT_SETTINGS, readSettings, writeSetting } from '../../../src/db/settings';
import { approveSummary } from '../../../src/db/sharing';
import { defaultAreas } from '../../../src/domain/areas';
import { BUILT_IN_GUIDES } from '../../../src/domain/guides/built-in';
import type { Guide } from '../../../src/domain/guides/guide';
import { type Note, searchTextOf } from '../../../src/domain/note';
import { type DeviceBackup, parseDeviceBackup } from '../../../src/domain/packages/backup';
import {
  envelopeFromFile,
  envelopeToFile,
  openWithPassphrase,
  sealWithPassphrase,
} from '../../../src/domain/packages/envelope';
import { markSent } from '../../../src/domain/proposals/proposal-text';
import { draftProposal } from '../../../src/domain/proposals/theme-proposal';
import { addTheme, defaultCodebook } from '../../../src/domain/themes';
import { rawDump } from '../../support/raw-dump';
import {
  completed,
  conversation,
  FOLLOW_UP,
  NAME,
  NOTE_TEXT,
  notes,
  OBSTACLE,
  PHONE,
  QUOTE,
  SECOND_NOTE_TEXT,
  summaryOf,
} from '../domain/packages/fixtures';

const opened: BuurtgesprekDatabase[] = [];
async function freshDatabase(): Promise<BuurtgesprekDatabase> {
  const db = new BuurtgesprekDatabase(`backup-${Math.random()}`);
  opened.push(db);
  await db.open();
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const ownGuide: Guide = { ...(BUILT_IN_GUIDES[0] as Guide), id: 'eigen-leidraad', builtIn: false };
const IDS = ['c1', 'c2', 'c3'];

/** A device with one conversation waiting in the outbox, one being corrected, one in progress. */
async function deviceWithWork(): Promise<{ db: BuurtgesprekDatabase; key: CryptoKey }> {
  const db = await freshDatabase();
  const key = await createDataKey(false);
  await writeSetting(db, 'language', 'en');
  await writeSetting(db, 'autoLockMinutes', 15);
  const themed = addTheme(defaultCodebook(), { nl: 'Sport en bewegen' });
  if (!themed.ok) throw new Error('fixture');
  await writeCodebook(db, themed.codebook);
  await replaceAreas(db, [...defaultAreas(), { id: 'nellestein', name: 'Nellestein', order: 9 }]);
  await storeGuide(db, ownGuide);

  const c1 = completed('c1');
  await saveConversation(db, key, c1);
  await approveSummary(db, 'c1', summaryOf(c1), 2_100);

  const c2 = completed('c2');
  await startCorrection(db, key, c2, notes('c2'), 2_200);
  await saveConversation(db, key, { ...c2, status: 'in-progress', followUp: 'bijgewerkt', updatedAt: 2_300 });

  await saveConversation(db, key, conversation('c3'));
  for (const id of IDS) for (const note of notes(id)) await saveNote(db, key, note);
  await saveProposal(db, key, {
    ...markSent(draftProposal('p1', PROPOSAL_LABEL, 2_400, 'c1'), 2_500),
    followKey: THEME_FOLLOW_KEY,
  });
  await saveProposal(db, key, draftProposal('p2', 'Te weinig bankjes', 2_600));
  await saveGuideProposal(db, {
    id: 'g1',
    guideId: ownGuide.id,
    language: ownGuide.language,
    version: ownGuide.version,
    status: 'published',
    sentAt: 2_700,
    published: { id: ownGuide.id, version: ownGuide.version },
    followKey: GUIDE_FOLLOW_KEY,
  });
  return { db, key };
}

// What lets a restored device follow the outcome of a proposal the old one sent.
const THEME_FOLLOW_KEY = 'Zq3kVf8bW1xYtR0aPmN5cQ';
const GUIDE_FOLLOW_KEY = 'h7Jd2LsE9uKo4GiB6wTnXA';

// A proposal's label as typed: sealed at rest and in the backup, never in the clear.
const PROPOSAL_LABEL = 'Ruzie met Esi Owusu over de tuin';

async function throughAFile(backup: DeviceBackup): Promise<DeviceBackup> {
  const file = envelopeToFile(await sealWithPassphrase('backup', backup, 'zeven kleine tafels', 1_000));
  expect(file).not.toContain(NAME);
  return openWithPassphrase('backup', envelopeFromFile(file), 'zeven kleine tafels', parseDeviceBackup);
}

describe('a backup restored on a new device', () => {
  it('holds every conversation, note, revision and decision, sealed with the new device key', async () => {
    const a = await deviceWithWork();
    const backup = await throughAFile(await exportDevice(a.db, a.key, 9_000));
    expect(backup.createdAt).toBe(9_000);
    expect(backup.guides).toEqual([ownGuide]);

    const b = { db: await freshDatabase(), key: await createDataKey(false) };
    const report = await restoreDevice(b.db, b.key, backup);
    expect(report.added).toEqual({
      conversations: 3,
      notes: 6,
      guides: 1,
      outbox: 1,
      sharing: 1,
      revisions: 1,
    });

    for (const id of IDS) {
      expect(await loadConversation(b.db, b.key, id)).toEqual(await loadConversation(a.db, a.key, id));
      expect(await notesOfConversation(b.db, b.key, id)).toEqual(await notesOfConversation(a.db, a.key, id));
    }
    const [revisionA] = await revisionsOf(a.db, 'c2');
    const [revisionB] = await revisionsOf(b.db, 'c2');
    if (!revisionA || !revisionB) throw new Error('revision missing');
    expect(await revisionFromRecord(b.key, revisionB)).toEqual(await revisionFromRecord(a.key, revisionA));
    expect({ ...revisionB, sealed: null }).toEqual({ ...revisionA, sealed: null });
    expect(await b.db.sharing.toArray()).toEqual(await a.db.sharing.toArray());
    expect(await b.db.outbox.toArray()).toEqual(await a.db.outbox.toArray());
    expect(await b.db.guides.toArray()).toEqual(await a.db.guides.toArray());
    expect(await readSettings(b.db)).toEqual({ ...DEFAULT_SETTINGS, language: 'en', autoLockMinutes: 15 });
    expect(await readCodebook(b.db)).toEqual(await readCodebook(a.db));
    expect(await listAreas(b.db)).toEqual(await listAreas(a.db));

    // Search works at once: the search texts were rebuilt from the restored notes.
    const index = await loadSearchIndex(b.db, b.key);
    expect(index.size).toBe(3);
    expect(index.search('moestuin')).toEqual(new Set(IDS));
    const searchText = await b.db.searchTexts.get('c1');
    if (!searchText) throw new Error('search text missing');
    expect(await searchTextFromRecord(b.key, searchText)).toBe(searchTextOf(notes('c1')));

    // The old device's key opens nothing on the new one.
    const record = await b.db.notes.get('c1-n1');
    if (!record) throw new Error('note missing');
    await expect(noteFromRecord(a.key, record)).rejects.toThrow();
  });

  it('brings the theme and guide proposals along, sealed again with the new key, and a format 1 backup without them', async () => {
    const a = await deviceWithWork();
    const backup = await throughAFile(await exportDevice(a.db, a.key, 9_000));
    expect(backup.schema).toBe(2);
    const b = { db: await freshDatabase(), key: await createDataKey(false) };
    await restoreDevice(b.db, b.key, backup);
    expect(await listProposals(b.db, b.key)).toEqual(await listProposals(a.db, a.key));
    expect(await listGuideProposals(b.db)).toEqual(await listGuideProposals(a.db));
    // With their follow keys: the new device can ask what became of what the old one sent.
    expect((await listProposals(b.db, b.key))[0]?.followKey).toBe(THEME_FOLLOW_KEY);
    expect((await listGuideProposals(b.db))[0]?.followKey).toBe(GUIDE_FOLLOW_KEY);
    expect(await rawDump(b.db.name)).not.toContain('Owusu');

    // A backup made before proposals travelled (format 1, no proposals) restores as it did.
    const { proposals: _p, guideProposals: _g, ...older } = backup;
    const c = { db: await freshDatabase(), key: await createDataKey(false) };
    const report = await restoreDevice(c.db, c.key, parseDeviceBackup({ ...older, schema: 1 }));
    expect(report.added.conversations).toBe(3);
    expect(await listProposals(c.db, c.key)).toEqual([]);

    // A proposal decided here is never set back by an older copy that still waits.
    await b.db.proposals.update('p1', { status: 'accepted', themeId: 'burenruzie' });
    await restoreDevice(b.db, b.key, backup);
    expect((await listProposals(b.db, b.key))[0]).toMatchObject({ id: 'p1', status: 'accepted' });
  });

  it('keeps note text, quotes, names and obstacles out of the raw database', async () => {
    const a = await deviceWithWork();
    const b = { db: await freshDatabase(), key: await createDataKey(false) };
    await restoreDevice(b.db, b.key, await throughAFile(await exportDevice(a.db, a.key, 9_000)));
    const dump = await rawDump(b.db.name);
    expect(dump).toContain('gaasperdam');
    expect(dump).toContain('c1-n1');
    for (const secret of [
      NOTE_TEXT,
      SECOND_NOTE_TEXT,
      QUOTE,
      NAME,
      'Kwabena',
      'Mensah',
      PHONE,
      OBSTACLE,
      FOLLOW_UP,
      'moestuin',
      'bijgewerkt',
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
  });

  it('changes nothing when the same backup is restored again', async () => {
    const a = await deviceWithWork();
    const backup = await exportDevice(a.db, a.key, 9_000);
    const b = { db: await freshDatabase(), key: await createDataKey(false) };
    await restoreDevice(b.db, b.key, backup);
    const before = await rawDump(b.db.name);
    const again = await restoreDevice(b.db, b.key, backup);
    const none = { conversations: 0, notes: 0, guides: 0, outbox: 0, sharing: 0, revisions: 0 };
    expect(again).toEqual({ added: none, updated: none, keptNewerHere: none });
    // Byte for byte: nothing was even sealed again (a fresh IV would show).
    expect(await rawDump(b.db.name)).toBe(before);
  });

  it('never brings back a conversation whose resident withdrew consent after the backup was made', async () => {
    const a = await deviceWithWork();
    const before = await exportDevice(a.db, a.key, 9_000);
    await eraseConversation(a.db, 'c1');
    const after = await exportDevice(a.db, a.key, 9_500);
    expect(after.erased).toEqual(['c1']);
    expect(after.conversations.map((c) => c.id)).not.toContain('c1');

    // The older backup restored on the same device: c1 stays erased, notes and outbox included.
    await restoreDevice(a.db, a.key, before);
    expect(await a.db.conversations.get('c1')).toBeUndefined();
    expect(await a.db.notes.where('conversationId').equals('c1').count()).toBe(0);
    expect(await a.db.outbox.where('conversationId').equals('c1').count()).toBe(0);

    // A new device restores the newer backup, then meets the older one: c1 stays erased there too.
    const b = { db: await freshDatabase(), key: await createDataKey(false) };
    await restoreDevice(b.db, b.key, after);
    await restoreDevice(b.db, b.key, before);
    expect(await b.db.conversations.get('c1')).toBeUndefined();
    expect((await b.db.conversations.toArray()).map((c) => c.id).sort()).toEqual(['c2', 'c3']);
  });

  it('never overwrites what is newer on this device, and rebuilds search with the notes here', async () => {
    const a = await deviceWithWork();
    const backup = await exportDevice(a.db, a.key, 9_000);
    const b = { db: await freshDatabase(), key: await createDataKey(false) };
    const edited: Note = {
      ...(notes('c3')[0] as Note),
      text: 'Hier verder geschreven over de speeltuin',
      updatedAt: 50_000,
    };
    const extra: Note = {
      ...edited,
      id: 'c3-local',
      text: 'Alleen op dit apparaat: de bibliotheek',
      updatedAt: 60_000,
    };
    await saveConversation(b.db, b.key, {
      ...conversation('c3'),
      followUp: 'nieuwer hier',
      updatedAt: 50_000,
    });
    await saveNote(b.db, b.key, edited);
    await saveNote(b.db, b.key, extra);

    const report = await restoreDevice(b.db, b.key, backup);
    expect(report.keptNewerHere).toMatchObject({ conversations: 1, notes: 1 });
    expect(report.added).toMatchObject({ conversations: 2, notes: 5 });
    expect((await loadConversation(b.db, b.key, 'c3'))?.followUp).toBe('nieuwer hier');
    const texts = (await notesOfConversation(b.db, b.key, 'c3')).map((note) => note.text);
    expect(texts).toEqual([SECOND_NOTE_TEXT, edited.text, extra.text]);
    const index = await loadSearchIndex(b.db, b.key);
    expect(index.search('bibliotheek')).toEqual(new Set(['c3']));
    expect(index.search('speeltuin')).toEqual(new Set(['c3']));
  });

  it('keeps a save made while the backup is being sealed for this device', async () => {
    const a = await deviceWithWork();
    const backup = await exportDevice(a.db, a.key, 9_000);
    const b = { db: await freshDatabase(), key: await createDataKey(false) };
    const newer = { ...conversation('c3'), followUp: 'net getypt', updatedAt: 70_000 };
    // Another tab saves right after the restore planned its merge, while it seals (before it writes).
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let saved = false;
    const spy = vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args) => {
      if (!saved) {
        saved = true;
        await saveConversation(b.db, b.key, newer);
      }
      return encrypt(...args);
    });
    try {
      const report = await restoreDevice(b.db, b.key, backup);
      expect(saved).toBe(true);
      expect(report.keptNewerHere.conversations).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect((await loadConversation(b.db, b.key, 'c3'))?.followUp).toBe('net getypt');
  });

  it('refuses to export what it could not restore', async () => {
    const a = await deviceWithWork();
    const [entry] = await a.db.outbox.toArray();
    if (!entry) throw new Error('fixture');
    await a.db.outbox.put({ ...entry, attempts: -1 });
    await expect(exportDevice(a.db, a.key, 9_000)).rejects.toThrow(/device backup/);
  });
});

describe('when the last backup was made', () => {
  it('is remembered, and the changes since are counted per conversation', async () => {
    const { db, key } = await deviceWithWork();
    expect(await lastBackup(db)).toBeNull();
    expect(await unbackedUpChanges(db, 0)).toBe(3);
    await recordBackup(db, 'file', 5_000);
    expect(await lastBackup(db)).toEqual({ at: 5_000, where: 'file' });
    expect(await unbackedUpChanges(db, 5_000)).toBe(0);
    // A note alone changes nothing about its conversation's date, yet is a change a backup lacks.
    await saveNote(db, key, { ...(notes('c1')[0] as Note), updatedAt: 6_000 });
    await saveConversation(db, key, { ...conversation('c3'), updatedAt: 6_000 });
    await saveNote(db, key, { ...(notes('c3')[0] as Note), updatedAt: 6_000 });
    expect(await unbackedUpChanges(db, 5_000)).toBe(2);
    await db.settings.put({ key: 'lastBackup', value: { at: 'gisteren', where: 'file' } });
    expect(await lastBackup(db)).toBeNull();
  });
});
