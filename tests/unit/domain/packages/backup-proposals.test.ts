import { describe, expect, it } from 'vitest';
import { followKeysToTake } from '../../../../src/domain/packages/backup-proposals';

describe('follow keys on restore', () => {
  it('takes the backup key of a proposal that waits here without one, and never replaces a key', () => {
    // "a" was only asked after with a key of this device's making: the backup's key wins.
    const here = [{ id: 'a', askedFollowKey: 'made-here' }, { id: 'b', followKey: 'kept-here' }, { id: 'c' }];
    const backup = [
      { id: 'a', followKey: 'from-old-device' },
      { id: 'b', followKey: 'other' },
      { id: 'c' },
      { id: 'd', followKey: 'not-here' },
    ];
    expect(followKeysToTake(here, backup)).toEqual([{ id: 'a', followKey: 'from-old-device' }]);
  });
});
