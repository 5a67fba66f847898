import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../tests/browser/support/server';
import { between, noteText, seededRandom } from './browser/dutch-text';
import type { KeystrokeSetUp, TypingMode, TypingSession } from './browser/keystroke-bench-result';
import { buildBenchPage } from './support/bench-page';
import { openBrowserPage } from './support/browser-page';
import { percentile } from './support/stats';
import type { BenchContext, Benchmark, Measurement, Target } from './types';

const KEYSTROKES = 300;
const MIN_INTERVAL_MS = 60;
const MAX_INTERVAL_MS = 120;
const SET_UP: KeystrokeSetUp = {
  // With the typed note, 20 notes of ~150–400 characters: a search text of ~5–6 kB.
  otherNotes: 19,
  warmUpKeystrokes: 20,
  seed: 2024,
};
// Issue "Field conversations": a keystroke is stored durably within 50 ms (p95).
const TARGET: Target = { comparison: '<=', value: 50 };
const BENCH_PATH = 'bench-keystrokes';

/** What is typed and the pause after each keystroke: the same for every mode. */
interface Script {
  characters: string[];
  pausesMs: number[];
}

function script(keystrokes: number, minMs: number, maxMs: number): Script {
  const random = seededRandom(SET_UP.seed + 1);
  const characters = [...noteText(random, keystrokes + 20)].slice(0, keystrokes);
  return { characters, pausesMs: characters.map(() => between(random, minMs, maxMs)) };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

/** Types the script into the page's note field through real key events, on an absolute schedule. */
async function typeSession(
  page: Page,
  mode: TypingMode,
  noteId: string,
  plan: Script,
): Promise<TypingSession> {
  await page.evaluate(([mode, noteId]) => window.keystrokeBench?.start(mode, noteId), [
    mode,
    noteId,
  ] as const);
  let due = performance.now() + 50;
  for (const [index, character] of plan.characters.entries()) {
    await sleep(due - performance.now());
    await page.keyboard.type(character);
    due += plan.pausesMs[index] ?? 0;
  }
  const session = await page.evaluate(() => {
    if (!window.keystrokeBench) throw new Error('the benchmark page did not load');
    return window.keystrokeBench.finish();
  });
  if (session.latenciesMs.length !== plan.characters.length)
    throw new Error(
      `${plan.characters.length} keystrokes typed, ${session.latenciesMs.length} input events seen`,
    );
  return session;
}

function figures(plain: TypingSession, queue: TypingSession, loaded: TypingSession): Measurement[] {
  const label = 'plain IDB put (idb)';
  const latency = (name: string, session: TypingSession, p: number, target?: Target): Measurement => ({
    name,
    value: percentile(session.latenciesMs, p),
    unit: 'ms',
    baseline: { label, value: percentile(plain.latenciesMs, p) },
    ...(target ? { target } : {}),
  });
  const kb = (loaded.searchTextChars / 1000).toFixed(1);
  return [
    latency('keystroke → committed, p50', queue, 50),
    latency('keystroke → committed, p95', queue, 95, TARGET),
    latency('keystroke → committed, max', queue, 100),
    {
      name: '  the write itself (saveNote), p50',
      value: percentile(queue.writeMs, 50),
      unit: 'ms',
      baseline: { label, value: percentile(plain.writeMs, 50) },
    },
    {
      name: `  writes for ${KEYSTROKES} keystrokes (queue folds)`,
      value: queue.writes,
      unit: 'count',
      baseline: { label: 'one put each', value: plain.writes },
    },
    latency(`+ ${kb} kB search text per key, p50`, loaded, 50),
    latency(`+ ${kb} kB search text per key, p95`, loaded, 95, TARGET),
    latency(`+ ${kb} kB search text per key, max`, loaded, 100),
    { name: '  search text writes', value: loaded.searchTextWrites, unit: 'count' },
    {
      name: 'input event delay p95 (busy main thread)',
      value: Math.max(percentile(queue.inputDelayMs, 95), percentile(loaded.inputDelayMs, 95)),
      unit: 'ms',
      baseline: { label, value: percentile(plain.inputDelayMs, 95) },
    },
  ];
}

async function typeAll(page: Page, context: BenchContext): Promise<Measurement[]> {
  const warmUp = script(SET_UP.warmUpKeystrokes, 10, 10);
  const plan = script(KEYSTROKES, MIN_INTERVAL_MS, MAX_INTERVAL_MS);
  const modes: readonly TypingMode[] = ['plain', 'queue', 'queue-under-load'];
  // Warm up every path (JIT, IndexedDB backend, WebCrypto) on throwaway notes before timing.
  for (const mode of modes) await typeSession(page, mode, `warm-up-${mode}`, warmUp);
  const sessions: TypingSession[] = [];
  for (const mode of modes) {
    context.log(`typing ${KEYSTROKES} keystrokes, ${mode}…`);
    sessions.push(await typeSession(page, mode, `typed-${mode}`, plan));
  }
  const [plain, queue, loaded] = sessions;
  if (!plain || !queue || !loaded) throw new Error('a typing session is missing');
  return figures(plain, queue, loaded);
}

export const keystrokeDurability: Benchmark = {
  name: 'keystroke-durability',
  description: `${KEYSTROKES} keystrokes typed (Playwright key events into a <textarea>) ${MIN_INTERVAL_MS}–${MAX_INTERVAL_MS} ms apart, each input event stored through SaveQueue.save('note:…', note, saveNote, 0) as the note editor does: ms until a write holding it has committed (IDB transaction complete); baseline: a plain IndexedDB put (idb) of the plain note per input event. "+ search text": the conversation's search text also rewritten through the queue at every keystroke (delay 0, harsher than the app's 300 ms debounce)`,
  needsChromium: true,
  async run(context) {
    await context.appBuild();
    const server = await startServer({ copyBuild: true });
    try {
      context.log('building the benchmark page…');
      await buildBenchPage(context.root, 'keystroke-bench.html', join(server.staticDir, BENCH_PATH));
      const browser = await openBrowserPage(context.log);
      try {
        await browser.page.goto(`${server.url}/${BENCH_PATH}/keystroke-bench.html`);
        await browser.page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
        await browser.page.evaluate(async (setUp) => {
          if (!window.keystrokeBench) throw new Error('the benchmark page did not load');
          await window.keystrokeBench.setUp(setUp);
        }, SET_UP);
        return await typeAll(browser.page, context);
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  },
};
