import { describe, expect, it } from 'vitest';
import { followKeysToTake } from '../../../../src/domain/packages/backup-proposals';

describe('follow keys on restore', () => {
  it('takes the backup key of a proposal that waits here without one, and never replaces a key', () => {
    const here = [
      { id: 'a', status: 'sent' },
      { id: 'b', status: 'sent', followKey: 'kept-here' },
      { id: 'c', status: 'sent' },
    ];
    const backup = [
      { id: 'a', followKey: 'from-old-device' },
      { id: 'b', followKey: 'other' },
      { id: 'c' },
      { id: 'd', followKey: 'not-here' },
    ];
    expect(followKeysToTake(here, backup)).toEqual([{ id: 'a', followKey: 'from-old-device' }]);
  });
});
