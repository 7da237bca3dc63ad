// Activities as iCalendar: one VEVENT per activity (timed in UTC, all-day and due-date tasks as DATE values in the
// owner's time zone), in a published feed (METHOD:PUBLISH) or a single invitation (METHOD:REQUEST / CANCEL).
import { addDays, allDayDates, labelIn, localDate, toGlobalId, type LabelSet } from '@veza/shared';
import type { FeedActivityRow, FeedParticipantRow } from './calendar-feed.repository.ts';
import { ICalWriter, dateValue, utcDateTime } from './ical.ts';

export const PRODID = '-//Veza//Veza CRM//EN';

export type FeedActivity = FeedActivityRow & { participants: FeedParticipantRow[] };
type Options = { locale: string; baseUrl: string };

const TEXTS = {
  en: { client: 'Client', contact: 'Contact person', done: 'Done', open: 'Open in Veza', calendar: 'Veza' },
  pl: { client: 'Klient', contact: 'Osoba kontaktowa', done: 'Zrobione', open: 'Otwórz w Veza', calendar: 'Veza' },
  hr: { client: 'Klijent', contact: 'Kontakt osoba', done: 'Obavljeno', open: 'Otvori u Vezi', calendar: 'Veza' },
  cs: { client: 'Klient', contact: 'Kontaktní osoba', done: 'Hotovo', open: 'Otevřít ve Veze', calendar: 'Veza' },
} as const;

const texts = (locale: string) => TEXTS[locale as keyof typeof TEXTS] ?? TEXTS.en;

/** Types whose activities happen at the client's premises: the client's address is their location. */
const AT_CLIENT = new Set(['meeting']);

const PRIORITY = { HIGH: '1', NORMAL: '5', LOW: '9' } as const;

export const activityUrl = (baseUrl: string, id: string) => `${baseUrl}/activities/${toGlobalId('Activity', id)}`;

function personName(a: FeedActivity): string | null {
  const name = [a.personTitle, a.personFirstName, a.personLastName].filter(Boolean).join(' ');
  return name || null;
}

function description(a: FeedActivity, opts: Options): string {
  const t = texts(opts.locale);
  const person = personName(a);
  const personContacts = [a.personPhones?.[0], a.personEmails?.[0]].filter(Boolean).join(', ');
  const lines = [
    `${t.client}: ${a.clientName}`,
    person ? `${t.contact}: ${person}${personContacts ? ` (${personContacts})` : ''}` : null,
    a.status === 'DONE' ? `✓ ${t.done}` : null,
    a.note ? `\n${a.note}` : null,
    `\n${t.open}: ${activityUrl(opts.baseUrl, a.id)}`,
  ];
  return lines.filter((l) => l != null).join('\n');
}

function location(a: FeedActivity): string | null {
  if (!AT_CLIENT.has(a.typeKey)) return null;
  const place = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [a.street, place, a.country].filter(Boolean).join(', ') || null;
}

/** Timed: UTC instants (no end: an instant, RFC 5545 §3.6.1). All-day and due-only tasks: dates, end exclusive. */
function writeTimes(w: ICalWriter, a: FeedActivity) {
  if (a.startsAt && !a.allDay) {
    w.prop('DTSTART', utcDateTime(a.startsAt));
    if (a.endsAt && a.endsAt > a.startsAt) w.prop('DTEND', utcDateTime(a.endsAt));
    w.prop('TRANSP', 'OPAQUE');
    return;
  }
  const zone = a.ownerTimeZone;
  const { first, endExclusive } = a.startsAt
    ? allDayDates(a.startsAt, a.endsAt, zone)
    : { first: localDate(a.dueAt!, zone), endExclusive: addDays(localDate(a.dueAt!, zone), 1) };
  w.prop('DTSTART', dateValue(first), { VALUE: 'DATE' });
  w.prop('DTEND', dateValue(endExclusive), { VALUE: 'DATE' });
  w.prop('TRANSP', 'TRANSPARENT');
}

