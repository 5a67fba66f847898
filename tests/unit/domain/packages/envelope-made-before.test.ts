import { describe, expect, it } from 'vitest';
import {
  envelopeFromFile,
  importPackageKey,
  openPackage,
  openWithPassphrase,
} from '../../../../src/domain/packages/envelope';

/**
 * Packages sealed by the app before envelopes moved onto the shared crypto primitive (made with
 * the code of commit c3097bc, kept here byte for byte). Backup files and review links in the
 * field look like these; they must keep opening.
 */
const BACKUP_FILE = `{
  "format": "buurtgesprek-package",
  "version": 1,
  "kind": "backup",
  "cipher": "AES-GCM-256",
  "kdf": {
    "name": "PBKDF2-SHA-256",
    "salt": "mL8j8u2HlI2fNfOfGnE2yw",
    "iterations": 1000
  },
  "iv": "JC9OHwtVwqjqdrap",
  "data": "Q6EHtg9O_ZqOCrSShUp7-0E2Dgz1Gi51F3QyyLK6P2XsmJXWYSy9Gs_raC0DnBTdh5sC4uKCOOo-MMyJNyz1iitv"
}
`;
const REVIEW_FILE = `{
  "format": "buurtgesprek-package",
  "version": 1,
  "kind": "review",
  "cipher": "AES-GCM-256",
  "iv": "ev4Y_yspIKBdKm4u",
  "data": "yEWjzePShWCedoaGuXcPhcZTMX3IIQqrSv5en2CBzyf6uAQtiuVVqh78NXw30zSur6coGFmORr0_1og"
}
`;
const REVIEW_KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
const asIs = (value: unknown) => value;

describe('packages sealed by an earlier version of the app', () => {
  it('open a backup file with the passphrase it was made with', async () => {
    const envelope = envelopeFromFile(BACKUP_FILE);
    expect(await openWithPassphrase('backup', envelope, 'een lange zin over de buurt', asIs)).toEqual({
      note: 'De moestuin achter de flat',
      é: 'café',
    });
    await expect(openWithPassphrase('backup', envelope, 'een andere zin', asIs)).rejects.toMatchObject({
      problem: 'cannot-open',
    });
  });

  it('open a review with the key from its link', async () => {
    const envelope = envelopeFromFile(REVIEW_FILE);
    expect(await openPackage('review', envelope, await importPackageKey(REVIEW_KEY), asIs)).toEqual({
      note: 'Mevrouw kent iedereen in de flat',
    });
  });
});
