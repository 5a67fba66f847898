import { describe, expect, it } from 'vitest';
import { browserTestsRun, useApp } from './support/fixture';

describe.skipIf(!browserTestsRun)('language', () => {
  const { app, page } = useApp();

  it('is Dutch by default, switches to English in settings, and stays English after a reload', async () => {
    await app().open('/instellingen');
    expect(await page().getAttribute('html', 'lang')).toBe('nl');
    expect(await app().heading()).toBe('Instellingen');

    await page().getByLabel('English').check();
    await page().getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page().getAttribute('html', 'lang')).toBe('en');
    const menu = await page()
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.textContent?.replaceAll('\u00ad', '')));
    expect(menu).toEqual(['Conversations', 'Guides', 'Values circle', 'Sync', 'Settings']);

    await app().reload();
    expect(await app().heading()).toBe('Settings');
    expect(await page().getAttribute('html', 'lang')).toBe('en');

    await page().getByLabel('Nederlands').check();
    await page().getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
  });
});
