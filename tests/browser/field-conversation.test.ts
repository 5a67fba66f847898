import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { browserTestsRun, useApp } from './support/fixture';

// Invented words only.
const PASSPHRASE = 'de kraanvogel vliegt over de polder';
const VALUES_IN_ORDER = [
  'Autonomie',
  'Betrokkenheid',
  'Compassie',
  'Gelijkwaardigheid',
  'Solidariteit',
  'Zelfbeschikking',
];

/** Where the view and focus are after a step: the new content starts at the top, focus on its heading. */
async function viewStartsAt(page: Page, top: string, focused: string) {
  // Focus moves once the new content has rendered: wait for that, then measure.
  await page.waitForFunction(
    (selector) => document.activeElement === document.querySelector(selector),
    focused,
  );
  return page.evaluate(
    ([topSelector, focusedSelector]) => {
      const start = document.querySelector(topSelector ?? '');
      return {
        topOfNewContent: start ? Math.round(start.getBoundingClientRect().top) : null,
        scrolled: window.scrollY > 0,
        focusOnIt: document.activeElement === document.querySelector(focusedSelector ?? ''),
      };
    },
    [top, focused],
  );
}

const AT_TOP = { topOfNewContent: expect.toSatisfy((top: number) => top >= 0 && top <= 16), focusOnIt: true };

