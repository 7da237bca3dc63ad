// The e-mail around a notification, in the recipient's language: its text as the subject and first line, a button to
// the record (an absolute URL on the configured public address) and where to change what is e-mailed.
type Locale = 'en' | 'pl' | 'hr' | 'cs';

const CHROME: Record<Locale, { open: string; why: string; settings: string }> = {
  en: {
    open: 'Open in Veza',
    why: 'You get this e-mail because you chose e-mail for this kind of notification.',
    settings: 'Notification settings',
  },
  pl: {
    open: 'Otwórz w Veza',
    why: 'Otrzymujesz tę wiadomość, ponieważ dla tego rodzaju powiadomień wybrano e-mail.',
    settings: 'Ustawienia powiadomień',
  },
  hr: {
    open: 'Otvori u Vezi',
    why: 'Ovu poruku primate jer ste za ovu vrstu obavijesti odabrali e-poštu.',
    settings: 'Postavke obavijesti',
  },
  cs: {
    open: 'Otevřít ve Veze',
    why: 'Tento e-mail dostáváte, protože jste pro tento druh oznámení zvolili e-mail.',
    settings: 'Nastavení oznámení',
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `publicUrl` + an app path; a link that is not an app path (does not start with one "/") is left out. */
export function absoluteLink(publicUrl: string, link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  return `${publicUrl}${link}`;
}

export function notificationEmail(
  locale: string,
  n: { text: string; link: string | null },
  publicUrl: string,
): { subject: string; html: string } {
  const t = CHROME[(locale in CHROME ? locale : 'en') as Locale];
  const url = absoluteLink(publicUrl, n.link);
  const button = url
    ? `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:8px 16px;background:#1c7ed6;` +
      `color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(t.open)}</a></p>`
    : '';
  const html =
    `<p>${escapeHtml(n.text)}</p>${button}<hr>` +
    `<p style="color:#666666;font-size:12px">${escapeHtml(t.why)} ` +
    `<a href="${escapeHtml(`${publicUrl}/notifications`)}">${escapeHtml(t.settings)}</a></p>`;
  // One line, as a subject must be.
  const subject = n.text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { subject, html };
}
