// The installation's SMTP relay settings: read (without secrets) and saved (secrets sealed, optimistic version).
import crypto from 'node:crypto';
import { UpdateMailSettingsInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, parseInput } from '../../graphql/errors.ts';
import { MailRepository, type MailSettingsRow } from './mail.repository.ts';
import { secretBoxFor, type SecretBox } from '../../lib/secret-box.ts';

/** AAD labels: a sealed password cannot be moved into the DKIM column and still open. */
export const PASSWORD_PURPOSE = 'mail_settings.password';
export const DKIM_PURPOSE = 'mail_settings.dkim_key';

export type MailSettingsNode = ReturnType<typeof toMailSettingsNode>;

export function toMailSettingsNode(row: MailSettingsRow | null) {
  return {
    host: row?.host ?? null,
    port: row?.port ?? 587,
    security: row?.security ?? 'STARTTLS',
    username: row?.username ?? null,
    passwordSet: Boolean(row?.passwordEnc),
    fromAddress: row?.fromAddress ?? null,
    fromName: row?.fromName ?? null,
    ratePerSecond: row?.ratePerSecond ?? 10,
    dkimDomain: row?.dkimDomain ?? null,
    dkimSelector: row?.dkimSelector ?? null,
    dkimKeySet: Boolean(row?.dkimKeyEnc),
    allowSelfApproval: row?.allowSelfApproval ?? false,
    tlsCaCert: row?.tlsCaCert ?? null,
    configured: Boolean(row?.host && row.fromAddress),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function mailSettings(ctx: Context) {
  requirePermission(ctx, 'mail.settings');
  return toMailSettingsNode(await new MailRepository(ctx.db).settings());
}

/** undefined/null keeps the stored ciphertext, "" clears it, text replaces it. */
function sealedSecret(box: SecretBox, purpose: string, value: string | null | undefined, stored: string | null) {
  if (value === undefined || value === null) return stored;
  return value === '' ? null : box.seal(purpose, value);
}

/** Each PEM block must be a certificate node can read: a broken one is refused on save, not at the first send. */
function checkedCaCert(pem: string | null): string | null {
  if (!pem) return null;
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  try {
    for (const block of blocks) new crypto.X509Certificate(block);
  } catch {
    throw badInput('input.tlsCaCert', 'mail.validation.caCert');
  }
  return blocks.join('\n');
}

export async function updateMailSettings(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mail.settings');
  const input = parseInput(UpdateMailSettingsInput, args.input, 'input');
  const repo = new MailRepository(ctx.db);
  const stored = await repo.settings();
  const box = secretBoxFor(ctx.config);
  const saved = await repo.saveSettings(input.version, {
    host: input.host,
    port: input.port,
    security: input.security,
    username: input.username,
    passwordEnc: sealedSecret(box, PASSWORD_PURPOSE, input.password, stored?.passwordEnc ?? null),
    fromAddress: input.fromAddress ?? null,
    fromName: input.fromName || null,
    ratePerSecond: input.ratePerSecond,
    dkimDomain: input.dkimDomain,
    dkimSelector: input.dkimSelector,
    dkimKeyEnc: sealedSecret(box, DKIM_PURPOSE, input.dkimPrivateKey?.trim(), stored?.dkimKeyEnc ?? null),
    allowSelfApproval: input.allowSelfApproval ?? stored?.allowSelfApproval ?? false,
    tlsCaCert: checkedCaCert(input.tlsCaCert),
    updatedById: viewer.user.id,
  });
  if (!saved) throw conflict();
  return toMailSettingsNode(await repo.settings());
}
