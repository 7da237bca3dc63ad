// Notification texts per kind and language, rendered once for the recipient when the notification is created.
export type NotificationKind =
  'ASSIGNED' | 'REMINDER' | 'OVERDUE_DIGEST' | 'RULE_FIRED' | 'IMPORT_FINISHED' | 'MENTION' | 'CELEBRATION';
type Locale = 'en' | 'pl' | 'hr' | 'cs';

const TEXTS: Record<NotificationKind, Record<Locale, string>> = {
  ASSIGNED: {
    en: '{{actor}} assigned you: {{subject}}',
    pl: '{{actor}} przydzielił(a) Ci: {{subject}}',
    hr: '{{actor}} vam je dodijelio/la: {{subject}}',
    cs: '{{actor}} vám přidělil(a): {{subject}}',
  },
  REMINDER: {
    en: 'Starts in {{minutes}} min: {{subject}}',
    pl: 'Za {{minutes}} min: {{subject}}',
    hr: 'Počinje za {{minutes}} min: {{subject}}',
    cs: 'Začíná za {{minutes}} min: {{subject}}',
  },
  OVERDUE_DIGEST: {
    en: 'Overdue activities: {{count}}',
    pl: 'Zaległe aktywności: {{count}}',
    hr: 'Zakašnjele aktivnosti: {{count}}',
    cs: 'Aktivity po termínu: {{count}}',
  },
  RULE_FIRED: {
    en: '{{rule}}: {{record}}',
    pl: '{{rule}}: {{record}}',
    hr: '{{rule}}: {{record}}',
    cs: '{{rule}}: {{record}}',
  },
  IMPORT_FINISHED: {
    en: 'Import “{{name}}” finished: {{summary}}',
    pl: 'Import „{{name}}” zakończony: {{summary}}',
    hr: 'Uvoz „{{name}}” završen: {{summary}}',
    cs: 'Import „{{name}}“ dokončen: {{summary}}',
  },
  MENTION: {
    en: '{{author}} mentioned you: {{excerpt}}',
    pl: '{{author}} wspomniał(a) o Tobie: {{excerpt}}',
    hr: '{{author}} vas je spomenuo/la: {{excerpt}}',
    cs: '{{author}} vás zmínil(a): {{excerpt}}',
  },
  CELEBRATION: {
    en: 'Birthday or name day today: {{name}} ({{client}})',
    pl: 'Dziś urodziny lub imieniny: {{name}} ({{client}})',
    hr: 'Danas rođendan ili imendan: {{name}} ({{client}})',
    cs: 'Dnes narozeniny nebo svátek: {{name}} ({{client}})',
  },
};

export const NOTIFICATION_KINDS = Object.keys(TEXTS) as NotificationKind[];

/** The text in `locale` (English when the language is unknown); missing parameters render empty. */
export function renderNotification(
  kind: NotificationKind,
  locale: string,
  params: Record<string, string | number>,
): string {
  const texts = TEXTS[kind];
  const template = texts[(locale in texts ? locale : 'en') as Locale];
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? '')).slice(0, 1000);
}
