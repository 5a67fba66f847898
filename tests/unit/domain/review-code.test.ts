import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../src/domain/packages/envelope';
import {
  formatReviewCode,
  newReviewCode,
  openLinkWithCode,
  parseReviewCode,
  REVIEW_CODE_ID_PATTERN,
  sealLinkForCode,
} from '../../../src/domain/review-code';

const LINK = { shareId: 'abcdefghij0123456789AB', key: 'K'.repeat(43) };

describe('the short review code', () => {
  it('is sixteen characters without look-alikes, read out in four groups, its id the first six', () => {
    const code = newReviewCode();
    expect(code.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(code.id).toBe(code.code.slice(0, 6));
    expect(code.id).toMatch(REVIEW_CODE_ID_PATTERN);
    expect(formatReviewCode(code)).toBe(code.code.match(/.{4}/g)?.join(' '));
  });

  it('comes out different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newReviewCode().code));
    expect(codes.size).toBe(200);
  });

  it('reads a code as typed: any case, spaces or dashes, O for 0 and I or L for 1', () => {
    expect(parseReviewCode('7k2m-9qxp 4hdt-obwl')).toEqual({ code: '7K2M9QXP4HDT0BW1', id: '7K2M9Q' });
    expect(parseReviewCode('  7K2M9QXP4HDT0BW1 ')?.code).toBe('7K2M9QXP4HDT0BW1');
  });

  it('refuses what cannot be a code: too short, too long, or a letter outside the alphabet', () => {
    expect(parseReviewCode('7K2M 9QXP 4HDT')).toBeNull();
    expect(parseReviewCode('7K2M 9QXP 4HDT 0BW1 Z')).toBeNull();
    expect(parseReviewCode('7K2M 9QXP 4HDT 0BWU')).toBeNull();
    expect(parseReviewCode('https://example.org/review/abc#def')).toBeNull();
  });

  it('opens the sealed link with the same code, typed differently', async () => {
    const code = newReviewCode();
    const sealed = await sealLinkForCode(code, LINK);
    expect(JSON.stringify(sealed)).not.toContain(LINK.shareId);
    const typed = parseReviewCode(formatReviewCode(code).toLowerCase());
    if (!typed) throw new Error('the formatted code did not parse');
    expect(await openLinkWithCode(typed, sealed)).toEqual(LINK);
  });

  it('opens nothing with another code, or with a sealed link that was tampered with', async () => {
    const code = newReviewCode();
    const sealed = await sealLinkForCode(code, LINK);
    const other = { ...code, code: `${code.id}${newReviewCode().code.slice(6)}` };
    await expect(openLinkWithCode(other, sealed)).rejects.toEqual(new PackageError('cannot-open'));
    const flipped = {
      ...sealed,
      data: `${sealed.data.slice(0, -2)}${sealed.data.endsWith('AA') ? 'BB' : 'AA'}`,
    };
    await expect(openLinkWithCode(code, flipped)).rejects.toBeInstanceOf(PackageError);
  });
});
