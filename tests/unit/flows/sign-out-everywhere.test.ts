import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  queueCoachRecord,
  readCoachAccount,
  storeCoachAccount,
  waitingCoachRecords,
} from '../../../src/db/coach-account';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { readAreaTeamSession, storeAreaTeamSession } from '../../../src/db/values-circle';
import type { CoachRecord } from '../../../src/domain/wire/coach-reviews';
import type { ServerAccess } from '../../../src/flows/server-access';
import { signOutAreaTeamEverywhere, signOutCoachEverywhere } from '../../../src/flows/sign-out-everywhere';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`sign-out-everywhere-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** The server's side of signing out everywhere: offline, or answering with `status`. */
function server(answer: 'offline' | number) {
  const asked: { url: string; headers: Headers }[] = [];
  const access: ServerAccess = {
    isOnline: () => answer !== 'offline',
    client: {
      baseUrl: '',
      fetch: async (url, init) => {
        if (answer === 'offline') throw new TypeError('Failed to fetch');
        asked.push({ url: String(url), headers: new Headers(init?.headers) });
        return new Response(answer === 200 ? JSON.stringify({ sessionsEnded: 3 }) : '{}', { status: answer });
      },
    },
  };
  return { access, asked };
}

const TEAM = {
  token: 'bgr_team',
  username: 'm.vanloon',
  area: { id: 'gaasperdam', name: 'Gaasperdam' },
  expiresAt: '2030-01-01T00:00:00.000Z',
};
const COACH = { id: 'a1', name: 'Ineke', csrfToken: 'csrf-1', expiresAt: '2030-01-01T00:00:00.000Z' };
const RECORD = { id: 'r1' } as CoachRecord;

describe('signing out everywhere from the app', () => {
  it("forgets the area team's session only once the server has ended them all", async () => {
    await storeAreaTeamSession(db, TEAM);
    expect(await signOutAreaTeamEverywhere(db, server('offline').access)).toEqual({
      ok: false,
      problem: 'offline',
    });
    expect(await signOutAreaTeamEverywhere(db, server(500).access)).toEqual({
      ok: false,
      problem: 'server-error',
    });
    // Not ended at the server: still signed in here, so she can try again.
    expect(await readAreaTeamSession(db)).not.toBeNull();

    const { access, asked } = server(200);
    expect(await signOutAreaTeamEverywhere(db, access)).toEqual({ ok: true, value: 3 });
    expect(asked.map((request) => [request.url, request.headers.get('authorization')])).toEqual([
      ['/api/account/logout-everywhere', 'Bearer bgr_team'],
    ]);
    expect(await readAreaTeamSession(db)).toBeNull();
  });

  it("forgets the coach's session once ended, and keeps her waiting records for her next sign-in here", async () => {
    await storeCoachAccount(db, COACH);
    await queueCoachRecord(db, RECORD);
    expect((await signOutCoachEverywhere(db, server('offline').access)).ok).toBe(false);
    expect(await readCoachAccount(db)).toEqual(COACH);

    const { access, asked } = server(200);
    expect(await signOutCoachEverywhere(db, access)).toEqual({ ok: true, value: 3 });
    // The session is the browser's cookie; the CSRF token shows the request is the app's own.
    expect(asked.map((request) => request.headers.get('x-csrf-token'))).toEqual(['csrf-1']);
    expect(await readCoachAccount(db)).toBeNull();
    expect(await waitingCoachRecords(db)).toEqual([RECORD]);
    await storeCoachAccount(db, COACH);
    expect(await waitingCoachRecords(db)).toEqual([RECORD]);
  });
});
