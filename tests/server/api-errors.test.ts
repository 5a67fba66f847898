import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { HttpError } from '../../src/server/http/api-error';
import { CONTENT_SECURITY_POLICY } from '../../src/server/http/headers';
import { databaseTargets, type TestStorage } from './support/databases';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as ApiErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  return body.error;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`API errors (${target.kind})`, () => {
    let storage: TestStorage;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      server = await startTestServer({
        db: await storage.open(),
        configure(app) {
          // Stand-ins for the routes later issues add.
          app.post('/api/test/echo', async (request) => ({ received: request.body }));
          app.post(
            '/api/test/validated',
            {
              schema: { body: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
            },
            async () => ({ ok: true }),
          );
          app.get('/api/test/conflict', async () => {
            throw new HttpError(409, 'revision_conflict', 'A newer revision exists', [
              { path: 'body/revision', message: 'is older than the stored revision' },
            ]);
          });
          app.get('/api/test/bug', async () => {
            throw new Error('internal detail that must stay on the server');
          });
        },
      });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('answers an unknown API route with a JSON 404', async () => {
      const response = await fetch(`${server.url}/api/nope?x=1`);
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toEqual({ code: 'not_found', message: 'No API route GET /api/nope' });
    });

    it('answers an unknown method on an API route with a JSON 404', async () => {
      const response = await fetch(`${server.url}/api/health`, { method: 'DELETE' });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    });

    it('answers a body over 1 MiB with 413 in the error shape', async () => {
      const response = await fetch(`${server.url}/api/test/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x'.repeat(1024 * 1024) }),
      });
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe('payload_too_large');
    });

    it('accepts a body just under the limit', async () => {
      const text = 'x'.repeat(1000 * 1024);
      const response = await fetch(`${server.url}/api/test/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      expect(response.status).toBe(200);
    });

    it('answers invalid JSON with 400 without quoting the body back', async () => {
      const response = await fetch(`${server.url}/api/test/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"note": "half',
      });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({
        code: 'invalid_json',
        message: 'The request body is not valid JSON',
      });
    });

    it('answers an unsupported content type with 415', async () => {
      const response = await fetch(`${server.url}/api/test/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=1',
      });
      expect(response.status).toBe(415);
      expect((await errorOf(response)).code).toBe('unsupported_media_type');
    });

    it.each([
      [{}, "must have required property 'id'"],
      [{ id: { nested: true } }, 'must be string'],
    ])('lists the invalid fields of a schema-validated body: %j', async (body, message) => {
      const response = await fetch(`${server.url}/api/test/validated`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({
        code: 'invalid_request',
        message: 'The request has invalid fields',
        fields: [{ path: 'body/id', message }],
      });
    });

    it('sends an HttpError thrown by a route as is', async () => {
      const response = await fetch(`${server.url}/api/test/conflict`);
      expect(response.status).toBe(409);
      expect(await errorOf(response)).toEqual({
        code: 'revision_conflict',
        message: 'A newer revision exists',
        fields: [{ path: 'body/revision', message: 'is older than the stored revision' }],
      });
    });

    it('hides the details of an unexpected error from the client but logs it', async () => {
      const response = await fetch(`${server.url}/api/test/bug`);
      expect(response.status).toBe(500);
      expect(await errorOf(response)).toEqual({
        code: 'internal_error',
        message: 'Something went wrong on the server',
      });
      expect(server.logs.join('')).toContain('internal detail that must stay on the server');
    });

    it('sends the security headers on API errors too', async () => {
      const response = await fetch(`${server.url}/api/nope`);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    });
  });
}
