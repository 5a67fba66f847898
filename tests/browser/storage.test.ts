import { describe, expect, it } from 'vitest';
import { browserTestsRun, useApp } from './support/fixture';

describe.skipIf(!browserTestsRun)('storage on the device', () => {
  const { app, page } = useApp();

  it('shows in settings whether storage is persistent and how much is used', async () => {
    await app().open('/instellingen');
    const persistence = page().locator('[data-persistence]');
    await persistence.waitFor();
    const state = await page().evaluate(async () =>
      (await navigator.storage.persisted()) ? 'persisted' : 'best-effort',
    );
    expect(await persistence.getAttribute('data-persistence')).toBe(state);
    expect(await page().getByTestId('storage-usage').innerText()).toMatch(/gebruikt van .* beschikbaar/);
  });

  it('says plainly when the device is full, keeps what was typed, and saves it when there is room again', async () => {
    await app().open('/instellingen');
    // Chromium 156 ignores DevTools' quota override, so the disk filling up is played at the
    // IndexedDB boundary: every write is refused the way a full disk refuses it. Dexie, the
    // save queue and the UI above it are the real ones.
    await page().evaluate(() => {
      const refuse = () => {
        if ((window as unknown as { diskFull?: boolean }).diskFull) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
      };
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          refuse();
          return original.apply(this, args);
        };
      }
      (window as unknown as { diskFull?: boolean }).diskFull = true;
    });

    await app().addArea('Reigersbos-Zuid');
    const alert = page().getByRole('alert');
    await alert.getByText('dit apparaat is vol').waitFor();
    expect(await app().areaNames()).toContain('Reigersbos-Zuid');
    expect(await alert.innerText()).toContain('1 wijziging nog niet opgeslagen');

    // Moving to another screen and back does not lose it either.
    await app().goTo('Gesprekken');
    await app().goTo('Instellingen');
    expect(await app().areaNames()).toContain('Reigersbos-Zuid');

    await page().evaluate(() => {
      (window as unknown as { diskFull?: boolean }).diskFull = false;
    });
    // The queue retries by itself with backoff; the button saves at once if it is still there.
    // It may go between seeing and clicking it (the queue got there first): either way the alert goes.
    const retry = page().getByRole('button', { name: 'Opnieuw proberen' });
    await retry.click({ timeout: 2_000 }).catch(() => undefined);
    await alert.waitFor({ state: 'detached' });

    await app().reload();
    expect(await app().areaNames()).toContain('Reigersbos-Zuid');
  });
});
