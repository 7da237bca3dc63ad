// The FullCalendar grid: day / week / month in the user's zone and language; drag-select, drag-move and resize.
import FullCalendar, {
  type CalendarController,
  type DateClickInfo,
  type DateSelectInfo,
  type EventDisplayInfo,
  type EventChangeInfo,
  type EventInput,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import themePlugin from '@fullcalendar/react/themes/breezy';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/breezy/theme.css';
import './calendar.css';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventFacts } from '../lib/event-mapping.ts';
import { visibleRange, type VisibleRange } from '../lib/calendar-query.ts';
import type { MoveChange } from '../hooks/use-move-activity.ts';
import { CALENDAR_LOCALES, calendarLocale } from './calendar-locales.ts';
import { EventContent } from './event-content.tsx';
import { EventPeek, type Peek } from './event-peek.tsx';

export type CalendarViewType = 'timeGridDay' | 'timeGridWeek' | 'dayGridMonth';
export const CALENDAR_VIEWS: readonly CalendarViewType[] = ['timeGridDay', 'timeGridWeek', 'dayGridMonth'];

const PLUGINS = [themePlugin, dayGridPlugin, timeGridPlugin, interactionPlugin];
// Mon–Fri 8–17 shaded as working time; the grid still covers the whole day so early or late slots can be used.
const BUSINESS_HOURS = { daysOfWeek: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '17:00' };
const TIME_FORMAT = { hour: 'numeric', minute: '2-digit' } as const;
const today = (info: { isToday: boolean }) => (info.isToday ? ' veza-today' : '');
// Render hooks at module level (and eventContent memoised): a new function on every render is a changed option
// for FullCalendar, which then redraws every event of the month again.
const dayLaneClass = (info: { isToday: boolean }) => `veza-day-lane${today(info)}`;
const dayCellClass = (info: { isToday: boolean }) => `veza-day-cell${today(info)}`;
const dayHeaderClass = (info: { isToday: boolean }) => `veza-day-header${today(info)}`;
const columnEventInnerClass = (info: { isShort: boolean }) => (info.isShort ? 'veza-event-inner--short' : '');

export interface NewSpan {
  start: Date;
  end: Date;
  allDay: boolean;
}

const SLOT_MS = 30 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The span a tap on a slot means: that half hour, or that whole day in the all-day row or the month grid. */
export function tappedSpan(date: Date, allDay: boolean): NewSpan {
  return { start: date, end: new Date(date.getTime() + (allDay ? DAY_MS : SLOT_MS)), allDay };
}

interface Props {
  controller: CalendarController;
  initialView: CalendarViewType;
  view: CalendarViewType;
  timeZone: string;
  events: EventInput[];
  canEdit: boolean;
  /** Phone: a tap on a free slot creates (a range still needs a long press); on desktop a drag selects the range. */
  phone: boolean;
  onRangeChange: (range: VisibleRange, view: CalendarViewType) => void;
  onSelectSpan: (span: NewSpan) => void;
  onOpenActivity: (activityId: string) => void;
  onMove: (change: MoveChange, info: EventChangeInfo) => void;
}

/**
 * FullCalendar's scrolling time grid gets a tab stop, so keyboard users can scroll it with the arrow keys (axe
 * "scrollable-region-focusable"). The scrollers (divs with an inline overflow style) sit inside ARIA tables, where
 * only rows may be children, so the tab stop goes on the scroller's first row rather than on the scroller itself.
 */
function focusableScrollers(root: HTMLElement) {
  requestAnimationFrame(() => {
    for (const el of root.querySelectorAll<HTMLElement>('div[style*="overflow"]')) {
      const overflow = getComputedStyle(el).overflowY;
      if (overflow !== 'auto' && overflow !== 'scroll') continue;
      if (el.querySelector('a[href], button, [tabindex]')) continue;
      const stop = el.querySelector<HTMLElement>('[role="row"]') ?? (el.closest('[role]') ? null : el);
      if (stop) stop.tabIndex = 0;
    }
  });
}

