import { describe, expect, it } from 'vitest';
import { createFakeGraphqlServer, errorResponse } from './index.js';

async function post(fetch: typeof globalThis.fetch, operationName: string, variables?: object) {
  const response = await fetch('http://hall.test/graphql', {
    method: 'POST',
    headers: { Authorization: 'Bearer token-1' },
    body: JSON.stringify({ operationName, variables }),
  });
  return response.json() as Promise<unknown>;
}

describe('createFakeGraphqlServer', () => {
  it('answers each operation with the handler of its name and records the request', async () => {
    const server = createFakeGraphqlServer({
      Hall: ({ variables }) => ({ data: { hall: { id: variables.hallId } } }),
    });
    await expect(post(server.fetch, 'Hall', { hallId: 'hall-1' })).resolves.toEqual({
      data: { hall: { id: 'hall-1' } },
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.operationName).toBe('Hall');
    expect(server.requests[0]?.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('answers an operation without a handler with an INTERNAL error', async () => {
    const server = createFakeGraphqlServer({});
    await expect(post(server.fetch, 'Missing')).resolves.toEqual({
      errors: [{ message: 'No handler for Missing', extensions: { code: 'INTERNAL' } }],
    });
    expect(server.requests[0]?.variables).toEqual({});
  });
});

describe('errorResponse', () => {
  it('puts the code and further extensions into one GraphQL error', () => {
    expect(errorResponse('FORBIDDEN', 'No', { field: 'name' })).toEqual({
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN', field: 'name' } }],
    });
    expect(errorResponse('INTERNAL').errors[0]?.message).toBe('INTERNAL');
  });
});
