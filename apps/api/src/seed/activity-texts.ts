// Activity subjects and notes in the client's language (HR, PL, CZ), indexed by the generator's SQL.

/** Per country (HR, PL, CZ), per type (call, email, meeting, task, letter): three subjects. */
export const ACTIVITY_SUBJECTS: readonly (readonly (readonly string[])[])[] = [
  [
    ['Telefonski poziv – ponuda', 'Poziv: praćenje narudžbe', 'Dogovor o sastanku'],
    ['Slanje ponude', 'Odgovor na upit', 'Podsjetnik za plaćanje'],
    ['Prezentacija proizvoda', 'Sastanak – godišnji ugovor', 'Posjet kupcu'],
    ['Pripremiti ponudu', 'Provjeriti uplatu', 'Ažurirati podatke klijenta'],
    ['Ugovor na potpis', 'Katalog proizvoda', 'Čestitka za blagdane'],
  ],
  [
    ['Rozmowa – oferta', 'Telefon: status zamówienia', 'Umówienie spotkania'],
    ['Wysłanie oferty', 'Odpowiedź na zapytanie', 'Przypomnienie o płatności'],
    ['Prezentacja produktu', 'Spotkanie – umowa roczna', 'Wizyta u klienta'],
    ['Przygotować ofertę', 'Sprawdzić płatność', 'Zaktualizować dane klienta'],
    ['Umowa do podpisu', 'Katalog produktów', 'Życzenia świąteczne'],
  ],
  [
    ['Telefonát – nabídka', 'Telefonát: stav objednávky', 'Domluvení schůzky'],
    ['Odeslání nabídky', 'Odpověď na dotaz', 'Upomínka platby'],
    ['Prezentace produktu', 'Schůzka – roční smlouva', 'Návštěva zákazníka'],
    ['Připravit nabídku', 'Zkontrolovat platbu', 'Aktualizovat údaje klienta'],
    ['Smlouva k podpisu', 'Katalog produktů', 'Vánoční přání'],
  ],
];

/** Per country: three notes written after a contact. */
export const ACTIVITY_NOTES: readonly (readonly string[])[] = [
  ['Zainteresirani za proširenje licence.', 'Traže popust za veću količinu.', 'Javiti se nakon sajma.'],
  ['Zainteresowani rozszerzeniem licencji.', 'Proszą o rabat przy większej ilości.', 'Odezwać się po targach.'],
  ['Mají zájem o rozšíření licence.', 'Žádají slevu při větším odběru.', 'Ozvat se po veletrhu.'],
];

export const COUNTRY_INDEX: Record<string, number> = { HR: 0, PL: 1, CZ: 2 };
