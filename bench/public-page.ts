import type { Page } from 'playwright-core';
import { uuidv7 } from '../src/domain/uuid';
import { VALUE_IDS } from '../src/domain/values';
import type { Agenda } from '../src/domain/wire/agenda';
import type { Database } from '../src/server/db/database';
import { saveAgenda } from '../src/server/store/agendas';
import { saveNextCircle } from '../src/server/store/next-circles';
import { seedCircle } from '../tests/browser/support/circle-seed';
import { startSyncServer } from '../tests/browser/support/sync-server';
import { openBrowserPage } from './support/browser-page';
import { median } from './support/stats';
import type { Benchmark, Measurement, Target } from './types';

/**
 * Issue 15 §2: the public page "must load fast on a slow connection (≤ 30 kB transferred before it
 * is readable)". Both are measured in a fresh profile (nothing cached) under Chromium's own network
 * emulation with DevTools' "Slow 3G" figures, against the app's own first visit on the same
 * connection. Readable: for the page its first contentful paint (the page is one document, so its
 * heading and text are painted together); for the app its 'app-ready' mark (main.tsx, after the
 * first render). Transferred before readable: the Resource Timing `transferSize` of the document
 * and every file whose response ended before that moment (headers included, compressed as sent).
 */
const AREA = 'gaasperdam';
const YEAR = 2026;
const RUNS = 3;
const SIZE_TARGET: Target = { comparison: '<=', value: 30 };

/** DevTools' "Slow 3G" preset: 400 ms × 5 round trip, 500 kbit/s × 0.8 both ways. */
const SLOW_3G = {
  offline: false,
  latency: 2_000,
  downloadThroughput: (500 * 1000 * 0.8) / 8,
  uploadThroughput: (500 * 1000 * 0.8) / 8,
};

/** A year's outcome the size of a busy circle: six questions, ten actions with updates. */
function agenda(): Agenda {
  const questions = VALUE_IDS.map((valueId) => ({
    id: uuidv7(),
    valueId,
    text: `Wat kunnen we samen doen zodat bewoners meer ${valueId} ervaren in hun eigen buurt?`,
  }));
  const actions = Array.from({ length: 10 }, (_, index) => ({
    id: uuidv7(),
    questionId: questions[index % questions.length]?.id ?? null,
    what: `Afspraak ${index + 1}: het buurthuis ook op zaterdag open, met een vaste gastvrouw of gastheer`,
    owner: 'Welzijn Zuidoost en stadsdeel',
    due: '2026-11-01',
    valueIds: [],
    themeIds: [],
    status: (['agreed', 'in-progress', 'done', 'not-done'] as const)[index % 4] ?? 'agreed',
    reason: index % 4 === 3 ? 'Er was geen ruimte te vinden voor de avonden.' : '',
    updates: [{ id: uuidv7(), date: '2026-06-01', text: 'Eerste gesprek met de beheerder gevoerd.' }],
  }));
  return { questions, participation: '', outcome: { notes: [], actions } };
}

async function seed(db: Database): Promise<void> {
  await seedCircle(db);
  const actor = { kind: 'cli' as const, label: 'bench' };
  await saveAgenda(db, { areaId: AREA, year: YEAR, agenda: agenda(), baseVersion: null, actor });
  await saveNextCircle(db, { areaId: AREA, year: YEAR, date: '2099-03-12', actor });
  await db.query('insert into public_pages (area_id, year) values ($1, $2)', [AREA, YEAR]);
}

interface Visit {
  readableMs: number;
  transferredBytes: number;
}

/** What reached the page until `readableMs` (ms since navigation start), from Resource Timing. */
async function transferredBefore(page: Page, readableMs: number): Promise<number> {
  return page.evaluate((until) => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    return entries.filter((e) => e.responseEnd <= until).reduce((sum, e) => sum + e.transferSize, 0);
  }, readableMs);
}

async function firstVisit(
  url: string,
  log: (message: string) => void,
  readable: (page: Page) => Promise<number>,
): Promise<Visit> {
  const browser = await openBrowserPage(log);
  try {
    const cdp = await browser.context.newCDPSession(browser.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await browser.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const readableMs = await readable(browser.page);
    return { readableMs, transferredBytes: await transferredBefore(browser.page, readableMs) };
  } finally {
    await browser.close();
  }
}

const firstContentfulPaint = async (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );

const appReady = async (page: Page): Promise<number> => {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, undefined, {
    timeout: 120_000,
  });
  return page.evaluate(() => performance.getEntriesByName('app-ready')[0]?.startTime ?? Number.NaN);
};

export const publicPage: Benchmark = {
  name: 'public-page',
  description: `public page vs the app's first visit under "Slow 3G" (CDP), fresh profile, median of ${RUNS}: kB before readable, ms to readable`,
  needsChromium: true,
  async run(context) {
    await context.appBuild();
    const sync = await startSyncServer({ seed });
    try {
      const pageUrl = `${sync.server.url}/inbreng/${AREA}/${YEAR}`;
      const pages: Visit[] = [];
      const apps: Visit[] = [];
      for (let run = 1; run <= RUNS; run++) {
        pages.push(await firstVisit(pageUrl, context.log, firstContentfulPaint));
        apps.push(await firstVisit(`${sync.server.url}/`, context.log, appReady));
        context.log(
          `run ${run}: page ${(pages.at(-1)?.readableMs ?? 0).toFixed(0)} ms, app ${(apps.at(-1)?.readableMs ?? 0).toFixed(0)} ms`,
        );
      }
      const kB = (visits: Visit[]) => median(visits.map((v) => v.transferredBytes)) / 1000;
      const ms = (visits: Visit[]) => median(visits.map((v) => v.readableMs));
      const label = "the app's first visit";
      const measurements: Measurement[] = [
        {
          name: 'public page: transferred before readable',
          value: kB(pages),
          unit: 'kB',
          baseline: { label, value: kB(apps) },
          target: SIZE_TARGET,
        },
        {
          name: 'public page: time to readable (Slow 3G)',
          value: ms(pages),
          unit: 'ms',
          baseline: { label, value: ms(apps) },
        },
        { name: 'app ÷ public page, bytes before readable', value: kB(apps) / kB(pages), unit: '×' },
        { name: 'app ÷ public page, time to readable', value: ms(apps) / ms(pages), unit: '×' },
      ];
      return measurements;
    } finally {
      await sync.server.stop();
    }
  },
};
