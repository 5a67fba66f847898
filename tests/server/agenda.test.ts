import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuid';
import {
  AGENDA_LIMITS,
  type Agenda,
  type AgendaConflict,
  type AgendaQuestion,
  type StoredAgenda,
} from '../../src/domain/wire/agenda';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  deviceToken,
  json,
  login,
  migrated,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

// Stand for what an agenda says (it can repeat residents' words): they must never reach the logs.
const QUESTION_MARKER = 'AGENDA-QUESTION-9c41-wat-zei-mevrouw';
const PARTICIPATION_MARKER = 'AGENDA-PARTICIPATION-2d7e-uw-inbreng';
const targets = await databaseTargets();

function question(text: string, valueId: AgendaQuestion['valueId'] = null): AgendaQuestion {
  return { id: uuidv7(), valueId, text };
}

function agenda(overrides: Partial<Agenda> = {}): Agenda {
  return {
    questions: [
      question('Waar merkte u dat u zelf mocht kiezen?', 'autonomie'),
      question('Wie helpt er in de buurt?', 'solidariteit'),
      question('Wat wilt u nog kwijt?'),
    ],
    participation: 'Uw zorgen over de portiekverlichting zijn doorgegeven aan het stadsdeel.',
    ...overrides,
  };
}

function agendaUrl(baseUrl: string, areaId: string, query = 'year=2026'): string {
  return `${baseUrl}/api/areas/${areaId}/agenda?${query}`;
}