function writePeople(w: ICalWriter, a: FeedActivity) {
  w.prop('ORGANIZER', `mailto:${a.ownerEmail}`, { CN: a.ownerName });
  w.prop('ATTENDEE', `mailto:${a.ownerEmail}`, { CN: a.ownerName, ROLE: 'CHAIR', PARTSTAT: 'ACCEPTED' });
  const seen = new Set([a.ownerEmail.toLowerCase()]);
  for (const p of a.participants) {
    const email = p.userEmail ?? p.personEmails?.[0];
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    const cn = p.userName ?? p.personName ?? undefined;
    w.prop('ATTENDEE', `mailto:${email}`, { CN: cn, ROLE: 'REQ-PARTICIPANT', PARTSTAT: 'NEEDS-ACTION' });
  }
}

/** One VEVENT. `dtstamp` defaults to the last change, so an unchanged feed is byte-for-byte the same. */
export function writeEvent(w: ICalWriter, a: FeedActivity, opts: Options & { dtstamp?: Date }) {
  const type = labelIn(a.typeLabels as Partial<LabelSet>, opts.locale);
  w.begin('VEVENT');
  w.prop('UID', `${a.id}@veza`);
  w.prop('DTSTAMP', utcDateTime(opts.dtstamp ?? a.updatedAt));
  writeTimes(w, a);
  w.text('SUMMARY', type ? `${a.subject} — ${type}` : a.subject);
  w.text('DESCRIPTION', description(a, opts));
  w.text('LOCATION', location(a));
  w.text('CATEGORIES', type);
  w.prop('STATUS', a.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED');
  w.prop('PRIORITY', PRIORITY[a.priority]);
  w.prop('SEQUENCE', String(a.version));
  w.prop('CREATED', utcDateTime(a.createdAt));
  w.prop('LAST-MODIFIED', utcDateTime(a.updatedAt));
  w.prop('URL', activityUrl(opts.baseUrl, a.id));
  writePeople(w, a);
  w.end('VEVENT');
}

/** When an activity happens, for ordering: its start, else its due date. */
const when = (a: FeedActivity) => (a.startsAt ?? a.dueAt)!.getTime();

/** The subscription feed of one user: all their events, with the calendar's name and time zone. */
export function feedCalendar(
  activities: FeedActivity[],
  user: { name: string; locale: string; timeZone: string },
  baseUrl: string,
): string {
  const name = `${texts(user.locale).calendar} — ${user.name}`;
  const w = new ICalWriter()
    .begin('VCALENDAR')
    .prop('VERSION', '2.0')
    .prop('PRODID', PRODID)
    .prop('CALSCALE', 'GREGORIAN')
    .prop('METHOD', 'PUBLISH')
    .text('NAME', name)
    .text('X-WR-CALNAME', name)
    .text('X-WR-TIMEZONE', user.timeZone)
    .prop('REFRESH-INTERVAL', 'PT15M', { VALUE: 'DURATION' })
    .prop('X-PUBLISHED-TTL', 'PT15M');
  const ordered = [...activities].sort((x, y) => when(x) - when(y) || x.id.localeCompare(y.id));
  for (const a of ordered) writeEvent(w, a, { locale: user.locale, baseUrl });
  return w.end('VCALENDAR').toString();
}

/** METHOD of the invitation for an activity (the Content-Type carries it too). */
export const invitationMethod = (a: Pick<FeedActivity, 'status'>) => (a.status === 'CANCELLED' ? 'CANCEL' : 'REQUEST');

/** A single activity to open in a mail or calendar program: a request, or a cancellation once cancelled. */
export function invitationCalendar(a: FeedActivity, opts: Options & { now: Date }): string {
  const w = new ICalWriter()
    .begin('VCALENDAR')
    .prop('VERSION', '2.0')
    .prop('PRODID', PRODID)
    .prop('CALSCALE', 'GREGORIAN')
    .prop('METHOD', invitationMethod(a));
  writeEvent(w, a, { ...opts, dtstamp: opts.now });
  return w.end('VCALENDAR').toString();
}