describe.skipIf(!browserTestsRun)('a conversation on a phone', () => {
  const { app, page } = useApp({ width: 360, height: 740 });

  it('starts with the profile the chosen guide is written for, until the interviewer picks one', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await page().getByRole('link', { name: 'Nieuw gesprek' }).click();
    const guide = page().getByLabel('Leidraad');
    const profile = page().getByLabel('Wie is de bewoner, grofweg?');
    await guide.selectOption({ label: 'Gesprek met een mantelzorger' });
    await expect.poll(() => profile.inputValue()).toBe('mantelzorger');
    await guide.selectOption({ label: 'Gesprek met een alleenstaande ouder' });
    await expect.poll(() => profile.inputValue()).toBe('alleenstaande-ouder');
    await guide.selectOption({ label: 'Gesprek met een bewoner' });
    await expect.poll(() => profile.inputValue()).toBe('anders');

    await profile.selectOption({ label: 'Oudere' });
    await guide.selectOption({ label: 'Gesprek met een mantelzorger' });
    await expect.poll(() => profile.inputValue()).toBe('oudere');
  });

  it('keeps the six values in one order on every question', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    const order = async () =>
      (await page().locator('.value-tags .value-name').allInnerTexts()).map(
        (name) => name.split(' · ')[0] ?? name,
      );
    const seen: string[][] = [];
    for (let step = 0; step < 4; step++) {
      await talk.note().waitFor();
      seen.push(await order());
      await talk.next();
    }
    for (const names of seen) expect(names).toEqual(VALUES_IN_ORDER);
  });

  it('takes at most 15 taps beside typing, with the view and focus following every step', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await page().getByRole('link', { name: 'Nieuw gesprek' }).waitFor();

    // Counted by the test: a tap is one touch; choosing from a list is two (open it, pick).
    let taps = 0;
    const tap = async (target: Locator) => {
      taps += 1;
      await target.click();
    };
    const choose = async (target: Locator, label: string) => {
      taps += 2;
      await target.selectOption({ label });
    };
    const write = (text: string) => talk.note().fill(text);

    await tap(page().getByRole('link', { name: 'Nieuw gesprek' }));
    await choose(page().getByLabel('Leidraad'), 'Gesprek met een mantelzorger');
    await tap(page().getByRole('button', { name: 'Gesprek beginnen' }));
    await tap(page().getByRole('button', { name: 'Ja op alle punten: vastleggen' }));
    await page().locator('.prompt-question').waitFor();
    expect(await viewStartsAt(page(), '.talk-position', '.prompt-question')).toMatchObject(AT_TOP);
    // The note sits right under the question: visible without scrolling, keyboard closed.
    const noteBox = await talk.note().boundingBox();
    expect(noteBox && noteBox.y + 40 < 740).toBe(true);

    await write('Ze zorgt al jaren voor haar moeder. Ik wil ook een eigen leven.');
    await tap(page().getByRole('button', { name: 'Ik wil ook een eigen leven.', exact: true }));
    await tap(page().getByRole('button', { name: 'Solidariteit ervaren', exact: true }));
    await tap(page().getByRole('button', { name: 'Zelfbeschikking gemist', exact: true }));

    // Every target in conversation mode is at least 44 × 44 px (WCAG 2.5.5), quotes marked included.
    const small = await page().evaluate(() =>
      [...document.querySelectorAll('.conversation-view :is(button, a, select, textarea, input, summary)')]
        .filter((target) => {
          const box = target.getBoundingClientRect();
          return box.width > 0 && (box.height < 44 || box.width < 44);
        })
        .map((target) => target.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);

    await tap(page().getByRole('button', { name: 'Dromen', exact: true }));
    expect(await viewStartsAt(page(), '.talk-position', '.prompt-question')).toMatchObject(AT_TOP);
    await write('Een dag per week vrij, dan kan ik weer sporten.');
    await tap(page().getByRole('button', { name: 'Autonomie gemist', exact: true }));

    await tap(page().getByRole('button', { name: 'Doen', exact: true }));
    expect(await viewStartsAt(page(), '.talk-position', '.prompt-question')).toMatchObject(AT_TOP);
    await write('Volgende week belt ze het steunpunt mantelzorg.');
    await tap(page().getByRole('button', { name: 'Betrokkenheid ervaren', exact: true }));
    await talk.waitUntilSaved();

    await tap(page().getByRole('button', { name: 'Afronden', exact: true }));
    expect(await viewStartsAt(page(), '.talk-position', '.wrap-up h2')).toMatchObject(AT_TOP);
    await tap(page().getByRole('button', { name: 'Gesprek afronden' }));
    await page().getByText('Dit gesprek is afgerond.').waitFor();
    expect(await viewStartsAt(page(), '.status-line', '.status-line')).toMatchObject(AT_TOP);

    const summary = await page().locator('.summary').innerText();
    for (const expected of [
      'Ik wil ook een eigen leven.',
      'Solidariteit',
      'Zelfbeschikking',
      'Autonomie',
      'Betrokkenheid',
    ])
      expect(summary).toContain(expected);
    expect(taps).toBeLessThanOrEqual(15);
  });

  it('turns to the next question and back with a sideways swipe, and not with a scroll or a swipe on the note', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    const question = page().locator('.prompt-question');
    const first = await question.innerText();
    const touch = await page().context().newCDPSession(page());
    await touch.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    // A finger moving in small steps, as a real swipe does: down, moves, up.
    const swipe = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      const at = (share: number) => ({
        x: from.x + (to.x - from.x) * share,
        y: from.y + (to.y - from.y) * share,
      });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] });
      for (const share of [0.25, 0.5, 0.75, 1])
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(share)] });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const box = await question.boundingBox();
    if (!box) throw new Error('the question is not on screen');
    const onQuestion = { x: 300, y: box.y + box.height / 2 };

    await swipe(onQuestion, { x: 60, y: onQuestion.y });
    await page().waitForFunction(
      (before) => document.querySelector('.prompt-question')?.textContent !== before,
      first,
    );
    expect(await viewStartsAt(page(), '.talk-position', '.prompt-question')).toMatchObject(AT_TOP);
    const second = await question.innerText();

    // Scrolling down over the question, or a sideways finger in the note, leaves the question where it is.
    await swipe(onQuestion, { x: 280, y: onQuestion.y - 200 });
    const noteBox = await talk.note().boundingBox();
    if (!noteBox) throw new Error('the note is not on screen');
    const inNote = { x: 300, y: noteBox.y + noteBox.height / 2 };
    await swipe(inNote, { x: 60, y: inNote.y });
    // Back with a swipe the other way: the first question again. Had either of those turned a
    // step, this would land on the second question or pass through a third.
    // The scroll moved the page: bring the question back and find it where it is now.
    await question.scrollIntoViewIfNeeded();
    const moved = await question.boundingBox();
    if (!moved) throw new Error('the question is not on screen');
    const y = moved.y + moved.height / 2;
    await swipe({ x: 60, y }, { x: 300, y });
    await page().waitForFunction(
      (before) => document.querySelector('.prompt-question')?.textContent !== before,
      second,
    );
    expect(await question.innerText()).toBe(first);
  });

  it('marks a quote by tapping a sentence, and unmarks it the same way', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    await talk.note().fill('Het gaat wel. Niemand vraagt hoe het met mij gaat! Dat doet pijn.');
    const sentence = page().getByRole('button', {
      name: 'Niemand vraagt hoe het met mij gaat!',
      exact: true,
    });
    await sentence.click();
    await expect.poll(() => sentence.getAttribute('aria-pressed')).toBe('true');
    const quotes = page().getByRole('list', { name: 'Citaten' });
    expect(await quotes.innerText()).toContain('Niemand vraagt hoe het met mij gaat!');
    await sentence.click();
    await expect.poll(() => sentence.getAttribute('aria-pressed')).toBe('false');
    expect(await quotes.count()).toBe(0);
  });

  it('opens the method in a dialog over the question and closes back to the note as it was; in English too, and over a guide', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    await talk.note().fill('Ze regelt alles zelf.');
    const opener = page().getByRole('button', { name: 'Over de methode' });
    await opener.click();
    const dialog = page().getByRole('dialog', { name: 'De waarderende methode' });
    await dialog.waitFor();
    for (const phase of ['Ontdekken', 'Dromen', 'Ontwerpen', 'Doen'])
      await dialog.getByRole('heading', { name: phase, level: 4 }).waitFor();
    expect(await dialog.innerText()).toContain('Wat u beter niet doet');
    expect(await axeViolations(page())).toEqual([]);
    await page().keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Closing returns focus to where the interviewer was, with nothing she typed lost.
    await expect.poll(() => opener.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await talk.note().inputValue()).toBe('Ze regelt alles zelf.');

    // In English, in conversation mode and opened over a guide.
    await app().goTo('Instellingen');
    await page().getByLabel('English').check();
    await page().getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page().goBack();
    await page().getByRole('button', { name: 'About the method' }).click();
    const english = page().getByRole('dialog', { name: 'The appreciative method' });
    await english.getByRole('heading', { name: 'Discover', level: 4 }).waitFor();
    expect(await axeViolations(page())).toEqual([]);
    await page().keyboard.press('Escape');
    await english.waitFor({ state: 'hidden' });
    await app().goTo('Guides');
    await page().getByRole('link', { name: 'Conversation with an informal carer' }).first().click();
    await page().locator('.guide-section').first().waitFor();
    await page().getByRole('button', { name: 'About the method' }).click();
    await english.getByRole('heading', { name: 'Discover', level: 4 }).waitFor();
    expect(await axeViolations(page())).toEqual([]);
  });

  it('offers a coach review only with consent point (d), which can be given or taken back later', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await page().locator('#consent-notes').check();
    await page().locator('#consent-themes').check();
    await page().getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await talk.note().fill('Ze wil graag meer rust.');
    await talk.waitUntilSaved();
    await page().getByRole('button', { name: 'Afronden', exact: true }).click();
    await page().getByRole('button', { name: 'Gesprek afronden' }).click();
    await page().getByText('Dit gesprek is afgerond.').waitFor();

    const reviewLink = page().getByRole('link', { name: 'Laten reviewen door coach' });
    await page()
      .getByText('De bewoner heeft (nog) niet gezegd dat een coach de aantekeningen mag lezen.')
      .waitFor();
    expect(await reviewLink.count()).toBe(0);
    await page().getByRole('button', { name: 'Bewoner stemt nu toch in met een coach' }).click();
    await reviewLink.waitFor();
    await page().getByRole('button', { name: 'Toestemming voor de coach intrekken' }).click();
    await page().getByRole('button', { name: 'Bewoner stemt nu toch in met een coach' }).waitFor();
    expect(await reviewLink.count()).toBe(0);
  });
});
