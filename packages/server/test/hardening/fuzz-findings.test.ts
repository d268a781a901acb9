import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeOverWebSocket, startTestApp, testAdminPassword, type TestApp } from '../support/test-app.js';

// What the fuzz test found, one case each, so a regression names itself: each of these was an
// HTTP 500 or an INTERNAL error before it was mended.

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ production: true });
});
afterAll(async () => {
  await testApp?.close();
});

async function post(
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${testApp.url}/graphql`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}

const refused = { errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT' } }] };

describe('hostile input the fuzz test found', () => {
  it.each([
    ['a gzip header on bytes that are not gzip', { 'content-encoding': 'gzip' }],
    ['a deflate header on bytes that are not deflate', { 'content-encoding': 'deflate' }],
    ['a charset nobody decodes', { 'content-type': 'application/json; charset=latin1' }],
  ])('%s: 400 BAD_USER_INPUT, not 500', async (_label, headers) => {
    const answer = await post(
      { 'content-type': 'application/json', ...headers },
      '{"query":"{ halls { id } }"}',
    );
    expect(answer).toEqual({ status: 400, body: refused });
  });

  it('a subscription over HTTP: BAD_USER_INPUT before anything runs (they are served over WebSocket)', async () => {
    const result = await testApp.graphql('subscription { boardUpdated(hallId: "x") { seq } }');
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.data).toBeUndefined();
  });

  it('a syntax error over WebSocket: an error message with BAD_USER_INPUT, and the socket stays open', async () => {
    const client = testApp.webSocketClient({});
    const broken = await executeOverWebSocket(client, 'subscription { boardUpdated(hallId: "x") { seq ');
    expect(broken.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const next = await executeOverWebSocket(client, '{ __typename }');
    expect(next).toEqual({ data: { __typename: 'Query' } });
  });

  it('a NUL character in a string argument: BAD_USER_INPUT, over HTTP and WebSocket', async () => {
    const code = `abc\u0000${'d'.repeat(20)}`;
    const login = await testApp.graphql(
      'mutation($username: String!) { login(username: $username, password: "x") { token } }',
      { username: 'adm\u0000in' },
    );
    expect(login.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT' }]);
    const ticket = await testApp.graphql('query($code: String!) { myTicket(accessCode: $code) { id } }', {
      code,
    });
    expect(ticket.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT' }]);

    const client = testApp.webSocketClient({});
    const followed = await executeOverWebSocket(
      client,
      'subscription($code: String!) { myTicketUpdated(accessCode: $code) { id } }',
      { code },
    );
    expect(followed.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT' }]);

    // The connection that carried the NUL is still good for the next request.
    expect(await testApp.login('admin', testAdminPassword)).toMatch(/\S/);
  });
});
