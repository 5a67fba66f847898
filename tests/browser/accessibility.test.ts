import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { browserTestsRun, useApp } from './support/fixture';

const SCREENS = [
  { path: '/gesprekken', nl: 'Gesprekken', en: 'Conversations' },
  { path: '/leidraden', nl: 'Leidraden', en: 'Guides' },
  { path: '/waardenkring', nl: 'Waardenkring', en: 'Values circle' },
  { path: '/synchronisatie', nl: 'Synchronisatie', en: 'Sync' },
  { path: '/instellingen', nl: 'Instellingen', en: 'Settings' },
];

for (const viewport of [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 820, height: 1180 },
]) {
  describe.skipIf(!browserTestsRun)(`accessibility on a ${viewport.name}`, () => {
    const { app, page } = useApp(viewport);

    it('has no axe-core violations on any screen, in Dutch and in English', async () => {
      await app().open('/instellingen');
      for (const language of ['nl', 'en'] as const) {
        if (language === 'en') await page().getByLabel('English').check();
        for (const screen of SCREENS) {
          await app().goTo(screen[language]);
          expect(await axeViolations(page()), `${screen.path} in ${language}`).toEqual([]);
        }
      }
    });

    it('shows all five menu items within the screen, without sideways scrolling', async () => {
      await app().open('/');
      const links = page().getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
      expect(await links.count()).toBe(5);
      for (const link of await links.all()) {
        const box = await link.boundingBox();
        expect(box).not.toBeNull();
        if (!box) continue;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
        // Large enough to hit with a thumb (WCAG 2.5.5 asks 44 px).
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      for (const screen of SCREENS) {
        await app().goTo(screen.nl);
        const overflow = await page().evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${screen.path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });
  });
}

describe.skipIf(!browserTestsRun)('keyboard', () => {
  const { app, page } = useApp();

  it('reaches the content by a skip link and moves focus to the new screen heading', async () => {
    await app().open('/');
    await page().keyboard.press('Tab');
    const skip = page().getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page().keyboard.press('Enter');
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('main');

    await page().getByRole('link', { name: 'Leidraden' }).focus();
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { level: 1, name: 'Leidraden' }).waitFor();
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Leidraden');
    expect(await page().title()).toBe('Leidraden · Buurtgesprek');
  });
});
