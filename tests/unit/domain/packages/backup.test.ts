import { describe, expect, it } from 'vitest';
import { defaultAreas } from '../../../../src/domain/areas';
import { BUILT_IN_GUIDES } from '../../../../src/domain/guides/built-in';
import type { Guide } from '../../../../src/domain/guides/guide';
import {
  type BackupOutboxEntry,
  type DeviceBackup,
  type DeviceContents,
  parseDeviceBackup,
  planRestore,
  type RestoreWrite,
} from '../../../../src/domain/packages/backup';
import { defaultCodebook } from '../../../../src/domain/themes';
import { completed, conversation, decision, NAME, notes, summaryIdOf, summaryOf } from './fixtures';

const ownGuide: Guide = { ...(BUILT_IN_GUIDES[0] as Guide), id: 'eigen-leidraad', builtIn: false };

function entry(
  conversationId: string,
  revision: number,
  overrides: Partial<BackupOutboxEntry> = {},
): BackupOutboxEntry {
  const summary = summaryOf(completed(conversationId));
  return {
    id: summaryIdOf(conversationId),
    kind: 'summary',
    conversationId,
    payload: { ...summary, revision },
    createdAt: 3_000,
    attempts: 2,
    nextAttemptAt: 4_000,
    lastError: 'offline',
    ...overrides,
  };
}

function backup(overrides: Partial<DeviceBackup> = {}): DeviceBackup {
  return {
    createdAt: 10_000,
    schema: 1,
    settings: { language: 'en', autoLockMinutes: 10 },
    areas: defaultAreas(),
    codebook: null,
    guides: [ownGuide],
    conversations: [completed('c1'), conversation('c2')],
    notes: [...notes('c1'), ...notes('c2')],
    revisions: [
      {
        conversationId: 'c1',
        revision: 1,
        createdAt: 2_500,
        conversation: completed('c1'),
        notes: notes('c1'),
      },
    ],
    sharing: [decision('c1')],
    outbox: [entry('c1', 1)],
    ...overrides,
  };
}

function empty(): DeviceContents {
  return {
    settings: {},
    areas: defaultAreas(),
    codebook: null,
    guides: [],
    conversations: [],
    notes: [],
    revisions: [],
    sharing: [],
    outbox: [],
  };
}

/** What the device holds once a plan is written, as storage would do it. */
function apply(here: DeviceContents, write: RestoreWrite): DeviceContents {
  const put = <T>(list: readonly T[], items: readonly T[], key: (item: T) => string) => {
    const map = new Map(list.map((item) => [key(item), item]));
    for (const item of items) map.set(key(item), item);
    return [...map.values()];
  };
  return {
    settings: { ...here.settings, ...write.settings },
    areas: put(here.areas, write.areas, (a) => a.id),
    codebook: write.codebook ?? here.codebook,
    guides: put(here.guides, write.guides, (g) => `${g.id}:${g.language}:${g.version}`),
    conversations: put(here.conversations, write.conversations, (c) => c.id),
    notes: put(here.notes, write.notes, (n) => n.id),
    revisions: put(here.revisions, write.revisions, (r) => `${r.conversationId}:${r.revision}`),
    sharing: put(here.sharing, write.sharing, (d) => d.conversationId),
    outbox: put(here.outbox, write.outbox, (e) => e.id),
  };
}

const nothing = { conversations: 0, notes: 0, guides: 0, outbox: 0, sharing: 0, revisions: 0 };

describe('restoring onto an empty device', () => {
  it('adds everything, and a second restore changes nothing', () => {
    const from = backup();
    const first = planRestore(empty(), from);
    expect(first.write.conversations).toEqual(from.conversations);
    expect(first.write.notes).toEqual(from.notes);
    expect(first.write.guides).toEqual([ownGuide]);
    expect(first.write.outbox).toEqual(from.outbox);
    expect(first.write.settings).toEqual({ language: 'en', autoLockMinutes: 10 });
    expect(first.report.added).toEqual({
      conversations: 2,
      notes: 4,
      guides: 1,
      outbox: 1,
      sharing: 1,
      revisions: 1,
    });
    const second = planRestore(apply(empty(), first.write), from);
    expect(second.report).toEqual({ added: nothing, updated: nothing, keptNewerHere: nothing });
    expect(second.write).toMatchObject({
      conversations: [],
      notes: [],
      guides: [],
      outbox: [],
      sharing: [],
      revisions: [],
    });
    expect(second.write.areas).toEqual([]);
    expect(second.write.codebook).toBeNull();
    expect(second.write.settings).toEqual({});
  });
});

