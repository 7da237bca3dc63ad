// The LISTEN side of the `veza_auth_changed` channel (migration *_auth_change_notify): one dedicated connection per
// process, outside the pool, told at commit whenever sessions, tokens, users, profiles or teams change.
import pg from 'pg';

export const AUTH_CHANGED_CHANNEL = 'veza_auth_changed';

export type AuthChangeListener = { close(): Promise<void> };

/** The tables authentication reads (the migration's triggers notify on them). */
const AUTH_TABLES = /\b(?:sessions|api_tokens|users|user_profiles|permission_profiles|teams|team_members)\b/i;
const localWriters = new Set<() => void>();

/**
 * This process's own writes to those tables, told synchronously when the statement (or its transaction's COMMIT) has
 * completed — before any later request of this process can start — so that here no NOTIFY delivery time is left.
 * The audited pool (audit-context.ts) calls `noteWrite`; the viewer cache subscribes with `onLocalAuthWrite`.
 */
export function onLocalAuthWrite(listener: () => void): () => void {
  localWriters.add(listener);
  return () => localWriters.delete(listener);
}

export function writesAuthTables(text: string): boolean {
  return AUTH_TABLES.test(text);
}

export function announceLocalAuthWrite(): void {
  for (const listener of localWriters) listener();
}

/**
 * Resolves once `LISTEN` is in place (changes committed from then on reach `onChange`). `onLost` is called once when
 * the connection fails or ends for any reason other than `close()`: from then on changes may be missed.
 */
export async function listenForAuthChanges(
  databaseUrl: string,
  onChange: (table: string) => void,
  onLost: (error: Error) => void,
): Promise<AuthChangeListener> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'veza-auth-changes' });
  let closing = false;
  let lost = false;
  const lose = (error: Error) => {
    if (closing || lost) return;
    lost = true;
    onLost(error);
  };
  client.on('notification', (message) => {
    if (message.channel === AUTH_CHANGED_CHANNEL) onChange(message.payload ?? '');
  });
  client.on('error', lose);
  client.on('end', () => lose(new Error('connection ended')));
  try {
    await client.connect();
    await client.query(`LISTEN ${AUTH_CHANGED_CHANNEL}`);
  } catch (error) {
    closing = true;
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    close: async () => {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}
