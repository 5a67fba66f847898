import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { VALUE_IDS } from '../../../../src/domain/values';
import { mergeAgendas, mergeAgendasReporting } from '../../../../src/domain/values-circle/agenda';
import {
  actionChanges,
  isOverdue,
  mergeOutcomes,
  withStatus,
  withUpdate,
} from '../../../../src/domain/values-circle/outcome';
import { parseAgenda } from '../../../../src/domain/wire/agenda';
import {
  ACTION_STATUSES,
  type AgreedAction,
  type CircleOutcome,
  OutcomeSchema,
} from '../../../../src/domain/wire/circle-outcome';

const QUESTION = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';

function action(overrides: Partial<AgreedAction> = {}): AgreedAction {
  return {
    id: '0190a1b2-c3d4-7e5f-8a6b-000000000001',
    questionId: QUESTION,
    what: 'Portiekverlichting laten repareren',
    owner: 'Stadsdeel Zuidoost',
    due: '2026-11-01',
    valueIds: ['betrokkenheid'],
    themeIds: ['verlichting'],
    status: 'agreed',
    reason: '',
    updates: [],
    ...overrides,
  };
}

// Text a team could type: not blank, no control characters.
const words = (max: number) => fc.stringMatching(new RegExp(`^[a-z][a-z ]{0,${max - 1}}$`));
const dateArb = fc
  .date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const statusAndReason = fc
  .tuple(fc.constantFrom(...ACTION_STATUSES), words(40))
  .map(([status, reason]) => ({ status, reason: status === 'not-done' ? reason : '' }));

const actionArb: fc.Arbitrary<AgreedAction> = fc
  .record({
    id: fc.uuid(),
    questionId: fc.option(fc.uuid(), { nil: null }),
    what: words(60),
    owner: words(30),
    due: fc.option(dateArb, { nil: null }),
    valueIds: fc.subarray([...VALUE_IDS]),
    themeIds: fc.uniqueArray(fc.constantFrom('verlichting', 'groen', 'vuil', 'jongeren'), { maxLength: 3 }),
    sr: statusAndReason,
    updates: fc.uniqueArray(fc.record({ id: fc.uuid(), date: dateArb, text: words(40) }), {
      maxLength: 3,
      selector: (u) => u.id,
    }),
  })
  .map(({ sr, ...rest }) => ({ ...rest, ...sr }));

const outcomeArb: fc.Arbitrary<CircleOutcome> = fc.record({
  notes: fc.uniqueArray(fc.record({ questionId: fc.uuid(), text: words(80) }), {
    maxLength: 4,
    selector: (n) => n.questionId,
  }),
  actions: fc.uniqueArray(actionArb, { minLength: 1, maxLength: 6, selector: (a) => a.id }),
});

/** One member's edit of one action: some fields changed. */
const editArb = fc.record(
  {
    what: words(60),
    owner: words(30),
    due: fc.option(dateArb, { nil: null }),
    status: statusAndReason,
    update: fc.record({ id: fc.uuid(), date: dateArb, text: words(40) }),
  },
  { requiredKeys: [] },
);
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(a: AgreedAction, edit: Edit): AgreedAction {
  let next = { ...a };
  if (edit.what !== undefined) next.what = edit.what;
  if (edit.owner !== undefined) next.owner = edit.owner;
  if (edit.due !== undefined) next.due = edit.due;
  if (edit.status !== undefined) next = withStatus(next, edit.status.status, edit.status.reason);
  if (edit.update !== undefined && !next.updates.some((u) => u.id === edit.update?.id)) {
    next = withUpdate(next, edit.update);
  }
  return next;
}

const edited = (outcome: CircleOutcome, edits: Map<string, Edit>): CircleOutcome => ({
  ...outcome,
  actions: outcome.actions.map((a) => {
    const edit = edits.get(a.id);
    return edit ? applyEdit(a, edit) : a;
  }),
});

/** A base outcome and two members' edits of different actions. */
const disjointEdits = outcomeArb.chain((base) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.boolean(), editArb), {
        minLength: base.actions.length,
        maxLength: base.actions.length,
      }),
    )
    .map(([choices]) => {
      const mine = new Map<string, Edit>();
      const theirs = new Map<string, Edit>();
      base.actions.forEach((a, i) => {
        const [here, edit] = choices[i] ?? [true, {}];
        (here ? mine : theirs).set(a.id, edit);
      });
      return { base, mine: edited(base, mine), theirs: edited(base, theirs) };
    }),
);

