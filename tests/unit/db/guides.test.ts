import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeAreaConfiguration } from '../../../src/db/area-configuration';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import {
  allGuides,
  findGuide,
  guidesIn,
  guidesToStartWith,
  storeGuide,
  storeGuideRevision,
} from '../../../src/db/guides';
import { builtInConfiguration } from '../../../src/domain/configuration/followed';
import { BUILT_IN_GUIDES } from '../../../src/domain/guides/built-in';
import type { Guide } from '../../../src/domain/guides/guide';
import { reviseGuide } from '../../../src/domain/guides/versions';
import { minimalGuide } from '../domain/guides/fixtures';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`guides-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function ownGuide(version = 1): Guide {
  return { ...minimalGuide(), version };
}

describe('allGuides', () => {
  it('holds the built-in guides in both languages and every stored version', async () => {
    expect(await allGuides(db)).toEqual(BUILT_IN_GUIDES);
    await storeGuide(db, ownGuide(1));
    await storeGuide(db, reviseGuide(ownGuide(1), { title: 'Mijn leidraad, beter' }));
    const all = await allGuides(db);
    expect(all).toHaveLength(BUILT_IN_GUIDES.length + 2);
    expect(all.filter((guide) => guide.id === 'mijn-leidraad').map((guide) => guide.version)).toEqual([1, 2]);
    expect(all.some((guide) => guide.builtIn && guide.language === 'en')).toBe(true);
  });
});

describe('storeGuide', () => {
  it('never overwrites a stored version, and stores nothing as built in', async () => {
    await storeGuide(db, { ...ownGuide(1), builtIn: true });
    await expect(storeGuide(db, { ...ownGuide(1), title: 'Anders' })).rejects.toThrow();
    const stored = await findGuide(db, 'mijn-leidraad', 1, 'nl');
    expect(stored?.title).toBe('Mijn leidraad');
    expect(stored?.builtIn).toBe(false);
  });
});

describe('storeGuideRevision', () => {
  it('stores the next version, and the earlier one stays as it was', async () => {
    await storeGuide(db, ownGuide(1));
    const revision = reviseGuide(ownGuide(1), { title: 'Versie twee' });
    expect(await storeGuideRevision(db, revision)).toEqual(revision);
    expect((await findGuide(db, 'mijn-leidraad', 1, 'nl'))?.title).toBe('Mijn leidraad');
    expect((await findGuide(db, 'mijn-leidraad', 2, 'nl'))?.title).toBe('Versie twee');
    expect((await guidesIn(db, 'nl')).find((guide) => guide.id === 'mijn-leidraad')?.version).toBe(2);
  });

  it('stores nothing twice when the save queue retries a write that did land', async () => {
    await storeGuide(db, ownGuide(1));
    const revision = reviseGuide(ownGuide(1), { title: 'Versie twee' });
    await storeGuideRevision(db, revision);
    expect(await storeGuideRevision(db, revision)).toEqual(revision);
    expect(await db.guides.count()).toBe(2);
  });

  it('takes the next free version when another tab stored that number first', async () => {
    await storeGuide(db, ownGuide(1));
    await storeGuideRevision(db, reviseGuide(ownGuide(1), { title: 'Uit het andere tabblad' }));
    const stored = await storeGuideRevision(db, reviseGuide(ownGuide(1), { title: 'Uit dit tabblad' }));
    expect(stored.version).toBe(3);
    expect((await findGuide(db, 'mijn-leidraad', 2, 'nl'))?.title).toBe('Uit het andere tabblad');
    expect((await findGuide(db, 'mijn-leidraad', 3, 'nl'))?.title).toBe('Uit dit tabblad');
  });

  it('keeps languages apart: a Dutch revision does not move the English lineage', async () => {
    await storeGuide(db, { ...ownGuide(1), language: 'en' });
    const stored = await storeGuideRevision(db, ownGuide(1));
    expect(stored.version).toBe(1);
    expect(await db.guides.count()).toBe(2);
  });

  it('refuses a built-in id', async () => {
    const builtIn = BUILT_IN_GUIDES[0];
    if (!builtIn) throw new Error('no built-in guide');
    await expect(storeGuideRevision(db, { ...builtIn, version: 2, builtIn: false })).rejects.toThrow(
      /cannot be revised/,
    );
    expect(await db.guides.count()).toBe(0);
  });
});

describe('guidesToStartWith', () => {
  it("offers every guide before enrolment, and only the area's published versions once it follows a configuration", async () => {
    await storeGuide(db, ownGuide(1));
    await storeGuide(db, ownGuide(2));
    expect((await guidesToStartWith(db, 'nl')).map((g) => g.id)).toContain('mijn-leidraad');
    const configuration = builtInConfiguration();
    await storeAreaConfiguration(
      db,
      {
        areaId: 'gaasperdam',
        version: 1,
        configuration: {
          ...configuration,
          guides: [...configuration.guides, { id: 'mijn-leidraad', version: 1 }],
        },
      },
      null,
      0,
    );
    const offered = await guidesToStartWith(db, 'nl');
    // Version 2 was never published: version 1 is what a summary may name.
    expect(offered.find((g) => g.id === 'mijn-leidraad')?.version).toBe(1);
    expect(offered.map((g) => g.id).sort()).toEqual(
      [...new Set([...configuration.guides.map((g) => g.id), 'mijn-leidraad'])].sort(),
    );
  });
});
