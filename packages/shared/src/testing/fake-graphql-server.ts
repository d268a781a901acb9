/** One request the fake server received. */
export interface RecordedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
}

/** What a handler answers: a GraphQL response body. */
export interface GraphqlResponseBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Answers one operation by name. */
export type OperationHandler = (request: RecordedRequest) => GraphqlResponseBody;

/**
 * A `fetch` that plays the OneStop server over HTTP: each operation is answered by the
 * handler of its name, and every request is recorded so that tests can check the headers.
 */
export function createFakeGraphqlServer(handlers: Record<string, OperationHandler>) {
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables?: Record<string, unknown>;
    };
    const request: RecordedRequest = {
      operationName: body.operationName,
      variables: body.variables ?? {},
      headers: new Headers(init?.headers),
    };
    requests.push(request);
    const handler = handlers[body.operationName];
    const answer: GraphqlResponseBody = handler
      ? handler(request)
      : { errors: [{ message: `No handler for ${body.operationName}`, extensions: { code: 'INTERNAL' } }] };
    return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, requests };
}

/** A GraphQL error response with the given `extensions.code`. */
export function errorResponse(code: string, message = code, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
