import { describe, expect, it } from 'vitest';
import {
  emptyTally,
  tallyValues,
  toggleValueTag,
  type ValueTag,
  valueTagState,
  withoutNoteTags,
} from '../../../src/domain/tallies';
import { VALUE_IDS } from '../../../src/domain/values';

describe('tallyValues', () => {
  it('lists all six values, with zeros for the ones nobody tagged', () => {
    const tally = tallyValues([]);
    expect(Object.keys(tally)).toEqual([...VALUE_IDS]);
    expect(Object.values(tally).every((count) => count.experienced === 0 && count.missing === 0)).toBe(true);
    expect(tally).toEqual(emptyTally());
  });

  it('counts experienced and missing separately, on notes and on the whole conversation', () => {
    const tags: ValueTag[] = [
      { valueId: 'autonomie', polarity: 'experienced', noteId: 'n1' },
      { valueId: 'autonomie', polarity: 'experienced', noteId: 'n2' },
      { valueId: 'autonomie', polarity: 'missing', noteId: 'n3' },
      { valueId: 'betrokkenheid', polarity: 'missing' },
    ];
    expect(tallyValues(tags)).toEqual({
      ...emptyTally(),
      autonomie: { experienced: 2, missing: 1 },
      betrokkenheid: { experienced: 0, missing: 1 },
    });
  });

  it('skips tags this version does not know, rather than failing on old data', () => {
    const stored = [
      { valueId: 'vrijheid', polarity: 'experienced' },
      { valueId: 'compassie', polarity: 'maybe' },
      { valueId: 'compassie', polarity: 'experienced' },
    ] as unknown as ValueTag[];
    expect(tallyValues(stored)).toEqual({ ...emptyTally(), compassie: { experienced: 1, missing: 0 } });
  });

  it('gives each call its own counts', () => {
    const first = emptyTally();
    first.autonomie.experienced = 5;
    expect(emptyTally().autonomie.experienced).toBe(0);
  });
});

describe('toggleValueTag', () => {
  const note = 'note-1';

  it('adds a tag on the first tap and removes it on the second', () => {
    const once = toggleValueTag([], { valueId: 'compassie', polarity: 'experienced', noteId: note });
    expect(once).toEqual([{ valueId: 'compassie', polarity: 'experienced', noteId: note }]);
    expect(toggleValueTag(once, { valueId: 'compassie', polarity: 'experienced', noteId: note })).toEqual([]);
  });

  it('switches polarity in place when the other button is tapped', () => {
    const tags: ValueTag[] = [
      { valueId: 'autonomie', polarity: 'experienced', noteId: note },
      { valueId: 'compassie', polarity: 'experienced', noteId: note },
      { valueId: 'solidariteit', polarity: 'missing', noteId: note },
    ];
    expect(toggleValueTag(tags, { valueId: 'compassie', polarity: 'missing', noteId: note })).toEqual([
      tags[0],
      { valueId: 'compassie', polarity: 'missing', noteId: note },
      tags[2],
    ]);
  });

  it('keeps tags on other notes and on the whole conversation apart', () => {
    const conversationTag: ValueTag = { valueId: 'compassie', polarity: 'experienced' };
    const otherNote: ValueTag = { valueId: 'compassie', polarity: 'experienced', noteId: 'note-2' };
    const tags = toggleValueTag([conversationTag, otherNote], {
      valueId: 'compassie',
      polarity: 'experienced',
      noteId: note,
    });
    expect(tags).toHaveLength(3);
    expect(toggleValueTag(tags, { valueId: 'compassie', polarity: 'experienced' })).toEqual([
      otherNote,
      { valueId: 'compassie', polarity: 'experienced', noteId: note },
    ]);
  });

  it('stores a conversation-level tag without a noteId key', () => {
    const [tag] = toggleValueTag([], { valueId: 'autonomie', polarity: 'missing', noteId: undefined });
    expect(tag && 'noteId' in tag).toBe(false);
  });

  it('restores one tag per place when older data held two', () => {
    const doubled: ValueTag[] = [
      { valueId: 'autonomie', polarity: 'experienced', noteId: note },
      { valueId: 'betrokkenheid', polarity: 'missing', noteId: note },
      { valueId: 'autonomie', polarity: 'experienced', noteId: note },
    ];
    expect(toggleValueTag(doubled, { valueId: 'autonomie', polarity: 'missing', noteId: note })).toEqual([
      { valueId: 'autonomie', polarity: 'missing', noteId: note },
      { valueId: 'betrokkenheid', polarity: 'missing', noteId: note },
    ]);
    expect(toggleValueTag(doubled, { valueId: 'autonomie', polarity: 'experienced', noteId: note })).toEqual([
      { valueId: 'betrokkenheid', polarity: 'missing', noteId: note },
    ]);
  });

  it('leaves the list it was given untouched', () => {
    const tags: ValueTag[] = [{ valueId: 'autonomie', polarity: 'experienced', noteId: note }];
    const before = structuredClone(tags);
    toggleValueTag(tags, { valueId: 'autonomie', polarity: 'missing', noteId: note });
    toggleValueTag(tags, { valueId: 'compassie', polarity: 'missing', noteId: note });
    expect(tags).toEqual(before);
  });
});

describe('valueTagState and withoutNoteTags', () => {
  const tags: ValueTag[] = [
    { valueId: 'autonomie', polarity: 'missing', noteId: 'note-1' },
    { valueId: 'autonomie', polarity: 'experienced' },
    { valueId: 'compassie', polarity: 'experienced', noteId: 'note-2' },
  ];

  it('tells which button of a value is on, per note or for the conversation', () => {
    expect(valueTagState(tags, 'autonomie', 'note-1')).toBe('missing');
    expect(valueTagState(tags, 'autonomie')).toBe('experienced');
    expect(valueTagState(tags, 'autonomie', 'note-2')).toBeNull();
    expect(valueTagState(tags, 'solidariteit')).toBeNull();
  });

  it('drops the tags of a deleted note only', () => {
    expect(withoutNoteTags(tags, 'note-1')).toEqual([tags[1], tags[2]]);
  });
});
