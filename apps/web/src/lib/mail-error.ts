// A stored e-mail error (the relay's or the network's raw English text) as a sentence in the user's language, with
// the SMTP reply code kept as the detail: "Skrzynka odbiorcy nie istnieje lub nie przyjmuje poczty. (SMTP 550)".
import { classifyMailError } from '@veza/shared';
import type { TFunction } from 'i18next';

export function mailErrorText(t: TFunction, raw: string): string {
  const { kind, code } = classifyMailError(raw);
  const text = t(`mailErrors.${kind}`);
  return code ? `${text} (${t('mailErrors.code', { code })})` : text;
}
