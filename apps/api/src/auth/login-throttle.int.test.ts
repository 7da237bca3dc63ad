// The login throttle over real HTTP from two source addresses (127.0.0.2 plays the attacker): wrong passwords from
// one address slow that address down for the account, but do not lock the account's owner out elsewhere.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../test/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    throttle: {
      ip: { limit: 1_000, windowMs: 60_000 },
      pair: { freeFailures: 5, baseDelayMs: 60_000, maxDelayMs: 15 * 60_000 },
      account: { limit: 200, windowMs: 60_000 },
    },
  });
});
afterAll(() => api.close());

const LOGIN = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ via } }`;

/** POST /graphql from a chosen local source address (any 127.x.y.z reaches the loopback listener on Linux). */
function loginFrom(localAddress: string, email: string, password: string): Promise<string | undefined> {
  const url = new URL(`${api.url}/graphql`);
  const body = JSON.stringify({ query: LOGIN, variables: { e: email, p: password } });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: '/graphql',
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
          resolve(json.errors?.[0]?.extensions?.code);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('login throttle per account and source address', () => {
  it('delays the guessing address but lets the administrator log in from another', async () => {
    const admin = await api.createUser('administrator');
    const codes = [];
    for (let i = 0; i < 15; i++) codes.push(await loginFrom('127.0.0.2', admin.email, `guess-${i}`));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(10).fill('TOO_MANY_REQUESTS'));
    // Even the right password waits out the delay at the attacker's address…
    expect(await loginFrom('127.0.0.2', admin.email, admin.password)).toBe('TOO_MANY_REQUESTS');
    // …while the owner, elsewhere, is not locked out.
    expect(await loginFrom('127.0.0.1', admin.email, admin.password)).toBeUndefined();
    expect(errorCode(await api.gql(LOGIN, { e: admin.email, p: admin.password }))).toBeUndefined();
  });
});
