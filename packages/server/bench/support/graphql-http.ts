/** A minimal GraphQL-over-HTTP caller for the benchmarks (Node's fetch keeps connections alive). */
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
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Data;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new Error(`${first!.extensions?.code ?? 'ERROR'}: ${first!.message}`);
    }
    return body.data!;
  }

  async login(username: string, password: string): Promise<string> {
    const data = await this.request<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return data.login.token;
  }
}