describe('merging conversations and notes', () => {
  it('keeps what is newer here and replaces what is older', () => {
    const here: DeviceContents = {
      ...empty(),
      conversations: [
        // Corrected here since: a higher revision wins whatever the dates say.
        { id: 'c1', revision: 2, updatedAt: 1 },
        // The same revision, edited later here.
        { id: 'c2', revision: 0, updatedAt: 999_999 },
        // Older here than in the backup.
        { id: 'c3', revision: 0, updatedAt: 1 },
      ],
      notes: [
        { id: 'c1-n1', conversationId: 'c1', updatedAt: 999_999 },
        { id: 'c3-n1', conversationId: 'c3', updatedAt: 1 },
      ],
    };
    const newer = { ...conversation('c3'), updatedAt: 5_000 };
    const { write, report } = planRestore(
      here,
      backup({
        conversations: [completed('c1'), conversation('c2'), newer],
        notes: [...notes('c1'), ...notes('c3')],
      }),
    );
    expect(write.conversations).toEqual([newer]);
    expect(write.notes.map((note) => note.id)).toEqual(['c1-n2', 'c3-n1', 'c3-n2']);
    expect(report.keptNewerHere).toMatchObject({ conversations: 2, notes: 1 });
    expect(report.updated).toMatchObject({ conversations: 1, notes: 1 });
    expect(report.added).toMatchObject({ conversations: 0, notes: 2 });
  });

  it('breaks a tie of revision by the later change, and changes nothing for the same version', () => {
    const here = { ...empty(), conversations: [{ id: 'c2', revision: 0, updatedAt: 1_100 }] };
    const later = { ...conversation('c2'), updatedAt: 1_101 };
    expect(planRestore(here, backup({ conversations: [later], notes: [] })).write.conversations).toEqual([
      later,
    ]);
    const same = planRestore(here, backup({ conversations: [conversation('c2')], notes: [] }));
    expect(same.write.conversations).toEqual([]);
    expect(same.report.keptNewerHere.conversations).toBe(0);
  });

  it('leaves out notes whose conversation is nowhere, and never moves a note to another conversation', () => {
    const here = {
      ...empty(),
      conversations: [{ id: 'c1', revision: 1, updatedAt: 2_000 }],
      notes: [{ id: 'x', conversationId: 'c1', updatedAt: 1 }],
    };
    const [stray] = notes('c9');
    if (!stray) throw new Error('fixture');
    const moved = { ...stray, id: 'x', conversationId: 'c2', updatedAt: 9_000 };
    const { write } = planRestore(
      here,
      backup({ conversations: [conversation('c2')], notes: [stray, moved] }),
    );
    expect(write.notes).toEqual([]);
  });
});

describe('merging what waits for the server', () => {
  it('does not queue an entry twice, and a higher revision replaces a lower one', () => {
    const here = { ...empty(), sharing: [decision('c1')], outbox: [entry('c1', 1)] };
    const again = planRestore(here, backup({ sharing: [decision('c1')], outbox: [entry('c1', 1)] }));
    expect(again.write.outbox).toEqual([]);
    expect(again.report.added.outbox + again.report.updated.outbox).toBe(0);

    const newer = entry('c1', 2);
    const replaced = planRestore(
      here,
      backup({ sharing: [decision('c1', { revision: 2, decidedAt: 5_000 })], outbox: [newer] }),
    );
    expect(replaced.write.outbox).toEqual([newer]);
    expect(replaced.report.updated.outbox).toBe(1);

    const older = planRestore({ ...here, outbox: [entry('c1', 2)] }, backup({ outbox: [entry('c1', 1)] }));
    expect(older.write.outbox).toEqual([]);
    expect(older.report.keptNewerHere.outbox).toBe(1);
  });

  it('never sends again what the server already counted, whichever side knows it', () => {
    const sentHere = planRestore(
      { ...empty(), sharing: [decision('c1', { sentRevision: 1, sentAt: 4_000 })] },
      backup({ sharing: [decision('c1')], outbox: [entry('c1', 1)] }),
    );
    expect(sentHere.write.outbox).toEqual([]);
    expect(sentHere.write.sharing).toEqual([]);
    expect(sentHere.report.keptNewerHere.sharing).toBe(1);

    // A backup made after the acknowledgement, yet holding an entry from before it (an old copy).
    const sentInBackup = planRestore(
      empty(),
      backup({ sharing: [decision('c1', { sentRevision: 2, sentAt: 4_000 })], outbox: [entry('c1', 2)] }),
    );
    expect(sentInBackup.write.outbox).toEqual([]);
    expect(sentInBackup.write.sharing[0]?.sentRevision).toBe(2);
  });

  it('does not queue what was held back since, nor a second entry for one conversation', () => {
    const heldBack = planRestore(
      { ...empty(), sharing: [decision('c1', { decision: 'held-back', decidedAt: 9_000 })] },
      backup({ outbox: [entry('c1', 1)] }),
    );
    expect(heldBack.write.outbox).toEqual([]);
    const other = { ...entry('c1', 1), id: '0190a1b2-c3d4-7e5f-8a6b-ffffffffffff' };
    const second = planRestore(
      { ...empty(), outbox: [other] },
      backup({ sharing: [], outbox: [entry('c1', 1)] }),
    );
    expect(second.write.outbox).toEqual([]);
  });

  it('never gives one summary id to two conversations', () => {
    const taken = decision('c1');
    const clash = { ...decision('c2'), summaryId: taken.summaryId };
    const fromBackup = planRestore(empty(), backup({ sharing: [taken, clash], outbox: [] }));
    expect(fromBackup.write.sharing).toEqual([taken]);
    const fromHere = planRestore({ ...empty(), sharing: [taken] }, backup({ sharing: [clash], outbox: [] }));
    expect(fromHere.write.sharing).toEqual([]);
  });

  it('keeps the higher acknowledged revision and the later decision', () => {
    const here = decision('c1', { revision: 2, decidedAt: 6_000, sentRevision: 1, sentAt: 4_000 });
    const there = decision('c1', { revision: 1, decidedAt: 3_000, sentRevision: 2, sentAt: 7_000 });
    const { write, report } = planRestore(
      { ...empty(), sharing: [here] },
      backup({ sharing: [there], outbox: [] }),
    );
    expect(write.sharing).toEqual([{ ...here, sentRevision: 2, sentAt: 7_000 }]);
    expect(report.updated.sharing).toBe(1);
  });
});

