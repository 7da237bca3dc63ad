// Realistic Croatian, Polish and Czech names, firms and places for demo and benchmark data.

export type CountryData = {
  code: 'HR' | 'PL' | 'CZ';
  cities: { name: string; postal: string }[];
  streets: string[];
  firstNames: string[];
  lastNames: string[];
  firmWords: string[];
  legalForms: string[];
};

export const COUNTRIES: CountryData[] = [
  {
    code: 'HR',
    cities: [
      { name: 'Zagreb', postal: '10000' },
      { name: 'Split', postal: '21000' },
      { name: 'Rijeka', postal: '51000' },
      { name: 'Osijek', postal: '31000' },
      { name: 'Zadar', postal: '23000' },
      { name: 'Pula', postal: '52100' },
      { name: 'Varaždin', postal: '42000' },
    ],
    streets: [
      'Ilica',
      'Vukovarska',
      'Savska cesta',
      'Ulica kralja Zvonimira',
      'Frankopanska',
      'Riva',
      'Trg bana Jelačića',
    ],
    firstNames: ['Ivan', 'Ana', 'Marko', 'Petra', 'Luka', 'Maja', 'Josip', 'Ivana', 'Tomislav', 'Katarina'],
    lastNames: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković', 'Perić', 'Matić'],
    firmWords: ['Jadran', 'Drvo', 'Sunce', 'Mlin', 'Lučka', 'Kamen', 'Vinarija', 'Tekstil', 'Grad', 'Bura'],
    legalForms: ['d.o.o.', 'j.d.o.o.', 'd.d.', 'obrt'],
  },
  {
    code: 'PL',
    cities: [
      { name: 'Warszawa', postal: '00-001' },
      { name: 'Kraków', postal: '30-001' },
      { name: 'Wrocław', postal: '50-001' },
      { name: 'Poznań', postal: '60-001' },
      { name: 'Gdańsk', postal: '80-001' },
      { name: 'Łódź', postal: '90-001' },
      { name: 'Katowice', postal: '40-001' },
    ],
    streets: [
      'ul. Marszałkowska',
      'ul. Długa',
      'ul. Piotrkowska',
      'ul. Floriańska',
      'al. Jerozolimskie',
      'ul. Świętojańska',
    ],
    firstNames: [
      'Piotr',
      'Anna',
      'Krzysztof',
      'Katarzyna',
      'Tomasz',
      'Małgorzata',
      'Paweł',
      'Agnieszka',
      'Michał',
      'Ewa',
    ],
    lastNames: [
      'Nowak',
      'Kowalski',
      'Wiśniewski',
      'Wójcik',
      'Kowalczyk',
      'Kamiński',
      'Lewandowski',
      'Zieliński',
      'Szymański',
      'Woźniak',
    ],
    firmWords: ['Polbud', 'Wisła', 'Mazowsze', 'Bałtyk', 'Tatry', 'Piekarnia', 'Stal', 'Drewex', 'Transpol', 'Agro'],
    legalForms: ['sp. z o.o.', 'S.A.', 'sp.j.', 's.c.'],
  },
  {
    code: 'CZ',
    cities: [
      { name: 'Praha', postal: '110 00' },
      { name: 'Brno', postal: '602 00' },
      { name: 'Ostrava', postal: '702 00' },
      { name: 'Plzeň', postal: '301 00' },
      { name: 'Olomouc', postal: '779 00' },
      { name: 'Liberec', postal: '460 01' },
    ],
    streets: ['Václavské náměstí', 'Národní', 'Masarykova', 'Husova', 'Palackého', 'Nádražní'],
    firstNames: ['Jan', 'Jana', 'Petr', 'Eva', 'Tomáš', 'Lucie', 'Martin', 'Tereza', 'Jakub', 'Veronika'],
    lastNames: ['Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec'],
    firmWords: ['Bohemia', 'Morava', 'Vltava', 'Pivovar', 'Sklo', 'Strojírny', 'Tatra', 'Kovo', 'Agro', 'Elektro'],
    legalForms: ['s.r.o.', 'a.s.', 'v.o.s.', 'k.s.'],
  },
];
