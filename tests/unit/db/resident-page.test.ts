import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { storeEnrolment } from '../../../src/db/enrolment';
import { readResidentCardFacts, storeResidentPage } from '../../../src/db/resident-page';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`resident-page-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const enrol = (id: string, name: string) =>
  storeEnrolment(db, { deviceToken: 'bgd_token', area: { id, name }, enrolledAt: 1 });

describe('what the resident card shows', () => {
  it('says the device is not enrolled, then not fetched, then what was fetched', async () => {
    expect(await readResidentCardFacts(db)).toEqual({ kind: 'not-enrolled' });
    await enrol('gaasperdam', 'Gaasperdam');
    expect(await readResidentCardFacts(db)).toEqual({ kind: 'not-fetched', areaName: 'Gaasperdam' });
    await storeResidentPage(
      db,
      {
        areaId: 'gaasperdam',
        page: { year: 2026, path: '/inbreng/gaasperdam/2026' },
        nextCircle: '2027-03-12',
      },
      42,
    );
    expect(await readResidentCardFacts(db)).toEqual({
      kind: 'known',
      areaName: 'Gaasperdam',
      path: '/inbreng/gaasperdam/2026',
      nextCircle: '2027-03-12',
      fetchedAt: 42,
    });
  });

  it('never shows the page of an area the device left', async () => {
    await enrol('gaasperdam', 'Gaasperdam');
    await storeResidentPage(
      db,
      { areaId: 'gaasperdam', page: { year: 2026, path: '/inbreng/gaasperdam/2026' }, nextCircle: null },
      1,
    );
    await enrol('driemond', 'Driemond');
    expect(await readResidentCardFacts(db)).toEqual({ kind: 'not-fetched', areaName: 'Driemond' });
  });

  it('refuses a stored copy that points anywhere but our own public page', async () => {
    await enrol('gaasperdam', 'Gaasperdam');
    await db.settings.put({
      key: 'resident-page',
      value: {
        page: {
          areaId: 'gaasperdam',
          page: { year: 2026, path: 'https://elsewhere.example/x' },
          nextCircle: null,
        },
        fetchedAt: 1,
      },
    });
    expect((await readResidentCardFacts(db)).kind).toBe('not-fetched');
  });
});
