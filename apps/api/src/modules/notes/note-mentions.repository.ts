// Database look-ups for note mentions: colleagues whose name starts with a mentioned word and who hold a permission,
// and the client a person's note links to.
import type { Db } from '../../db/prisma.ts';
import { escapeLike } from '../clients/index.ts';

export class NoteMentionsRepository {
  constructor(private readonly db: Db) {}

  /** Active users holding `permission` whose lower-cased name starts with one of `prefixes` (at most 200). */
  candidates(prefixes: string[], permission: string): Promise<{ id: string; name: string }[]> {
    if (!prefixes.length) return Promise.resolve([]);
    const patterns = prefixes.map((p) => `${escapeLike(p)}%`);
    return this.db.$queryRaw<{ id: string; name: string }[]>`
      SELECT u.id::text, u.name FROM users u
      WHERE u.active AND lower(u.name) LIKE ANY(${patterns}::text[])
        AND EXISTS (SELECT 1 FROM user_profiles up JOIN permission_profiles pp ON pp.id = up.profile_id
          WHERE up.user_id = u.id AND ${permission} = ANY(pp.permissions))
      LIMIT 200`;
  }

  /** The person's primary (else first) live client. */
  async personClient(personId: string): Promise<string | null> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      SELECT c.id::text FROM client_persons cp JOIN clients c ON c.id = cp.client_id
      WHERE cp.person_id = ${personId}::uuid AND c.deleted_at IS NULL
      ORDER BY cp.is_primary DESC, c.id LIMIT 1`;
    return rows[0]?.id ?? null;
  }
}
