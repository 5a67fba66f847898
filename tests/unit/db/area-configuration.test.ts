import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  codebookForCircle,
  codebookInUse,
  followedConfiguration,
  newThemesFromAreaTeam,
  storeAreaConfiguration,
  storeCircleConfiguration,
} from '../../../src/db/area-configuration';
import { writeCodebook } from '../../../src/db/codebook';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { builtInConfiguration } from '../../../src/domain/configuration/followed';
import { activeThemes, addTheme, defaultCodebook } from '../../../src/domain/themes';
import type { ConfigurationResponse } from '../../../src/domain/wire/configuration';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`area-configuration-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function fromAreaTeam(): ConfigurationResponse {
  const configuration = builtInConfiguration();
  return {
    areaId: 'driemond',
    version: 3,
    configuration: {
      ...configuration,
      codebook: {
        themes: [
          ...configuration.codebook.themes.map((theme) =>
            theme.id === 'taal'
              ? { ...theme, retired: true, retiredFrom: { year: 2027, quarter: 1 as const } }
              : theme,
          ),
          { id: 'het-pontje', labels: { nl: 'Het pontje', en: 'The ferry' }, retired: false },
        ],
      },
    },
  };
}

describe("the area's configuration on the device", () => {
  it('is the built-in one, and the device’s own codebook is used, before enrolment', async () => {
    const own = addTheme(defaultCodebook(), { nl: 'Mijn eigen thema' });
    if (!own.ok) throw new Error(own.problem);
    await writeCodebook(db, own.codebook);
    expect(await followedConfiguration(db)).toEqual(builtInConfiguration());
    expect(await codebookInUse(db)).toEqual(own.codebook);
    expect(await newThemesFromAreaTeam(db)).toEqual([]);
  });

  it('offers only the area’s themes once fetched; the device’s own stay readable but are not offered', async () => {
    const own = addTheme(defaultCodebook(), { nl: 'Mijn eigen thema' });
    if (!own.ok) throw new Error(own.problem);
    await writeCodebook(db, own.codebook);
    await storeAreaConfiguration(db, fromAreaTeam(), '"etag"', 1);
    const codebook = await codebookInUse(db);
    const offered = activeThemes(codebook).map((theme) => theme.id);
    expect(offered).toContain('het-pontje');
    expect(offered).not.toContain('taal');
    expect(offered).not.toContain(own.theme.id);
    // Old conversations keep their labels, also for a theme only this device had.
    expect(codebook.themes.find((theme) => theme.id === own.theme.id)).toMatchObject({
      labels: { nl: 'Mijn eigen thema' },
      retired: true,
    });
    expect(codebook.themes.find((theme) => theme.id === 'taal')?.labels.nl).toBe('Taal');
    expect((await newThemesFromAreaTeam(db)).map((theme) => theme.id)).toEqual(['het-pontje']);
  });
});

describe('the codebook the values circle names themes with', () => {
  it("is the area's configuration as the area team fetched it, retired themes keeping their label", async () => {
    await storeCircleConfiguration(db, fromAreaTeam());
    const codebook = await codebookForCircle(db, 'driemond');
    expect(codebook.themes.find((theme) => theme.id === 'het-pontje')?.labels.nl).toBe('Het pontje');
    expect(codebook.themes.find((theme) => theme.id === 'taal')).toMatchObject({
      labels: { nl: 'Taal' },
      retired: true,
    });
    // Another area's figures are not named with Driemond's codebook.
    expect((await codebookForCircle(db, 'gaasperdam')).themes.map((t) => t.id)).not.toContain('het-pontje');
  });
});
