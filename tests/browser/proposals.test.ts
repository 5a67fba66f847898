import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../../src/server/admin/run';
import { publishGuideProposal } from '../../src/server/configuration/guide-proposal-decisions';
import type { Database } from '../../src/server/db/database';
import { guideProposalById } from '../../src/server/store/guide-proposals';
import { AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { type BrowserSession, launchBrowser } from './support/chromium';
import { browserTestsRun } from './support/fixture';
import { type SyncServer, startSyncServer } from './support/sync-server';

const PASSPHRASE = 'de reiger staat stil in de sloot';
// Invented people only.
const TYPED = 'Ruzie met Esi Owusu over de tuin';
const ANONYMISED = 'Ruzie met [naam] over de tuin';
const GUIDE_TITLE = 'Buurtwandeling met Esi Owusu';
const GUIDE_SENT_TITLE = 'Buurtwandeling met [naam]';
/** Where screenshots go when asked for (SCREENSHOTS=dir), to look at a new screen by eye. */
const SHOTS = process.env.SCREENSHOTS;

describe.skipIf(!browserTestsRun)('proposing a theme the codebook lacks', () => {
  let sync: SyncServer;
  let session: BrowserSession;
  let app: AppPage;
  const sent: { url: string; body: string }[] = [];

  beforeEach(async () => {
    sync = await startSyncServer();
    // A phone, one-handed: the smallest screen the app is made for.
    session = await launchBrowser({ width: 360, height: 740 });
    sent.length = 0;
    session.context.on('request', (request) => {
      if (request.url().includes('/api/')) sent.push({ url: request.url(), body: request.postData() ?? '' });
    });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    app = new AppPage(page, sync.server.url);
  });
  afterEach(async () => {
    await session?.close();
    await sync?.server.stop();
  });

  async function shot(name: string): Promise<void> {
    if (SHOTS) await app.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
  }

  async function syncNow(): Promise<void> {
    await app.goTo('Synchronisatie');
    const proposals = app.page.waitForResponse((r) => r.url().endsWith('/api/configuration'));
    await app.page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await proposals;
  }

  it('stays on the device until sent, goes as anonymised text, and comes back as a theme to add with a tap', async () => {
    const page = app.page;
    await app.open('/synchronisatie');
    await app.waitForServiceWorker();
    await page.getByLabel('Inschrijfcode').fill(sync.code);
    const fetched = page.waitForResponse((r) => r.url().endsWith('/api/configuration') && r.status() === 200);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    // Enrolment itself fetches the area's configuration.
    await fetched;
    await page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();

    await app.goTo('Gesprekken');
    const talk = new ConversationPage(app);
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Mantelzorger' });
    await talk.giveConsent();
    const conversationPath = new URL(page.url()).pathname;
    await page.getByLabel('Thema dat ontbreekt').fill(TYPED);
    await page.getByRole('button', { name: 'Voorstellen', exact: true }).click();
    await page.getByRole('button', { name: `Voorstel: ${TYPED}` }).waitFor();
    await page.getByRole('button', { name: `Voorstel: ${TYPED}` }).scrollIntoViewIfNeeded();
    await shot('conversation-proposal-nl');
    expect(await axeViolations(page)).toEqual([]);

    // A sync before she sends: nothing of the proposal leaves the device.
    await syncNow();
    expect(sent.filter((r) => r.url.endsWith('/api/proposals') && r.body !== '')).toEqual([]);
    expect(sent.some((r) => r.body.includes('Owusu') || r.body.includes('Ruzie'))).toBe(false);

    await app.goTo('Instellingen');
    const section = page.getByRole('region', { name: 'Voorstellen' });
    await section.getByText('Nog niet verstuurd · Bij 1 gesprek').waitFor();
    await section.getByRole('button', { name: `${TYPED} bekijken en versturen` }).click();
    await section.getByText(ANONYMISED).waitFor();
    await section.scrollIntoViewIfNeeded();
    await shot('settings-proposal-preview-nl');
    expect(await axeViolations(page)).toEqual([]);
    // Still nothing sent: looking is not sending.
    expect(sent.filter((r) => r.url.endsWith('/api/proposals'))).toEqual([]);
    await section.getByRole('button', { name: 'Versturen' }).click();
    await section.getByText('Verstuurd.', { exact: true }).waitFor();
    const posted = sent.filter((r) => r.url.endsWith('/api/proposals') && r.body !== '');
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0]?.body ?? '{}')).toMatchObject({ kind: 'theme', text: ANONYMISED });
    expect(sent.some((r) => r.body.includes('Owusu'))).toBe(false);

    // The administrator accepts it, under a name of their own.
    await sync.changeWhileStopped(async (db) => {
      const { rows } = await db.query<{ id: string; text: string }>(
        'select id::text as id, text from proposals',
      );
      expect(rows.map((row) => row.text)).toEqual([ANONYMISED]);
      await admin(
        db,
        'accept-proposal',
        rows[0]?.id ?? '',
        '--nl',
        'Burenruzie',
        '--en',
        'Neighbour disputes',
      );
    });
    await syncNow();
    await app.goTo('Instellingen');
    await section.getByText('Overgenomen als thema Burenruzie · Bij 1 gesprek').waitFor();

    // Back in the conversation: the new theme is offered, not put on it.
    await page.evaluate((path) => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, conversationPath);
    const chip = page.getByRole('button', { name: 'Burenruzie', exact: true });
    await chip.waitFor();
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    await page
      .getByRole('button', { name: 'Thema Burenruzie toevoegen aan dit gesprek' })
      .scrollIntoViewIfNeeded();
    await shot('conversation-theme-offered-nl');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Thema Burenruzie toevoegen aan dit gesprek' }).click();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('button.chip')]
          .find((b) => b.textContent === 'Burenruzie')
          ?.getAttribute('aria-pressed') === 'true',
    );
    await talk.waitUntilSaved();

    // A guide of her own, with a name in its title by mistake: proposed for publication.
    await app.goTo('Leidraden');
    await page.getByRole('link', { name: /^Gesprek met een bewoner/ }).click();
    await page.getByRole('button', { name: 'Kopiëren' }).click();
    await page.getByRole('link', { name: 'Bewerken', exact: true }).click();
    await page.getByLabel('Titel', { exact: true }).fill(GUIDE_TITLE);
    await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();
    await page.getByRole('heading', { level: 1, name: GUIDE_TITLE }).waitFor();
    const propose = page.getByRole('region', { name: 'Voorstellen om te publiceren' });
    await propose.getByRole('button', { name: 'Bekijken wat verstuurd wordt' }).click();
    // The title as it would go, the anonymiser's replacement marked (and named for screen readers).
    const sentTitle = propose.locator('.sent-guide strong').first();
    await sentTitle.locator('mark.replaced').waitFor();
    expect(await sentTitle.innerText()).toMatch(/^Buurtwandeling met \[naam\]/);
    await propose.scrollIntoViewIfNeeded();
    await shot('guide-proposal-preview-nl');
    expect(await axeViolations(page)).toEqual([]);
    // Looking is not sending.
    expect(sent.filter((r) => r.url.endsWith('/api/guide-proposals'))).toEqual([]);
    await propose.getByRole('button', { name: 'Versturen' }).click();
    await propose.getByText(/^Verstuurd\. U ziet hier wat de beheerders besluiten/).waitFor();
    const guidePosted = sent.filter((r) => r.url.endsWith('/api/guide-proposals') && r.body !== '');
    expect(guidePosted).toHaveLength(1);
    expect(JSON.parse(guidePosted[0]?.body ?? '{}')).toMatchObject({
      guide: { title: GUIDE_SENT_TITLE, version: 2 },
    });
    expect(sent.some((r) => r.body.includes('Owusu'))).toBe(false);
    // Nor in the guide's id, which was made from the title she typed: it is made again from the
    // cleaned title, so the guide is published under that id.
    expect(guidePosted[0]?.body.toLowerCase()).not.toContain('owusu');

    await sync.changeWhileStopped(async (db) => {
      const { rows } = await db.query<{ id: string }>('select id::text as id from guide_proposals');
      const proposal = await guideProposalById(db, rows[0]?.id ?? '');
      if (!proposal) throw new Error('the guide proposal was not stored');
      const by = { name: 'beheerder', audit: { kind: 'cli' as const, label: 'beheerder' } };
      await publishGuideProposal(db, proposal, by, { previewOnly: false });
    });
    await syncNow();
    await app.goTo('Leidraden');
    await page.getByRole('link', { name: new RegExp(`^${GUIDE_TITLE}`) }).click();
    await propose.getByText(/^Gepubliceerd als buurtwandeling-met-naam, versie 2\./).waitFor();

    // And in English.
    await app.goTo('Instellingen');
    await page.getByLabel('English').check();
    const english = page.getByRole('region', { name: 'Proposals' });
    await english.getByText('Taken on as theme Neighbour disputes · On 1 conversation').waitFor();
    await english.scrollIntoViewIfNeeded();
    await shot('settings-proposals-en');
    expect(await axeViolations(page)).toEqual([]);
    // One journey for both kinds of proposal shares the enrolment and the passphrase set-up.
  }, 120_000);
});

async function admin(db: Database, ...argv: string[]): Promise<void> {
  const lines: string[] = [];
  const handle: Database = { ...db, close: async () => undefined };
  const code = await runAdmin(argv, async () => handle, {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    readLine: async () => '',
  });
  if (code !== 0) throw new Error(lines.join('\n'));
}
