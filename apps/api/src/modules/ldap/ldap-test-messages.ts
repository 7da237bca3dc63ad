// The LDAP test's step messages in the four interface languages (the API answers in the administrator's language).
export type LdapTestCode =
  | 'OK'
  | 'UNAVAILABLE'
  | 'TLS'
  | 'SERVICE_BIND'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'INVALID_CREDENTIALS'
  | 'PROTOCOL'
  | 'NOT_CONFIGURED'
  | 'SKIPPED';

type Messages = Record<LdapTestCode, string>;

const MESSAGES: Record<'en' | 'pl' | 'hr' | 'cs', Messages> = {
  en: {
    OK: 'OK',
    UNAVAILABLE: 'No server could be reached',
    TLS: 'The secure connection failed (certificate or TLS settings)',
    SERVICE_BIND: 'The service account was refused',
    NOT_FOUND: 'No entry matches this user name',
    AMBIGUOUS: 'More than one entry matches this user name',
    INVALID_CREDENTIALS: 'Wrong password, or the account is disabled',
    PROTOCOL: 'The server answered with an error',
    NOT_CONFIGURED: 'Save the server URL and the user search base first',
    SKIPPED: 'Not tested',
  },
  pl: {
    OK: 'OK',
    UNAVAILABLE: 'Nie udało się połączyć z żadnym serwerem',
    TLS: 'Bezpieczne połączenie nie powiodło się (certyfikat lub ustawienia TLS)',
    SERVICE_BIND: 'Konto usługowe zostało odrzucone',
    NOT_FOUND: 'Żaden wpis nie pasuje do tej nazwy użytkownika',
    AMBIGUOUS: 'Do tej nazwy użytkownika pasuje więcej niż jeden wpis',
    INVALID_CREDENTIALS: 'Błędne hasło lub konto jest wyłączone',
    PROTOCOL: 'Serwer odpowiedział błędem',
    NOT_CONFIGURED: 'Najpierw zapisz adres serwera i bazę wyszukiwania użytkowników',
    SKIPPED: 'Nie testowano',
  },
  hr: {
    OK: 'U redu',
    UNAVAILABLE: 'Nijedan poslužitelj nije dostupan',
    TLS: 'Sigurna veza nije uspjela (certifikat ili postavke TLS-a)',
    SERVICE_BIND: 'Servisni račun je odbijen',
    NOT_FOUND: 'Nijedan zapis ne odgovara ovom korisničkom imenu',
    AMBIGUOUS: 'Ovom korisničkom imenu odgovara više zapisa',
    INVALID_CREDENTIALS: 'Pogrešna lozinka ili je račun onemogućen',
    PROTOCOL: 'Poslužitelj je odgovorio pogreškom',
    NOT_CONFIGURED: 'Najprije spremite adresu poslužitelja i bazu pretraživanja korisnika',
    SKIPPED: 'Nije testirano',
  },
  cs: {
    OK: 'OK',
    UNAVAILABLE: 'Nepodařilo se spojit s žádným serverem',
    TLS: 'Zabezpečené spojení selhalo (certifikát nebo nastavení TLS)',
    SERVICE_BIND: 'Servisní účet byl odmítnut',
    NOT_FOUND: 'Tomuto uživatelskému jménu neodpovídá žádný záznam',
    AMBIGUOUS: 'Tomuto uživatelskému jménu odpovídá více záznamů',
    INVALID_CREDENTIALS: 'Chybné heslo nebo je účet zakázán',
    PROTOCOL: 'Server odpověděl chybou',
    NOT_CONFIGURED: 'Nejprve uložte adresu serveru a základ hledání uživatelů',
    SKIPPED: 'Netestováno',
  },
};

export function ldapTestMessage(locale: string, code: LdapTestCode): string {
  const messages = MESSAGES[locale as keyof typeof MESSAGES] ?? MESSAGES.en;
  return messages[code];
}
