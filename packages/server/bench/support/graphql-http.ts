import http from 'node:http';

/**
 * Kept-alive connections for every caller of one process. Node's fetch costs the load generator
 * about three times the CPU of a plain request per call, on the two cores it shares with the
 * server it measures; `http.request` on a keep-alive agent is the lighter client.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** A minimal GraphQL-over-HTTP caller for the benchmarks and the simulator. */
export class GraphqlHttp {
  constructor(
    private readonly url: string,
    private readonly token: string | null = null,
  ) {}

  withToken(token: string): GraphqlHttp {
    return new GraphqlHttp(this.url, token);
  }

  /** The data of one operation; throws with the first error's code and message. */
  async request<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const body = await this.post(JSON.stringify({ query, variables }));
    const answer = JSON.parse(body) as {
      data?: Data;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (answer.errors?.length) {
      const [first] = answer.errors;
      throw new Error(`${first!.extensions?.code ?? 'ERROR'}: ${first!.message}`);
    }
    return answer.data!;
  }

  async login(username: string, password: string): Promise<string> {
    const data = await this.request<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return data.login.token;
  }

  private post(body: string): Promise<string> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    return new Promise((resolveBody, reject) => {
      const request = http.request(`${this.url}/graphql`, { method: 'POST', agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  }
}
