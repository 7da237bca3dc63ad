// Workload 5: a simple authenticated query (who am I, with my permissions) from 16 concurrent clients.
import type { ThroughputWorkload } from './types.ts';

const ME = `query BenchMe { me { user { id name } permissions via } }`;

/** The token lookup the API does per request, with the user and the union of their profiles' permissions. */
const ME_SQL = `SELECT u.id, u.name, ARRAY(SELECT DISTINCT unnest(p.permissions) FROM user_profiles up
    JOIN permission_profiles p ON p.id = up.profile_id WHERE up.user_id = u.id) AS permissions
  FROM api_tokens t JOIN users u ON u.id = t.user_id
  WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.active`;

export const CONCURRENCY = 16;

export function meWorkload(tokenHash: string): ThroughputWorkload {
  return {
    id: 'me-throughput',
    label: '5 `me` (authenticated by API token)',
    graphql: async (client) => {
      const data = await client.request<{ me: { user: { id: string }; permissions: string[] } | null }>(ME);
      if (!data.me?.user?.id || !data.me.permissions.length) throw new Error('me returned no user or no permissions');
      return data;
    },
    sql: async (pool) => {
      const { rows } = await pool.query(ME_SQL, [tokenHash]);
      if (rows.length !== 1) throw new Error(`the token lookup returned ${rows.length} rows`);
      return rows[0];
    },
  };
}
