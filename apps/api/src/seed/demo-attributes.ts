// The demo's ten user-defined client attributes (mixed types), as an administrator could define them.
import type { Prisma } from '../db/prisma.ts';

const l = (en: string, pl: string, hr: string, cs: string) => ({ en, pl, hr, cs });
const choice = (key: string, labels: ReturnType<typeof l>) => ({ key, labels, active: true });

export const DEMO_ATTRIBUTES: Omit<Prisma.AttributeDefinitionCreateInput, 'entity'>[] = [
  {
    key: 'territory',
    type: 'CHOICE',
    labels: l('Territory', 'Region', 'Područje', 'Oblast'),
    choices: [
      choice('north', l('North', 'Północ', 'Sjever', 'Sever')),
      choice('south', l('South', 'Południe', 'Jug', 'Jih')),
      choice('east', l('East', 'Wschód', 'Istok', 'Východ')),
      choice('west', l('West', 'Zachód', 'Zapad', 'Západ')),
      choice('central', l('Central', 'Centrum', 'Središte', 'Střed')),
    ],
  },
  { key: 'employees', type: 'INTEGER', labels: l('Employees', 'Pracownicy', 'Zaposlenici', 'Zaměstnanci') },
  {
    key: 'annual_revenue',
    type: 'DECIMAL',
    labels: l('Annual revenue (k€)', 'Roczny obrót (tys. €)', 'Godišnji prihod (tis. €)', 'Roční obrat (tis. €)'),
  },
  { key: 'founded', type: 'DATE', labels: l('Founded', 'Data założenia', 'Osnovano', 'Založeno') },
  {
    key: 'key_account',
    type: 'BOOLEAN',
    labels: l('Key account', 'Kluczowy klient', 'Ključni klijent', 'Klíčový zákazník'),
  },
  {
    key: 'interests',
    type: 'MULTI_CHOICE',
    labels: l('Interests', 'Zainteresowania', 'Interesi', 'Zájmy'),
    choices: [
      choice('software', l('Software', 'Oprogramowanie', 'Softver', 'Software')),
      choice('training', l('Training', 'Szkolenia', 'Edukacija', 'Školení')),
      choice('consulting', l('Consulting', 'Doradztwo', 'Savjetovanje', 'Poradenství')),
      choice('hardware', l('Hardware', 'Sprzęt', 'Oprema', 'Hardware')),
      choice('support', l('Support', 'Wsparcie', 'Podrška', 'Podpora')),
    ],
  },
  {
    key: 'competitor',
    type: 'TEXT',
    labels: l('Current supplier', 'Obecny dostawca', 'Trenutni dobavljač', 'Současný dodavatel'),
  },
  {
    key: 'credit_limit',
    type: 'DECIMAL',
    labels: l('Credit limit (€)', 'Limit kredytowy (€)', 'Kreditni limit (€)', 'Úvěrový limit (€)'),
  },
  {
    key: 'cooperation',
    type: 'CHOICE',
    labels: l('Cooperation', 'Współpraca', 'Suradnja', 'Spolupráce'),
    choices: [
      choice('new', l('New', 'Nowa', 'Nova', 'Nová')),
      choice('active', l('Active', 'Aktywna', 'Aktivna', 'Aktivní')),
      choice('paused', l('Paused', 'Wstrzymana', 'Pauzirana', 'Pozastavená')),
      choice('ended', l('Ended', 'Zakończona', 'Završena', 'Ukončená')),
    ],
  },
  {
    key: 'internal_notes',
    type: 'LONG_TEXT',
    labels: l('Internal notes', 'Notatki wewnętrzne', 'Interne bilješke', 'Interní poznámky'),
  },
];
