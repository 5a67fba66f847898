import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { agendaShared, readAgenda, saveAgendaHere } from '../../../src/db/values-circle';
import type { Agenda, StoredAgenda } from '../../../src/domain/wire/agenda';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`circle-outcome-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const agenda: Agenda = {
  questions: [],
  participation: '',
  outcome: {
    notes: [],
    actions: [
      {
        id: '0190a1b2-c3d4-7e5f-8a6b-000000000001',
        questionId: null,
        what: 'Bankje bij de speeltuin',
        owner: 'Stadsdeel Zuidoost',
        due: null,
        valueIds: [],
        themeIds: [],
        status: 'agreed',
        reason: '',
        updates: [],
      },
    ],
  },
};
const stored: StoredAgenda = { agenda, version: 2, updatedAt: '2026-11-01T10:00:00.000Z' };
const conflict = { kind: 'action', actionId: '0190a1b2-c3d4-7e5f-8a6b-000000000001', field: 'what' } as const;

describe('the circle outcome on the device', () => {
  it('keeps the actions with the agenda, and what the last merge decided until the next edit here', async () => {
    await saveAgendaHere(db, 'gaasperdam', 2026, agenda, 1);
    await agendaShared(db, 'gaasperdam', 2026, stored, 2, 3, [conflict]);
    expect(await readAgenda(db, 'gaasperdam', 2026)).toMatchObject({
      agenda,
      dirty: false,
      conflicts: [conflict],
    });

    // A later round with nothing to merge does not make the notice disappear unseen.
    await agendaShared(db, 'gaasperdam', 2026, { ...stored, version: 3 }, 4, 5);
    expect((await readAgenda(db, 'gaasperdam', 2026))?.conflicts).toEqual([conflict]);

    // The member's next edit is the answer to it.
    await saveAgendaHere(db, 'gaasperdam', 2026, { ...agenda, participation: 'Nagekeken' }, 6);
    expect((await readAgenda(db, 'gaasperdam', 2026))?.conflicts ?? []).toEqual([]);
  });
});
