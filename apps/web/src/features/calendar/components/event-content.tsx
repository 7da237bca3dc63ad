// One event as the calendar shows it: type icon, time, subject, client (and owner when several schedules are shown).
import type { EventDisplayInfo } from '@fullcalendar/react';
import type { TFunction } from 'i18next';
import { ActivityTypeIcon } from '../../../components/activity-type-icon.tsx';
import type { EventFacts } from '../lib/event-mapping.ts';

/**
 * The type's glyph in the event's text colour (white or dark, chosen for the type colour behind it); a timed event
 * in the month grid has no background, so there the glyph takes the type colour and stands in for the dot.
 */
function TypeGlyph({ facts, tinted }: { facts: EventFacts; tinted?: boolean }) {
  return (
    <ActivityTypeIcon
      variant="glyph"
      icon={facts.typeIcon}
      color={tinted ? 'var(--fc-event-color)' : null}
      size={12}
      className="veza-ev__icon"
    />
  );
}

/** Word joiner: keeps the subject's first word on the icon's line (an icon alone on a line wasted a narrow box). */
const NO_BREAK = '\u2060';

/** A line of plain text for the tooltip and for screen readers: everything the small box may cut off. */
export function eventSummary(t: TFunction, info: EventDisplayInfo, facts: EventFacts): string {
  const parts = [
    info.timeText,
    info.event.title,
    facts.clientName,
    facts.typeLabel,
    facts.showOwner ? facts.ownerName : null,
    t(`calendar.tone.${facts.tone}`),
  ];
  return parts.filter(Boolean).join(' · ');
}

export function EventContent({ info, t }: { info: EventDisplayInfo; t: TFunction }) {
  const facts = info.event.extendedProps as EventFacts;
  const compact = info.view.type === 'dayGridMonth' || info.event.allDay;
  const owner = facts.showOwner ? facts.ownerName : null;
  const mark = facts.tone === 'done' ? '✓ ' : null;
  if (compact) {
    return (
      <div className="veza-ev veza-ev--compact" title={eventSummary(t, info, facts)}>
        <TypeGlyph facts={facts} tinted={!info.event.allDay} />
        {info.timeText && <span className="veza-ev__time">{info.timeText}</span>}
        <span className="veza-ev__title">
          {mark}
          {info.event.title}
        </span>
        <span className="veza-ev__client">{[facts.clientName, owner].filter(Boolean).join(' · ')}</span>
      </div>
    );
  }
  // Short or narrow boxes: only the subject (its box already shows when it is); a click shows everything (EventPeek).
  if (info.isShort || info.isNarrow) {
    return (
      <div className="veza-ev veza-ev--short" title={eventSummary(t, info, facts)}>
        <TypeGlyph facts={facts} />
        <span className="veza-ev__title">
          {mark}
          {info.event.title}
        </span>
      </div>
    );
  }
  const { start, end } = info.event;
  // From an hour and a half up there is room for time, a two-line subject, client and owner on their own lines;
  // shorter events put the subject first and the time with the client below it.
  const tall = start && end && end.getTime() - start.getTime() >= 90 * 60_000;
  if (!tall) {
    return (
      <div className="veza-ev" title={eventSummary(t, info, facts)}>
        <div className="veza-ev__title">
          <TypeGlyph facts={facts} />
          {NO_BREAK}
          {mark}
          {info.event.title}
        </div>
        <div className="veza-ev__client">
          <span className="veza-ev__time">{info.timeText}</span> {[facts.clientName, owner].filter(Boolean).join(' · ')}
        </div>
      </div>
    );
  }
  return (
    <div className="veza-ev veza-ev--tall" title={eventSummary(t, info, facts)}>
      <div className="veza-ev__time">{info.timeText}</div>
      <div className="veza-ev__title">
        <TypeGlyph facts={facts} />
        {NO_BREAK}
        {mark}
        {info.event.title}
      </div>
      <div className="veza-ev__client">{facts.clientName}</div>
      {owner && <div className="veza-ev__owner">{owner}</div>}
    </div>
  );
}
