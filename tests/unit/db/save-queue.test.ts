import { afterEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { SaveQueue } from '../../../src/db/save-queue';

const fastRetry = { retry: { baseMs: 5, capMs: 20 }, random: () => 0.5 };
const dbs: BuurtgesprekDatabase[] = [];

async function freshDatabase(): Promise<BuurtgesprekDatabase> {
  const db = new BuurtgesprekDatabase(`save-queue-${dbs.length}`);
  dbs.push(db);
  await db.open();
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  // Polls (a bound, not a synchronisation): generous, so a busy machine cannot fail it.
  for (let i = 0; i < 2_000 && !(await condition()); i++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  expect(await condition()).toBe(true);
}

describe('SaveQueue', () => {
  it('stores the value and forgets it once it is durable', async () => {
    const db = await freshDatabase();
    const queue = new SaveQueue(fastRetry);
    queue.save('language', 'en', (value) => db.settings.put({ key: 'language', value }).then(() => {}));
    expect(queue.pending('language')).toBe('en');
    await queue.flush();
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    expect(queue.pending('language')).toBeUndefined();
    expect(queue.state).toEqual({ unsaved: 0, problem: null });
  });

  it('keeps what was typed in memory while the device is full, says why, and saves it once there is room', async () => {
    const db = await freshDatabase();
    const queue = new SaveQueue(fastRetry);
    let full = true;
    const states: (string | null)[] = [];
    queue.subscribe((state) => states.push(state.problem));
    const write = async (value: string) => {
      if (full) throw quotaError();
      await db.settings.put({ key: 'draft', value });
    };

    queue.save('draft', 'Mevrouw vertelde over de buurtkamer', write);
    await until(() => queue.state.problem === 'quota');
    expect(queue.pending('draft')).toBe('Mevrouw vertelde over de buurtkamer');
    expect(queue.state.unsaved).toBe(1);

    queue.save('draft', 'Mevrouw vertelde over de buurtkamer en haar buren', write);
    full = false;
    await until(async () => (await db.settings.get('draft')) !== undefined);
    await until(() => queue.state.unsaved === 0);
    expect((await db.settings.get('draft'))?.value).toBe('Mevrouw vertelde over de buurtkamer en haar buren');
    expect(queue.state.problem).toBeNull();
    expect(states).toContain('quota');
  });

  it('lands the newest value last when writes overlap', async () => {
    const db = await freshDatabase();
    const queue = new SaveQueue(fastRetry);
    // The first write is held until the second value is queued, so a naive queue would let it
    // land after the second. Gates, not sleeps: the overlap happens on every run.
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      firstStarted = resolve;
    });
    let releaseFirst!: () => void;
    const released = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const slowWrite = async (value: string) => {
      if (value === 'eerste') {
        firstStarted();
        await released;
      }
      await db.settings.put({ key: 'draft', value });
    };
    queue.save('draft', 'eerste', slowWrite);
    await started;
    queue.save('draft', 'tweede', slowWrite);
    releaseFirst();
    await until(() => queue.state.unsaved === 0);
    expect((await db.settings.get('draft'))?.value).toBe('tweede');
  });

  it('waits for the debounce unless flushed, as when the page is hidden', async () => {
    const db = await freshDatabase();
    const queue = new SaveQueue(fastRetry);
    queue.save('draft', 'tekst', (value) => db.settings.put({ key: 'draft', value }).then(() => {}), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.settings.get('draft')).toBeUndefined();
    await queue.flush();
    expect((await db.settings.get('draft'))?.value).toBe('tekst');
  });

  it('reports a closed database as blocked and recovers when it is reopened', async () => {
    const db = await freshDatabase();
    const queue = new SaveQueue(fastRetry);
    db.close();
    queue.save('draft', 'x', (value) => db.settings.put({ key: 'draft', value }).then(() => {}));
    await until(() => queue.state.problem === 'blocked');
    await db.open();
    await until(() => queue.state.unsaved === 0);
    expect((await db.settings.get('draft'))?.value).toBe('x');
  });

  it('lets a discard wait for a write already under way, so an erase can come after it', async () => {
    const queue = new SaveQueue(fastRetry);
    let release: () => void = () => {};
    let landed = false;
    queue.save('note:n1', 'tekst', async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      landed = true;
    });
    const flushing = queue.flush();
    let discarded = false;
    const discarding = queue
      .discard((key) => key === 'note:n1')
      .then(() => {
        discarded = true;
      });
    // Dropped at once: nothing waits for it any more, and it is never retried.
    expect(queue.holds((key) => key === 'note:n1')).toBe(false);
    expect(queue.state.unsaved).toBe(0);
    await Promise.resolve();
    expect(discarded).toBe(false);
    release();
    await discarding;
    expect(landed).toBe(true);
    await flushing;
  });
});
