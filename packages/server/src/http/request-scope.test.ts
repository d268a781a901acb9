import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { expectEventually } from '../../test/support/eventually.js';

describe('request ids in the structured logs', () => {
  const lines: Record<string, unknown>[] = [];
  let test: TestApp;

  beforeAll(async () => {
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    test = await startTestApp({}, undefined, logger);
  });
  afterAll(async () => {
    await test.close();
  });

  const post = async (headers: Record<string, string> = {}): Promise<Response> =>
    await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('gives every request an id, sends it back and logs the request under it', async () => {
    const response = await post();
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await expectEventually(() => {
      expect(lines).toContainEqual(
        expect.objectContaining({ requestId, method: 'POST', path: '/graphql', status: 200, msg: 'request' }),
      );
    });
  });

  it('keeps the id a proxy in front gave, and replaces one that does not look like an id', async () => {
    expect((await post({ 'x-request-id': 'nginx-7f3a9c21' })).headers.get('x-request-id')).toBe(
      'nginx-7f3a9c21',
    );
    const replaced = (await post({ 'x-request-id': 'no spaces {allowed}' })).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a WebSocket opening and closing under one connection id', async () => {
    const client = test.webSocketClient();
    await new Promise<void>((resolveDone, reject) => {
      client.subscribe(
        { query: '{ __typename }' },
        { next: () => undefined, error: reject, complete: resolveDone },
      );
    });
    await client.dispose();
    await expectEventually(() => {
      const opened = lines.find((line) => line.msg === 'WebSocket opened');
      expect(opened?.connectionId).toEqual(expect.any(String));
      expect(lines).toContainEqual(
        expect.objectContaining({ msg: 'WebSocket closed', connectionId: opened!.connectionId }),
      );
    });
  });
});
