// The default dictionary values every installation starts with, in en / pl / hr / cs, and their idempotent insert.
import type { DictionaryKind } from '@veza/shared';
import type { Db } from '../../db/prisma.ts';
import { invalidateDictionaryCache } from './dictionaries.cache.ts';
import { DictionariesRepository, type NewDictionaryValue } from './dictionaries.repository.ts';

type Default = { key: string; labels: [en: string, pl: string, hr: string, cs: string]; color?: string; meta?: object };

const v = (key: string, labels: Default['labels'], extra: Omit<Default, 'key' | 'labels'> = {}): Default => ({
  key,
  labels,
  ...extra,
});

const stage = (probability: number, outcome: 'OPEN' | 'WON' | 'LOST' = 'OPEN') => ({
  meta: { probability, outcome, pipeline: 'default' },
});

const activityType = (showOnCalendar: boolean, showOnHome: boolean, icon: string) => ({
  meta: { showOnCalendar, showOnHome, sendToOutlook: true, icon },
});

export const DEFAULT_DICTIONARIES: Record<DictionaryKind, Default[]> = {
  CLIENT_STATUS: [
    v('customer', ['Customer', 'Klient', 'Kupac', 'Zákazník'], { color: '#2e7d32' }),
    v(
      'potential_customer',
      ['Potential customer', 'Potencjalny klient', 'Potencijalni kupac', 'Potenciální zákazník'],
      {
        color: '#1565c0',
      },
    ),
    v('saw_presentation', ['Saw a presentation', 'Po prezentacji', 'Nakon prezentacije', 'Po prezentaci'], {
      color: '#6a1b9a',
    }),
    v('received_offer', ['Received an offer', 'Otrzymał ofertę', 'Primio ponudu', 'Obdržel nabídku'], {
      color: '#ef6c00',
    }),
    v('former_customer', ['Former customer', 'Były klient', 'Bivši kupac', 'Bývalý zákazník'], { color: '#757575' }),
    v('not_interested', ['Not interested', 'Niezainteresowany', 'Nije zainteresiran', 'Nemá zájem'], {
      color: '#c62828',
    }),
  ],
  CLIENT_SEGMENT: [
    v('micro', [
      'Micro (1–9 employees)',
      'Mikro (1–9 pracowników)',
      'Mikro (1–9 zaposlenih)',
      'Mikro (1–9 zaměstnanců)',
    ]),
    v('small', [
      'Small (10–49 employees)',
      'Małe (10–49 pracowników)',
      'Malo (10–49 zaposlenih)',
      'Malá (10–49 zaměstnanců)',
    ]),
    v('medium', [
      'Medium (50–249 employees)',
      'Średnie (50–249 pracowników)',
      'Srednje (50–249 zaposlenih)',
      'Střední (50–249 zaměstnanců)',
    ]),
    v('large', [
      'Large (250+ employees)',
      'Duże (250+ pracowników)',
      'Veliko (250+ zaposlenih)',
      'Velká (250+ zaměstnanců)',
    ]),
  ],
  INDUSTRY: [
    v('manufacturing', ['Manufacturing', 'Produkcja', 'Proizvodnja', 'Výroba']),
    v('retail', ['Retail', 'Handel detaliczny', 'Maloprodaja', 'Maloobchod']),
    v('wholesale', ['Wholesale', 'Handel hurtowy', 'Veleprodaja', 'Velkoobchod']),
    v('construction', ['Construction', 'Budownictwo', 'Graditeljstvo', 'Stavebnictví']),
    v('it', ['IT and software', 'IT i oprogramowanie', 'IT i softver', 'IT a software']),
    v('accounting_finance', [
      'Accounting and finance',
      'Księgowość i finanse',
      'Računovodstvo i financije',
      'Účetnictví a finance',
    ]),
    v('healthcare', ['Healthcare', 'Opieka zdrowotna', 'Zdravstvo', 'Zdravotnictví']),
    v('education', ['Education', 'Edukacja', 'Obrazovanje', 'Vzdělávání']),
    v('public_sector', ['Public sector', 'Sektor publiczny', 'Javni sektor', 'Veřejný sektor']),
    v('transport_logistics', [
      'Transport and logistics',
      'Transport i logistyka',
      'Prijevoz i logistika',
      'Doprava a logistika',
    ]),
    v('hospitality_tourism', [
      'Hospitality and tourism',
      'Hotelarstwo i turystyka',
      'Ugostiteljstvo i turizam',
      'Pohostinství a cestovní ruch',
    ]),
    v('agriculture', ['Agriculture', 'Rolnictwo', 'Poljoprivreda', 'Zemědělství']),
    v('professional_services', [
      'Professional services',
      'Usługi profesjonalne',
      'Profesionalne usluge',
      'Odborné služby',
    ]),
    v('other', ['Other', 'Inne', 'Ostalo', 'Ostatní']),
  ],
  LEAD_SOURCE: [
    v('referral', ['Referral', 'Polecenie', 'Preporuka', 'Doporučení']),
    v('website', ['Website', 'Strona internetowa', 'Web stranica', 'Webové stránky']),
    v('trade_fair', ['Trade fair', 'Targi', 'Sajam', 'Veletrh']),
    v('cold_call', ['Cold call', 'Zimny telefon', 'Hladni poziv', 'Studený telefonát']),
    v('email_campaign', ['E-mail campaign', 'Kampania e-mailowa', 'E-mail kampanja', 'E-mailová kampaň']),
    v('partner', ['Partner', 'Partner', 'Partner', 'Partner']),
    v('advertisement', ['Advertisement', 'Reklama', 'Oglas', 'Reklama']),
  ],
  ACTIVITY_TYPE: [
    v('call', ['Call', 'Rozmowa telefoniczna', 'Telefonski poziv', 'Telefonát'], {
      color: '#1e88e5',
      ...activityType(true, true, 'phone'),
    }),
    v('meeting', ['Meeting', 'Spotkanie', 'Sastanak', 'Schůzka'], {
      color: '#43a047',
      ...activityType(true, true, 'users'),
    }),
    v('email', ['E-mail', 'E-mail', 'E-mail', 'E-mail'], { color: '#8e24aa', ...activityType(false, true, 'mail') }),
    v('letter', ['Letter', 'List', 'Pismo', 'Dopis'], { color: '#6d4c41', ...activityType(false, false, 'file-text') }),
    v('task', ['Task', 'Zadanie', 'Zadatak', 'Úkol'], {
      color: '#fb8c00',
      ...activityType(true, true, 'check-square'),
    }),
    // A client asked for an offer; the "offer request unanswered for 3 days" automation template watches it.
    v('offer_request', ['Offer request', 'Zapytanie ofertowe', 'Zahtjev za ponudu', 'Poptávka nabídky'], {
      color: '#e53935',
      ...activityType(false, true, 'file-text'),
    }),
    // Mail sent from Veza (one-off and campaigns); also inserted by migration mail_tls_ca_and_sent_email_type.
    v('sent_email', ['Sent e-mail', 'Wysłany e-mail', 'Poslana e-pošta', 'Odeslaný e-mail'], {
      color: '#6a1b9a',
      ...activityType(false, false, 'mail'),
    }),
  ],
  ACTIVITY_CATEGORY: [
    v('sales', ['Sales', 'Sprzedaż', 'Prodaja', 'Prodej']),
    v('support', ['Support', 'Wsparcie', 'Podrška', 'Podpora']),
    v('administration', ['Administration', 'Administracja', 'Administracija', 'Administrativa']),
    v('marketing', ['Marketing', 'Marketing', 'Marketing', 'Marketing']),
  ],
  CONTACT_CHANNEL: [
    v('in_person', ['In person', 'Osobiście', 'Osobno', 'Osobně']),
    v('phone', ['Phone', 'Telefon', 'Telefon', 'Telefon']),
    v('email', ['E-mail', 'E-mail', 'E-mail', 'E-mail']),
    v('video_call', ['Video call', 'Wideorozmowa', 'Videopoziv', 'Videohovor']),
    v('letter', ['Letter (post)', 'List (poczta)', 'Pismo (pošta)', 'Dopis (pošta)']),
  ],
  ACTIVITY_RESULT: [
    v('further_talks', [
      'Promise of further talks',
      'Obietnica dalszych rozmów',
      'Dogovoreni daljnji razgovori',
      'Příslib dalších jednání',
    ]),
    v('offer_requested', ['Offer requested', 'Prośba o ofertę', 'Zatražena ponuda', 'Vyžádána nabídka']),
    v('contract_closed', ['Contract closed', 'Umowa zawarta', 'Ugovor sklopljen', 'Smlouva uzavřena']),
    v('not_interested', ['Not interested', 'Brak zainteresowania', 'Nije zainteresiran', 'Bez zájmu']),
    v('no_answer', ['No answer', 'Brak odpowiedzi', 'Bez odgovora', 'Nedovoláno']),
    v('call_back_later', ['Call back later', 'Oddzwonić później', 'Nazvati kasnije', 'Zavolat později']),
  ],
  OPPORTUNITY_STAGE: [
    v('qualification', ['Qualification', 'Kwalifikacja', 'Kvalifikacija', 'Kvalifikace'], {
      color: '#90a4ae',
      ...stage(10),
    }),
    v('needs_analysis', ['Needs analysis', 'Analiza potrzeb', 'Analiza potreba', 'Analýza potřeb'], {
      color: '#4fc3f7',
      ...stage(25),
    }),
    v('proposal', ['Proposal', 'Oferta', 'Ponuda', 'Nabídka'], { color: '#1e88e5', ...stage(50) }),
    v('negotiation', ['Negotiation', 'Negocjacje', 'Pregovori', 'Vyjednávání'], { color: '#fb8c00', ...stage(75) }),
    v('won', ['Won', 'Wygrana', 'Dobivena', 'Vyhraná'], { color: '#2e7d32', ...stage(100, 'WON') }),
    v('lost', ['Lost', 'Przegrana', 'Izgubljena', 'Prohraná'], { color: '#c62828', ...stage(0, 'LOST') }),
  ],
  LOST_REASON: [
    v('price', ['Price', 'Cena', 'Cijena', 'Cena']),
    v('competitor', ['Chose a competitor', 'Wybrał konkurencję', 'Odabrao konkurenciju', 'Vybral konkurenci']),
    v('no_budget', ['No budget', 'Brak budżetu', 'Nema budžeta', 'Chybí rozpočet']),
    v('no_response', ['No response', 'Brak odpowiedzi', 'Bez odgovora', 'Bez odezvy']),
    v('timing', ['Bad timing', 'Zły moment', 'Loš trenutak', 'Nevhodná doba']),
    v('no_decision', ['No decision', 'Brak decyzji', 'Bez odluke', 'Bez rozhodnutí']),
    v('product_fit', ['Product does not fit', 'Produkt nie pasuje', 'Proizvod ne odgovara', 'Produkt nevyhovuje']),
    v('other', ['Other', 'Inne', 'Ostalo', 'Ostatní']),
  ],
};

/** Every default as a row to insert; positions step by 10 so administrators can slot values in between. */
export function defaultDictionaryRows(): NewDictionaryValue[] {
  return Object.entries(DEFAULT_DICTIONARIES).flatMap(([kind, values]) =>
    values.map((d, i) => ({
      kind: kind as DictionaryKind,
      key: d.key,
      labels: { en: d.labels[0], pl: d.labels[1], hr: d.labels[2], cs: d.labels[3] },
      color: d.color ?? null,
      position: i * 10,
      meta: { ...d.meta },
    })),
  );
}

/**
 * Inserts default values whose (kind, key) is missing, in one statement. Idempotent: values an administrator
 * edited or deactivated are never overwritten or revived. Returns how many rows were added.
 */
export async function ensureDefaultDictionaries(db: Db): Promise<number> {
  const added = await new DictionariesRepository(db).insertMissing(defaultDictionaryRows());
  if (added) invalidateDictionaryCache(db);
  return added;
}
