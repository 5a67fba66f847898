import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isUuidV7,
  SUMMARY_ID_PATTERN,
  UUID_V4_PATTERN,
  type UuidSource,
  uuidv4,
  uuidv7,
  uuidv7Time,
} from '../../../src/domain/uuid';

function fixed(now: number, byte: number): UuidSource {
  return { now: () => now, fillRandom: (bytes) => bytes.fill(byte) };
}

describe('uuidv7', () => {
  it('writes the time, version 7 and the RFC variant around the random bits', () => {
    expect(uuidv7(fixed(0x0123456789ab, 0x00))).toBe('01234567-89ab-7000-8000-000000000000');
    expect(uuidv7(fixed(0x0123456789ab, 0xff))).toBe('01234567-89ab-7fff-bfff-ffffffffffff');
  });

  it('is deterministic with an injected source and random without one', () => {
    expect(uuidv7(fixed(1_700_000_000_000, 7))).toBe(uuidv7(fixed(1_700_000_000_000, 7)));
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7()));
    expect(ids.size).toBe(1000);
  });

  it('always gives a lowercase UUIDv7 that carries its time, in time order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 1 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (now, random) => {
          const id = uuidv7({ now: () => now, fillRandom: (bytes) => bytes.set(random) });
          expect(isUuidV7(id)).toBe(true);
          expect(uuidv7Time(id)).toBe(now);
        },
      ),
    );
    const [a, b] = [uuidv7(fixed(1000, 0xff)), uuidv7(fixed(1001, 0x00))];
    expect(a < b).toBe(true);
  });

  it('refuses a time it cannot write', () => {
    for (const now of [-1, 2 ** 48, 1.5, Number.NaN]) expect(() => uuidv7(fixed(now, 0))).toThrow(RangeError);
  });

  it.each([
    '01234567-89ab-4000-8000-000000000000',
    '01234567-89AB-7000-8000-000000000000',
    '01234567-89ab-7000-c000-000000000000',
    '0123456789ab70008000000000000000',
    '',
  ])('does not take %s for a UUIDv7', (candidate) => {
    expect(isUuidV7(candidate)).toBe(false);
  });
});

describe('uuidv4 (summary ids)', () => {
  it('writes version 4 and the RFC variant around random bits, and nothing else', () => {
    expect(uuidv4({ fillRandom: (bytes) => bytes.fill(0x00) })).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidv4({ fillRandom: (bytes) => bytes.fill(0xff) })).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv4()));
    expect(ids.size).toBe(1000);
  });

  it('always gives a lowercase UUIDv4 that the wire format takes as a summary id', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (random) => {
        const id = uuidv4({ fillRandom: (bytes) => bytes.set(random) });
        expect(id).toMatch(UUID_V4_PATTERN);
        expect(id).toMatch(SUMMARY_ID_PATTERN);
      }),
    );
  });

  it('takes UUIDv7 ids made by older versions as summary ids too, and nothing else', () => {
    expect(uuidv7()).toMatch(SUMMARY_ID_PATTERN);
    for (const other of [
      '01234567-89ab-1000-8000-000000000000',
      '01234567-89AB-4000-8000-000000000000',
      '01234567-89ab-4000-c000-000000000000',
    ]) {
      expect(other).not.toMatch(SUMMARY_ID_PATTERN);
    }
  });
});