describe('merging guides, revisions, areas, codebook and settings', () => {
  it('adds only what is missing: stored versions are immutable', () => {
    const here = {
      ...empty(),
      guides: [{ id: ownGuide.id, language: ownGuide.language, version: ownGuide.version }],
      revisions: [{ conversationId: 'c1', revision: 1 }],
    };
    const next = { ...ownGuide, version: ownGuide.version + 1 };
    const builtIn = { ...ownGuide, id: 'van-de-app', builtIn: true };
    const { write, report } = planRestore(here, backup({ guides: [ownGuide, next, builtIn] }));
    expect(write.guides).toEqual([next]);
    expect(write.revisions).toEqual([]);
    expect(report.added).toMatchObject({ guides: 1, revisions: 0 });
  });

  it('adds missing areas and themes after the ones here, and keeps settings chosen here', () => {
    const codebook = defaultCodebook();
    const extra = { id: 'sport', labels: { nl: 'Sport', en: 'Sport' }, retired: false };
    const here: DeviceContents = {
      ...empty(),
      settings: { language: 'nl' },
      codebook: { themes: codebook.themes.slice(0, 3) },
    };
    const { write } = planRestore(
      here,
      backup({
        areas: [...defaultAreas(), { id: 'nellestein', name: 'Nellestein', order: 0 }],
        codebook: { themes: [...codebook.themes, extra] },
      }),
    );
    expect(write.settings).toEqual({ autoLockMinutes: 10 });
    expect(write.areas).toEqual([{ id: 'nellestein', name: 'Nellestein', order: defaultAreas().length }]);
    expect(write.codebook?.themes.slice(0, 3)).toEqual(codebook.themes.slice(0, 3));
    expect(write.codebook?.themes.map((theme) => theme.id)).toEqual([
      ...codebook.themes.map((theme) => theme.id),
      'sport',
    ]);
  });
});

describe('reading a backup', () => {
  it('accepts a backup after a trip through JSON', () => {
    const from = backup({ codebook: defaultCodebook() });
    expect(parseDeviceBackup(JSON.parse(JSON.stringify(from)))).toEqual(JSON.parse(JSON.stringify(from)));
  });

  it('refuses garbage and anything outside the schema, without quoting it', () => {
    const good = JSON.parse(JSON.stringify(backup()));
    const inputs = [
      null,
      'backup',
      [],
      {},
      { ...good, schema: 3 },
      { ...good, extra: true },
      { ...good, conversations: [{ ...good.conversations[0], status: 'deleted' }] },
      { ...good, conversations: [{ ...good.conversations[0], residentName: NAME }] },
      { ...good, notes: [{ ...good.notes[0], text: 'x'.repeat(200_001) }] },
      { ...good, outbox: [{ ...good.outbox[0], payload: { ...good.outbox[0].payload, note: NAME } }] },
      { ...good, guides: [{ ...good.guides[0], sections: [] }] },
      { ...good, settings: { language: 'fr', autoLockMinutes: 5 } },
    ];
    for (const input of inputs) {
      expect(() => parseDeviceBackup(input)).toThrow(/device backup/);
      try {
        parseDeviceBackup(input);
      } catch (error) {
        expect(String(error)).not.toContain(NAME);
      }
    }
  });
});
