import { describe, expect, it } from 'vitest';
import { CONVERSATION_PROFILES, profileForGuide } from '../../../src/domain/conversation';
import { RESIDENT_PROFILES } from '../../../src/domain/guides/profiles';

describe('the profile a new conversation starts with', () => {
  it('is the audience of a guide written for one kind of resident', () => {
    for (const profile of CONVERSATION_PROFILES)
      expect(profileForGuide({ residentProfile: profile })).toBe(profile);
  });

  it('is "anders" for a guide written for anyone, never a profile the guide does not name', () => {
    expect(profileForGuide({ residentProfile: 'algemeen' })).toBe('anders');
    for (const audience of RESIDENT_PROFILES) {
      expect(CONVERSATION_PROFILES).toContain(profileForGuide({ residentProfile: audience }));
    }
  });
});