export function CalendarBoard(props: Props) {
  const { t, i18n } = useTranslation();
  const { canEdit, onMove } = props;
  const viewEl = useRef<HTMLElement | null>(null);
  const eventContent = useCallback((info: EventDisplayInfo) => <EventContent info={info} t={t} />, [t]);

  const onSelect = (info: DateSelectInfo) =>
    props.onSelectSpan({ start: info.start, end: info.end, allDay: info.allDay });
  const onTap = (info: DateClickInfo) => props.onSelectSpan(tappedSpan(info.date, info.allDay));
  // A short event shows only its subject: a click first shows everything in a popover, "Open" opens the form.
  const [peek, setPeek] = useState<Peek | null>(null);
  const onEventClick = (el: HTMLElement, activityId: string) => {
    const short = el.querySelector('.veza-ev--short');
    if (!short) return props.onOpenActivity(activityId);
    const r = el.getBoundingClientRect();
    setPeek({
      activityId,
      summary: short.getAttribute('title') ?? '',
      rect: { top: r.top, left: r.left, width: r.width, height: r.height },
    });
  };

  return (
    <>
      <FullCalendar
        controller={props.controller}
        plugins={PLUGINS}
        headerToolbar={false}
        initialView={props.initialView}
        timeZone={props.timeZone}
        locales={CALENDAR_LOCALES}
        locale={calendarLocale(i18n.language)}
        // The screen-reader header of the timed rows (FullCalendar has it only in English).
        timedText={t('a11y.calendarTimed')}
        firstDay={1}
        height={props.view === 'dayGridMonth' ? 'auto' : '100%'}
        nowIndicator
        businessHours={BUSINESS_HOURS}
        slotMinTime="00:00:00"
        slotMaxTime="24:00:00"
        scrollTime="06:45:00"
        slotDuration="00:30:00"
        snapDuration="00:15:00"
        slotHeaderFormat={TIME_FORMAT}
        eventTimeFormat={TIME_FORMAT}
        dayMaxEvents={4}
        // Events at the same time side by side, not stacked over each other.
        slotEventOverlap={false}
        // With our lower rows an hour is 48px: enough for time, subject and client (the theme says 50).
        eventShortHeight={30}
        // A 15-minute call gets the height of a 30-minute one: still one readable line.
        eventMinHeight={25}
        selectable={canEdit}
        // On a touch screen a slot is selected after this long press; a short tap is `dateClick` (phone only).
        selectLongPressDelay={400}
        dateClick={props.phone && canEdit ? onTap : undefined}
        selectMirror
        editable={canEdit}
        // All-day and timed are different kinds of activity: moving between them would need the form.
        eventAllow={(span, moving) => !moving || span.allDay === moving.allDay}
        events={props.events}
        eventContent={eventContent}
        // Stable hooks for styling and for browser tests (FullCalendar 7's own class names are generated).
        dayLaneClass={dayLaneClass}
        dayCellClass={dayCellClass}
        dayHeaderClass={dayHeaderClass}
        columnEventInnerClass={columnEventInnerClass}
        slotLaneClass="veza-slot-lane"
        slotHeaderInnerClass="veza-slot-label"
        viewDidMount={(info) => {
          viewEl.current = info.el;
          focusableScrollers(info.el);
        }}
        datesSet={(info) => {
          if (viewEl.current) focusableScrollers(viewEl.current);
          props.onRangeChange(visibleRange(info.start, info.end), info.view.type as CalendarViewType);
        }}
        select={onSelect}
        eventClick={(info) => {
          info.jsEvent.preventDefault();
          onEventClick(info.el, (info.event.extendedProps as EventFacts).activityId);
        }}
        eventDrop={(info) => onMove({ kind: 'drop', dayDelta: info.delta.days }, info)}
        eventResize={(info) => onMove({ kind: 'resize' }, info)}
      />
      {peek && (
        <EventPeek
          peek={peek}
          onClose={() => setPeek(null)}
          onOpen={() => {
            setPeek(null);
            props.onOpenActivity(peek.activityId);
          }}
        />
      )}
    </>
  );
}
