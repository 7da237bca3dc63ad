// The shipped templates' names and descriptions in each language. The database keeps the English text of
// automation-templates.ts; a template rule whose text is still that English text is shown in the reader's language,
// and saving the shown translation back keeps the English original (so enabling a rule in Polish does not turn it
// Polish for everyone). Once an administrator writes their own text, it is shown as written.
import type { Locale } from '@veza/shared';
import { AUTOMATION_TEMPLATES } from './automation-templates.ts';

type Texts = { name: string; description: string };

/** The demo's rule (seed/demo-notifications.ts), stored with its English text like the templates. */
export const DEMO_RULE_TEXT: Texts & { key: string } = {
  key: 'demo-new-client',
  name: 'New client → tell the account manager',
  description: 'Demo rule: when a client is created, its account manager gets a notification.',
};

const TRANSLATIONS: Record<string, Record<Exclude<Locale, 'en'>, Texts>> = {
  'demo-new-client': {
    pl: {
      name: 'Nowy klient → powiadom opiekuna',
      description: 'Reguła demonstracyjna: gdy powstaje klient, jego opiekun dostaje powiadomienie.',
    },
    hr: {
      name: 'Novi klijent → obavijesti voditelja',
      description: 'Demo pravilo: kad se stvori klijent, njegov voditelj dobiva obavijest.',
    },
    cs: {
      name: 'Nový klient → upozornit správce',
      description: 'Ukázkové pravidlo: když vznikne klient, jeho správce dostane upozornění.',
    },
  },
  'turnover-below-potential': {
    pl: {
      name: 'Obrót poniżej 10 % potencjału → telefon',
      description:
        'Codziennie o 07:00: dla każdego klienta, którego atrybut liczbowy „turnover” jest poniżej 10 % jego ' +
        'atrybutu liczbowego „potential”, zadanie telefonu dla opiekuna klienta. Przed włączeniem zdefiniuj oba atrybuty.',
    },
    hr: {
      name: 'Promet ispod 10 % potencijala → poziv',
      description:
        'Svaki dan u 07:00: za svakog klijenta čiji je brojčani atribut „turnover” ispod 10 % njegova brojčanog ' +
        'atributa „potential”, zadatak poziva za voditelja klijenta. Prije uključivanja definirajte oba atributa.',
    },
    cs: {
      name: 'Obrat pod 10 % potenciálu → hovor',
      description:
        'Každý den v 07:00: pro každého klienta, jehož číselný atribut „turnover“ je pod 10 % jeho číselného ' +
        'atributu „potential“, úkol zavolat pro správce klienta. Před zapnutím definujte oba atributy.',
    },
  },
  'offer-request-unanswered': {
    pl: {
      name: 'Zapytanie ofertowe bez odpowiedzi od 3 dni',
      description:
        'Aktywność typu „Zapytanie ofertowe” wciąż zaplanowana 3 dni po utworzeniu: alarm dla jej właściciela ' +
        'i przełożonego właściciela.',
    },
    hr: {
      name: 'Upit za ponudu bez odgovora 3 dana',
      description:
        'Aktivnost vrste „Upit za ponudu” još je planirana 3 dana nakon što je stvorena: upozorenje njezinu ' +
        'vlasniku i vlasnikovu nadređenom.',
    },
    cs: {
      name: 'Poptávka bez odpovědi 3 dny',
      description:
        'Aktivita typu „Poptávka“ je stále naplánovaná 3 dny po vytvoření: upozornění jejímu vlastníkovi ' +
        'a nadřízenému vlastníka.',
    },
  },
};

function textsOf(templateKey: string, locale: string): { original: Texts; shown: Texts } | null {
  const template = AUTOMATION_TEMPLATES.find((t) => t.key === templateKey)?.rule;
  const found = template ?? (templateKey === DEMO_RULE_TEXT.key ? DEMO_RULE_TEXT : null);
  if (!found) return null;
  const original = { name: found.name, description: found.description };
  const translated = TRANSLATIONS[templateKey]?.[locale as Exclude<Locale, 'en'>];
  return { original, shown: translated ?? original };
}

/** A template rule's name and description in `locale` while they are the shipped English text. */
export function localizeTemplate<T extends { templateKey: string | null; name: string; description: string | null }>(
  row: T,
  locale: string,
): T {
  const texts = row.templateKey ? textsOf(row.templateKey, locale) : null;
  if (!texts) return row;
  return {
    ...row,
    name: row.name === texts.original.name ? texts.shown.name : row.name,
    description: row.description === texts.original.description ? texts.shown.description : row.description,
  };
}

/** Saving the translation the reader was shown keeps the English original in the database. */
export function delocalizeTemplate<T extends { name: string; description?: string | null }>(
  templateKey: string | null,
  locale: string,
  input: T,
): T {
  const texts = templateKey ? textsOf(templateKey, locale) : null;
  if (!texts) return input;
  return {
    ...input,
    name: input.name === texts.shown.name ? texts.original.name : input.name,
    description: input.description === texts.shown.description ? texts.original.description : input.description,
  };
}
