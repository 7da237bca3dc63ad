// One page of e-mail messages, newest first (keyset on created_at, id): the E-mails tabs of a client and of an
// opportunity share the cursor rules and the node mapping; each passes how to read its page and count.
import { decodeCreatedAtCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import { toEmailMessageNode } from './mail-send.service.ts';
import type { EmailMessageRow } from './mail.repository.ts';

export type EmailMessageSource = {
  page: (limit: number, after: [string, string] | null) => Promise<EmailMessageRow[]>;
  count: () => Promise<number>;
};

/** `source` null: a record the viewer may not read — an empty page, counted 0. A forged cursor is BAD_USER_INPUT. */
export async function emailMessagePage(
  args: { first?: number | null; after?: string | null },
  source: EmailMessageSource | null,
) {
  const first = pageSize(args.first);
  const after = decodeCreatedAtCursor(args.after);
  const rows = source ? await source.page(first + 1, after) : [];
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.createdAt.toISOString(), r.id],
    toEmailMessageNode,
    () => (source ? source.count() : Promise.resolve(0)),
  );
}
