// A lean GraphQL-over-HTTP client for the benchmark: keep-alive connections through node:http (less client-side
// overhead than fetch), the response parsed like any client would, GraphQL errors turned into exceptions.
import http from 'node:http';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: unknown,
  ) {
    super(message);
  }
}

export type GraphQLClient = {
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Subsequent requests send `Authorization: Bearer <token>`. */
  setToken(token: string): void;
  close(): void;
};

export function graphqlClient(baseUrl: string, maxSockets = 32): GraphQLClient {
  const url = new URL('/graphql', baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  let authorization: string | undefined;
  let cookie: string | undefined;

  function post(body: string): Promise<{ status: number; text: string; setCookie: string[] }> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      };
      if (authorization) headers.authorization = authorization;
      else if (cookie) headers.cookie = cookie;
      const req = http.request(url, { method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  return {
    async request<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const res = await post(JSON.stringify({ query, variables }));
      const session = res.setCookie.find((c) => c.startsWith('veza_session='));
      if (session) cookie = session.split(';')[0];
      let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(res.text);
      } catch {
        throw new GraphQLRequestError(`HTTP ${res.status}: ${res.text.slice(0, 200)}`, res.status, null);
      }
      if (body.errors?.length || res.status !== 200 || !body.data) {
        const first = body.errors?.[0];
        const code = first?.extensions?.code ? ` (${first.extensions.code})` : '';
        throw new GraphQLRequestError(`${first?.message ?? `HTTP ${res.status}`}${code}`, res.status, body.errors);
      }
      return body.data;
    },
    setToken(token: string) {
      authorization = `Bearer ${token}`;
    },
    close() {
      agent.destroy();
    },
  };
}