function getAgenda(baseUrl: string, token: string | undefined, areaId: string, query?: string) {
  return fetch(agendaUrl(baseUrl, areaId, query), {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
}

function putAgenda(
  baseUrl: string,
  token: string | undefined,
  areaId: string,
  body: unknown,
  query?: string,
): Promise<Response> {
  return fetch(agendaUrl(baseUrl, areaId, query), {
    method: 'PUT',
    headers: token === undefined ? json : { ...json, authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return ((await response.json()) as ApiErrorBody).error;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`GET and PUT /api/areas/:areaId/agenda (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    /** Two members of the Gaasperdam team, each signed in on their own device. */
    let anna: string;
    let bram: string;
    let driemond: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'anna');
      await createReaderAccount(db, AREAS.gaasperdam.id, 'bram');
      await createReaderAccount(db, AREAS.driemond.id, 'team-driemond');
      // The most verbose level: no agenda text may reach the logs even there.
      server = await startTestServer({ db, logLevel: 'trace', env: { SIGN_IN_RATE_LIMIT: '1000' } });
      anna = await login(server.url, 'anna');
      bram = await login(server.url, 'bram');
      driemond = await login(server.url, 'team-driemond');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    /** Saves and expects 200; answers what was stored. */
    const save = async (token: string, body: unknown, query?: string): Promise<StoredAgenda> => {
      const response = await putAgenda(server.url, token, 'gaasperdam', body, query);
      expect(response.status).toBe(200);
      return (await response.json()) as StoredAgenda;
    };

    it('answers 404 before the first save', async () => {
      const response = await getAgenda(server.url, anna, 'gaasperdam');
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toEqual({
        code: 'not_found',
        message: 'No agenda was saved for this year yet',
      });
    });

    it('stores an agenda and gives it back as saved, counting versions from 1', async () => {
      const first = agenda({
        questions: [
          question(`Wat betekent betrokkenheid voor u? ${QUESTION_MARKER}`, 'betrokkenheid'),
          question('Algemene vraag\nover twee regels', null),
        ],
        participation: `Wat er met uw inbreng is gedaan. ${PARTICIPATION_MARKER}`,
      });
      const stored = await save(anna, { agenda: first, baseVersion: null });
      expect(stored.version).toBe(1);
      expect(new Date(stored.updatedAt).toISOString()).toBe(stored.updatedAt);
      // Same order of questions and of fields as sent.
      expect(JSON.stringify(stored.agenda)).toBe(JSON.stringify(first));

      const read = await getAgenda(server.url, bram, 'gaasperdam');
      expect(read.status).toBe(200);
      expect(read.headers.get('cache-control')).toBe('no-store');
      expect(await read.json()).toEqual(stored);

      const second = agenda({ questions: [...first.questions].reverse(), participation: '' });
      const saved = await save(bram, { agenda: second, baseVersion: 1 });
      expect(saved.version).toBe(2);
      expect(JSON.stringify(saved.agenda)).toBe(JSON.stringify(second));
      expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(Date.parse(stored.updatedAt));
      expect(await (await getAgenda(server.url, anna, 'gaasperdam')).json()).toEqual(saved);
    });

    it('keeps one agenda per area and year', async () => {
      const year2027 = agenda({ participation: '2027' });
      expect((await save(anna, { agenda: year2027, baseVersion: null }, 'year=2027')).version).toBe(1);
      const response = await putAgenda(server.url, driemond, 'driemond', {
        agenda: agenda({ participation: 'Driemond' }),
        baseVersion: null,
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as StoredAgenda).version).toBe(1);
      const stored = (await (
        await getAgenda(server.url, anna, 'gaasperdam', 'year=2027')
      ).json()) as StoredAgenda;
      expect(stored.agenda).toEqual(year2027);
      expect((await getAgenda(server.url, anna, 'gaasperdam', 'year=2028')).status).toBe(404);
    });

    it('refuses a save from a stale version with 409 and the current agenda, changing nothing', async () => {
      const base = await save(anna, { agenda: agenda(), baseVersion: null }, 'year=2030');
      const annas = await save(
        anna,
        { agenda: agenda({ participation: 'Anna' }), baseVersion: base.version },
        'year=2030',
      );
      for (const baseVersion of [base.version, null, annas.version + 1]) {
        const response = await putAgenda(
          server.url,
          bram,
          'gaasperdam',
          { agenda: agenda({ participation: 'Bram' }), baseVersion },
          'year=2030',
        );
        expect(response.status).toBe(409);
        expect((await response.json()) as AgendaConflict).toEqual({
          error: {
            code: 'agenda_conflict',
            message: 'The agenda was changed since this version: merge with the current one and save again',
          },
          current: annas,
        });
      }
      expect(await (await getAgenda(server.url, bram, 'gaasperdam', 'year=2030')).json()).toEqual(annas);
    });

    it('answers 409 with current null for a version when nothing is stored', async () => {
      const response = await putAgenda(
        server.url,
        bram,
        'gaasperdam',
        { agenda: agenda(), baseVersion: 3 },
        'year=2031',
      );
      expect(response.status).toBe(409);
      expect(((await response.json()) as AgendaConflict).current).toBeNull();
      expect((await getAgenda(server.url, bram, 'gaasperdam', 'year=2031')).status).toBe(404);
    });

    it.each([
      ['the first save', null],
      ['a later save', 1],
    ] as const)('lets exactly one of several concurrent saves win (%s)', async (_, baseVersion) => {
      const year = baseVersion === null ? 'year=2040' : 'year=2041';
      if (baseVersion !== null) await save(anna, { agenda: agenda(), baseVersion: null }, year);
      const attempts = Array.from({ length: 8 }, (_, i) => agenda({ participation: `poging ${i}` }));
      const responses = await Promise.all(
        attempts.map((attempt, i) =>
          putAgenda(
            server.url,
            i % 2 === 0 ? anna : bram,
            'gaasperdam',
            { agenda: attempt, baseVersion },
            year,
          ),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(attempts.length - 1);
      const winner = (await responses[statuses.indexOf(200)]?.json()) as StoredAgenda;
      expect(winner.version).toBe((baseVersion ?? 0) + 1);
      for (const response of responses.filter((r) => r.status === 409)) {
        expect(((await response.json()) as AgendaConflict).current).toEqual(winner);
      }
      expect(await (await getAgenda(server.url, anna, 'gaasperdam', year)).json()).toEqual(winner);
    });

    it("refuses another area's team with 403, before reading the body", async () => {
      const read = await getAgenda(server.url, driemond, 'gaasperdam');
      expect(read.status).toBe(403);
      expect(await errorOf(read)).toEqual({
        code: 'forbidden',
        message: 'This account may not use this area',
      });
      const write = await putAgenda(server.url, driemond, 'gaasperdam', 'not even json');
      expect(write.status).toBe(403);
      expect(
        (await putAgenda(server.url, anna, 'driemond', { agenda: agenda(), baseVersion: null })).status,
      ).toBe(403);
      expect(
        (await (await getAgenda(server.url, driemond, 'driemond')).json()) as StoredAgenda,
      ).toMatchObject({
        version: 1,
        agenda: { participation: 'Driemond' },
      });
    });

    it('refuses a device token with 403', async () => {
      const device = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      expect((await getAgenda(server.url, device, 'gaasperdam')).status).toBe(403);
      expect(
        (await putAgenda(server.url, device, 'gaasperdam', { agenda: agenda(), baseVersion: null })).status,
      ).toBe(403);
    });

    it('needs a session: none or an unknown one is 401', async () => {
      for (const token of [undefined, 'bgr_unknown']) {
        for (const response of [
          await getAgenda(server.url, token, 'gaasperdam'),
          await putAgenda(server.url, token, 'gaasperdam', { agenda: agenda(), baseVersion: null }),
        ]) {
          expect(response.status).toBe(401);
          expect(response.headers.get('www-authenticate')).toBe('Bearer');
        }
      }
    });

    it.each(['', 'year=abc', 'year=1999', 'year=2101'])('refuses the query "%s" with 400', async (query) => {
      for (const response of [
        await getAgenda(server.url, anna, 'gaasperdam', query),
        await putAgenda(server.url, anna, 'gaasperdam', { agenda: agenda(), baseVersion: null }, query),
      ]) {
        expect(response.status).toBe(400);
        expect((await errorOf(response)).fields?.[0]?.path).toMatch(/^querystring/);
      }
    });

    const tooMany = Array.from({ length: AGENDA_LIMITS.questions + 1 }, () => question('Vraag?'));
    const repeated = question('Twee keer dezelfde id');
    it.each<[string, unknown, { path: string; message: string }[]]>([
      [
        'too many questions',
        { agenda: agenda({ questions: tooMany }), baseVersion: null },
        [{ path: 'body/agenda/questions', message: 'must have at most 100 questions' }],
      ],
      [
        'a question that is too long',
        { agenda: agenda({ questions: [question('x'.repeat(501))] }), baseVersion: null },
        [{ path: 'body/agenda/questions/0/text', message: 'must be at most 500 characters' }],
      ],
      [
        'an empty question',
        { agenda: agenda({ questions: [question('  ')] }), baseVersion: null },
        [{ path: 'body/agenda/questions/0/text', message: 'must not be empty' }],
      ],
      [
        'a question with control characters',
        { agenda: agenda({ questions: [question('bel\u0007')] }), baseVersion: null },
        [
          {
            path: 'body/agenda/questions/0/text',
            message: 'must not contain control characters or broken Unicode',
          },
        ],
      ],
      [
        'an unknown value',
        {
          agenda: { questions: [{ ...question('Vraag?'), valueId: 'vrijheid' }], participation: '' },
          baseVersion: null,
        },
        [
          {
            path: 'body/agenda/questions/0/valueId',
            message:
              'must be null or one of autonomie, betrokkenheid, compassie, gelijkwaardigheid, solidariteit, zelfbeschikking',
          },
        ],
      ],
      [
        'a question id that is no UUID, and one without a value field',
        {
          agenda: {
            questions: [
              { ...question('Vraag?'), id: 'vraag-1' },
              { id: uuidv7(), text: 'Vraag?' },
            ],
            participation: '',
          },
          baseVersion: null,
        },
        [
          { path: 'body/agenda/questions/0/id', message: 'must be a UUID in lowercase' },
          { path: 'body/agenda/questions/1/valueId', message: 'is required' },
        ],
      ],
      [
        'the same question id twice',
        { agenda: agenda({ questions: [repeated, repeated] }), baseVersion: null },
        [{ path: 'body/agenda/questions', message: 'must not use the same question id twice' }],
      ],
      [
        'a participation paragraph that is too long',
        { agenda: agenda({ participation: 'x'.repeat(5001) }), baseVersion: null },
        [{ path: 'body/agenda/participation', message: 'must be at most 5000 characters' }],
      ],
      [
        'extra fields at every level',
        {
          agenda: {
            ...agenda({ questions: [{ ...question('Vraag?'), note: 'Jan' } as AgendaQuestion] }),
            residents: ['Jan'],
          },
          baseVersion: null,
          author: 'anna',
        },
        [
          { path: 'body/agenda/questions/0/note', message: 'is not an allowed field' },
          { path: 'body/agenda/residents', message: 'is not an allowed field' },
          { path: 'body/author', message: 'is not an allowed field' },
        ],
      ],
      ['no base version', { agenda: agenda() }, [{ path: 'body/baseVersion', message: 'is required' }]],
      [
        'a base version that is no version',
        { agenda: agenda(), baseVersion: 0 },
        [{ path: 'body/baseVersion', message: 'must be null or 1 or more' }],
      ],
      [
        'a base version as text',
        { agenda: agenda(), baseVersion: '1' },
        [{ path: 'body/baseVersion', message: 'must be null or a number' }],
      ],
      ['a list instead of an object', [agenda()], [{ path: '', message: 'must be an object' }]],
      [
        'a list instead of a question',
        { agenda: agenda({ questions: [['Vraag?'] as unknown as AgendaQuestion] }), baseVersion: null },
        [{ path: 'body/agenda/questions/0', message: 'must be an object' }],
      ],
      [
        'a text instead of an agenda',
        { agenda: 'Vraag?', baseVersion: null },
        [{ path: 'body/agenda', message: 'must be an object' }],
      ],
    ])('refuses %s with 400 and the field paths, storing nothing', async (_, body, fields) => {
      const response = await putAgenda(server.url, anna, 'gaasperdam', body, 'year=2050');
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({
        code: 'invalid_request',
        message: 'The request has invalid fields',
        fields: fields.map((field) => ({ ...field, path: field.path === '' ? 'body' : field.path })),
      });
      expect((await getAgenda(server.url, anna, 'gaasperdam', 'year=2050')).status).toBe(404);
    });

    it('refuses a body that is not JSON, or not sent as JSON', async () => {
      const response = await putAgenda(server.url, anna, 'gaasperdam', `{"agenda": "${QUESTION_MARKER}`);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('invalid_json');
      const csv = await fetch(agendaUrl(server.url, 'gaasperdam'), {
        method: 'PUT',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${anna}` },
        body: QUESTION_MARKER,
      });
      expect(csv.status).toBe(415);
      expect((await errorOf(csv)).code).toBe('unsupported_media_type');
    });

    it('accepts the largest valid agenda, and refuses a larger body with 413', async () => {
      // Three UTF-8 bytes for every character: the most a valid agenda can weigh.
      const largest = agenda({
        questions: Array.from({ length: AGENDA_LIMITS.questions }, () =>
          question('€'.repeat(AGENDA_LIMITS.questionLength), 'compassie'),
        ),
        participation: '€'.repeat(AGENDA_LIMITS.participationLength),
      });
      const stored = await save(anna, { agenda: largest, baseVersion: null }, 'year=2060');
      expect(stored.agenda).toEqual(largest);

      const response = await putAgenda(
        server.url,
        anna,
        'gaasperdam',
        { agenda: agenda(), baseVersion: null, padding: 'x'.repeat(AGENDA_LIMITS.bodyBytes) },
        'year=2061',
      );
      expect(response.status).toBe(413);
      expect(await errorOf(response)).toEqual({
        code: 'payload_too_large',
        message: 'The request body is larger than 2 MiB',
      });
    });

    it('limits saves per session with 429, leaving other sessions alone', async () => {
      const limited = await startTestServer({ db, env: { AGENDA_RATE_LIMIT: '3' } });
      try {
        const put = (token: string, baseVersion: number | null) =>
          putAgenda(limited.url, token, 'gaasperdam', { agenda: agenda(), baseVersion }, 'year=2070');
        for (let version = 0; version < 3; version++) {
          expect((await put(anna, version === 0 ? null : version)).status).toBe(200);
        }
        const refused = await put(anna, 3);
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
        expect((await errorOf(refused)).code).toBe('too_many_requests');
        expect((await put(bram, 3)).status).toBe(200);
        // Reading is not limited.
        expect((await getAgenda(limited.url, anna, 'gaasperdam', 'year=2070')).status).toBe(200);
      } finally {
        await limited.close();
      }
    });

    it('never logs agenda text or tokens', () => {
      const logs = server.logs.join('\n');
      expect(logs).toContain('/api/areas/gaasperdam/agenda');
      for (const secret of [
        QUESTION_MARKER,
        PARTICIPATION_MARKER,
        'portiekverlichting',
        anna,
        bram,
        driemond,
      ]) {
        expect(logs).not.toContain(secret);
      }
    });
  });
}
