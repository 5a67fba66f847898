import type { Page } from 'playwright-core';

/** The app as a user meets it: screens by their menu names, settings by their labels. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.ready();
  }

  /** The shell has rendered its first screen (main.tsx marks this). */
  async ready(): Promise<void> {
    await this.page.waitForSelector('#app[data-ready="true"]', { state: 'attached' });
    await this.page.waitForSelector('h1');
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  /** Resolves once a service worker controls this page, i.e. the app works offline from now on. */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', () => done(), { once: true }),
        );
      }
    });
  }

  async goTo(menuItem: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: menuItem }).click();
    await this.page.getByRole('heading', { level: 1, name: menuItem }).waitFor();
  }

  heading(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  async addArea(name: string, label = 'Nieuw gebied', button = 'Toevoegen'): Promise<void> {
    await this.page.getByLabel(label).fill(name);
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  areaNames(): Promise<string[]> {
    return this.page.locator('.area-list .area-name').allInnerTexts();
  }
}