describe('merging the circle outcome', () => {
  it('keeps both members’ edits of different actions, reports nothing, and stays valid', () => {
    fc.assert(
      fc.property(disjointEdits, ({ base, mine, theirs }) => {
        const { outcome, conflicts } = mergeOutcomes(base, mine, theirs);
        expect(conflicts).toEqual([]);
        expect(v.safeParse(OutcomeSchema, outcome).success).toBe(true);
        base.actions.forEach((before, i) => {
          const here = mine.actions[i] as AgreedAction;
          const there = theirs.actions[i] as AgreedAction;
          const merged = outcome.actions.find((a) => a.id === before.id);
          // Each action was edited on at most one side: that side's version is the result.
          expect(merged).toEqual(JSON.stringify(here) !== JSON.stringify(before) ? here : there);
        });
      }),
    );
  });

  it('gives one side’s changes when the other changed nothing', () => {
    fc.assert(
      fc.property(disjointEdits, ({ base, mine }) => {
        expect(mergeOutcomes(base, mine, base)).toEqual({ outcome: mine, conflicts: [] });
        expect(mergeOutcomes(base, base, mine)).toEqual({ outcome: mine, conflicts: [] });
      }),
    );
  });

  it('resolves the same field changed on both sides to this device’s value, and reports it', () => {
    fc.assert(
      fc.property(actionArb, words(60), words(60), (before, here, there) => {
        fc.pre(here !== there && here !== before.what && there !== before.what);
        const base = { notes: [], actions: [before] };
        const mine = { notes: [], actions: [{ ...before, what: here, owner: `${before.owner}x` }] };
        const theirs = { notes: [], actions: [{ ...before, what: there, due: '2030-01-01' }] };
        const first = mergeOutcomes(base, mine, theirs);
        // Deterministic: the same three copies always give the same answer.
        expect(mergeOutcomes(base, mine, theirs)).toEqual(first);
        expect(first.outcome.actions[0]).toEqual({
          ...before,
          what: here,
          owner: `${before.owner}x`,
          due: '2030-01-01',
        });
        expect(first.conflicts).toEqual([{ kind: 'action', actionId: before.id, field: 'what' }]);
      }),
    );
  });

  it('never pairs "niet gelukt" with the other side’s empty reason', () => {
    const before = action();
    const mine = withStatus(before, 'not-done', 'Geen budget gekregen');
    const theirs = withStatus(before, 'in-progress', '');
    const { outcome, conflicts } = mergeOutcomes(
      { notes: [], actions: [before] },
      { notes: [], actions: [mine] },
      { notes: [], actions: [theirs] },
    );
    expect(outcome.actions[0]).toMatchObject({ status: 'not-done', reason: 'Geen budget gekregen' });
    expect(conflicts).toEqual([{ kind: 'action', actionId: before.id, field: 'status' }]);
  });

  it('keeps updates added on both devices to one action', () => {
    const before = action();
    const a = withUpdate(before, {
      id: '0190a1b2-c3d4-7e5f-8a6b-00000000000a',
      date: '2026-06-01',
      text: 'Offerte',
    });
    const b = withUpdate(before, {
      id: '0190a1b2-c3d4-7e5f-8a6b-00000000000b',
      date: '2026-06-02',
      text: 'Gebeld',
    });
    const merged = mergeOutcomes(
      { notes: [], actions: [before] },
      { notes: [], actions: [a] },
      { notes: [], actions: [b] },
    );
    expect(merged.outcome.actions[0]?.updates.map((u) => u.text)).toEqual(['Offerte', 'Gebeld']);
    expect(merged.conflicts).toEqual([]);
  });

  it('keeps the outcome a device of before this feature leaves out of the agenda', () => {
    const outcome = {
      notes: [{ questionId: QUESTION, text: 'Veel zorgen over licht' }],
      actions: [action()],
    };
    const base = { questions: [], participation: '', outcome };
    const old = { questions: [], participation: 'Nieuw' };
    expect(mergeAgendas(base, old, base)).toEqual({ questions: [], participation: 'Nieuw', outcome });
    expect(mergeAgendas(base, base, old)).toEqual({ questions: [], participation: 'Nieuw', outcome });
    // Agendas without any outcome merge exactly as before.
    expect(mergeAgendasReporting(null, old, old)).toEqual({ agenda: old, conflicts: [] });
  });
});

describe('an agreed action', () => {
  it('is overdue only while open and past its date', () => {
    expect(isOverdue(action({ due: '2026-05-01' }), '2026-05-02')).toBe(true);
    expect(isOverdue(action({ due: '2026-05-01', status: 'in-progress' }), '2026-05-02')).toBe(true);
    expect(isOverdue(action({ due: '2026-05-01' }), '2026-05-01')).toBe(false);
    expect(isOverdue(action({ due: '2026-05-01', status: 'done' }), '2026-06-01')).toBe(false);
    expect(isOverdue(action({ due: '2026-05-01', status: 'not-done', reason: 'x' }), '2026-06-01')).toBe(
      false,
    );
    expect(isOverdue(action({ due: null }), '2030-01-01')).toBe(false);
  });

  it('needs a reason when it did not work out, and none otherwise', () => {
    const agenda = (a: AgreedAction) => ({
      questions: [],
      participation: '',
      outcome: { notes: [], actions: [a] },
    });
    expect(parseAgenda(agenda(action())).ok).toBe(true);
    expect(parseAgenda(agenda(action({ status: 'not-done', reason: '  ' }))).ok).toBe(false);
    expect(parseAgenda(agenda(action({ status: 'not-done', reason: 'Geen geld' }))).ok).toBe(true);
    expect(parseAgenda(agenda(action({ status: 'done', reason: 'Geen geld' }))).ok).toBe(false);
    expect(parseAgenda(agenda(action({ owner: '' }))).ok).toBe(false);
    expect(parseAgenda(agenda(action({ due: '2026-02-30' }))).ok).toBe(false);
    expect(withStatus(action({ status: 'not-done', reason: 'x' }), 'done', 'x').reason).toBe('');
  });

  it('names created, changed and removed actions for the audit trail', () => {
    const kept = action();
    const gone = action({ id: '0190a1b2-c3d4-7e5f-8a6b-000000000002' });
    const added = action({ id: '0190a1b2-c3d4-7e5f-8a6b-000000000003' });
    const changed = withStatus(kept, 'done', '');
    expect(
      actionChanges({ notes: [], actions: [kept, gone] }, { notes: [], actions: [changed, added] }),
    ).toEqual({
      created: [added.id],
      updated: [kept.id],
      removed: [gone.id],
    });
  });
});
