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
    // A lazily loaded route shows the previous screen until it arrives: wait until only the new one is left.
    await this.page.waitForFunction(() => document.querySelectorAll('h1').length === 1);
  }

  heading(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  /** The settings section for areas; other sections have their own "Toevoegen". */
  areasSection(name = 'Gebieden') {
    return this.page.getByRole('region', { name });
  }

  async addArea(
    name: string,
    section = 'Gebieden',
    label = 'Nieuw gebied',
    button = 'Toevoegen',
  ): Promise<void> {
    const areas = this.areasSection(section);
    await areas.getByLabel(label).fill(name);
    await areas.getByRole('button', { name: button, exact: true }).click();
  }

  areaNames(): Promise<string[]> {
    return this.page.locator('.area-list .area-name').allInnerTexts();
  }
}

/** The interviewer's journey through a conversation, by what they see and tap. */
export class ConversationPage {
  constructor(readonly app: AppPage) {}

  get page(): Page {
    return this.app.page;
  }

  async setUpPassphrase(passphrase: string): Promise<void> {
    await this.page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
    await this.page.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
  }

  async start(options: { area: string; guide: string; profile: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Nieuw gesprek' }).click();
    await this.page.getByLabel('Gebied').selectOption({ label: options.area });
    await this.page.getByLabel('Leidraad').selectOption({ label: options.guide });
    await this.page.getByLabel('Wie is de bewoner, grofweg?').selectOption({ label: options.profile });
    await this.page.getByRole('button', { name: 'Gesprek beginnen' }).click();
  }

  async giveConsent(): Promise<void> {
    // The consent form arrives with a lazily loaded screen: wait for it before counting boxes.
    await this.page.locator('.consent-points input[type="checkbox"]').first().waitFor();
    for (const box of await this.page.locator('.consent-points input[type="checkbox"]').all())
      await box.check();
    await this.page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  }

  note(label = 'Notitie') {
    return this.page.getByLabel(label, { exact: true });
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.save-status[data-saved="true"]').first().waitFor();
  }

  async tagValue(value: string, polarity: 'ervaren' | 'gemist'): Promise<void> {
    await this.page.getByRole('button', { name: `${value} ${polarity}`, exact: true }).click();
  }

  async next(): Promise<void> {
    await this.page
      .locator('.step-nav-bottom')
      .getByRole('button', { name: /Volgende|Afronden/ })
      .click();
  }

  question(): Promise<string> {
    return this.page.locator('.prompt-question').innerText();
  }
}
