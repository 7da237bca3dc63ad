// The RFC 8058 one-click unsubscribe URL of a token (campaign recipients, rule mails to contact persons).
import type { Config } from '../../config/env.ts';

export function unsubscribeUrl(config: Pick<Config, 'publicUrl' | 'port'>, token: string): string {
  return `${config.publicUrl ?? `http://localhost:${config.port}`}/api/unsubscribe/${token}`;
}
