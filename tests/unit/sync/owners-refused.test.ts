import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../../src/domain/wire/agenda';
import type { AgreedAction } from '../../../src/domain/wire/circle-outcome';
import { ownersRefused } from '../../../src/sync/area-team';

const action = (id: string, what: string): AgreedAction => ({
  id,
  questionId: 'q',
  what,
  owner: 'Buurtteam',
  due: null,
  valueIds: [],
  themeIds: [],
  status: 'agreed',
  reason: '',
  updates: [],
});

const sent: Agenda = {
  questions: [],
  participation: '',
  outcome: { notes: [], actions: [action('a', 'Lampen maken'), action('b', 'Bankje plaatsen')] },
};

describe('the actions a refusal of a person as owner names', () => {
  it('finds each action the server names by its field path, in the agenda as sent', () => {
    expect(
      ownersRefused(
        [{ path: 'body/agenda/outcome/actions/1/owner' }, { path: 'body/agenda/outcome/actions/0/owner' }],
        sent,
      ),
    ).toEqual([
      { id: 'b', what: 'Bankje plaatsen' },
      { id: 'a', what: 'Lampen maken' },
    ]);
  });

  it('names nothing for another field, an index past the actions, or an agenda without an outcome', () => {
    expect(
      ownersRefused(
        [
          { path: 'body/agenda/outcome/actions/0/what' },
          { path: 'body/agenda/outcome/actions/7/owner' },
          { path: 'body/agenda/outcome/actions/x/owner' },
        ],
        sent,
      ),
    ).toEqual([]);
    expect(
      ownersRefused([{ path: 'body/agenda/outcome/actions/0/owner' }], { questions: [], participation: '' }),
    ).toEqual([]);
  });
});
