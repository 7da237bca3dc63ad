// Calendar: own or several users' schedules by day / week / month; drag to create, move and resize activities.
import { useCalendarController, type EventInput } from '@fullcalendar/react';
import { Box, Button, Card, Stack } from '@mantine/core';
import { useDebouncedValue, useLocalStorage } from '@mantine/hooks';
import { useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCan, useSession } from '../../../lib/session.tsx';
import { usePhone } from '../../../lib/use-phone.ts';
import { useCalendarEvents } from '../hooks/use-calendar-events.ts';
import { useMoveActivity } from '../hooks/use-move-activity.ts';
import {
  calendarEventsVariables,
  newActivityOwner,
  NO_FILTERS,
  sameRange,
  type CalendarFilters,
  type ScheduleMode,
  type VisibleRange,
} from '../lib/calendar-query.ts';
import type { ActivityFormModalProps } from '../../../lib/activity-modals.ts';
import { eventInputMapper } from '../lib/event-mapping.ts';
import { CalendarBoard, CALENDAR_VIEWS, type CalendarViewType, type NewSpan } from './calendar-board.tsx';
import { CalendarFeedModal } from './calendar-feed-modal.tsx';
import { CalendarToolbar } from './calendar-toolbar.tsx';
import { ScheduleFilters } from './schedule-filters.tsx';

export interface CalendarPageProps {
  /** The activity form, provided by the app (features do not import each other). */
  activityForm: ComponentType<ActivityFormModalProps>;
}

type FormState = { activityId: string } | { span: NewSpan } | null;

/** One hour from the next full hour: what the "New activity" button proposes. */
function nextHour(now = new Date()): NewSpan {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  return { start, end: new Date(start.getTime() + 3_600_000), allDay: false };
}

const isView = (v: unknown): v is CalendarViewType => CALENDAR_VIEWS.includes(v as CalendarViewType);

export default function CalendarPage({ activityForm: ActivityForm }: CalendarPageProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const can = useCan();
  // Picking users lists them, which needs users.read besides the permission to see their calendars.
  const canViewOthers = can('calendar.viewOthers') && can('users.read');
  const canEdit = can('activities.write');
  const controller = useCalendarController();
  const [storedView, setStoredView] = useLocalStorage<string>({
    key: 'veza.calendar.view',
    defaultValue: 'timeGridWeek',
  });
  const phone = usePhone();
  // A phone opens on the day (a week of seven 50-px columns cannot be read there) unless the user chose another view.
  const [initialView] = useState<CalendarViewType>(() =>
    phone ? 'timeGridDay' : isView(storedView) ? storedView : 'timeGridWeek',
  );
  const [view, setView] = useState<CalendarViewType>(initialView);
  const [mode, setMode] = useState<ScheduleMode>('mine');
  const [userIds, setUserIds] = useState<string[]>([user.id]);
  const [filters, setFilters] = useState<CalendarFilters>(NO_FILTERS);
  const [range, setRange] = useState<VisibleRange | null>(null);
  const [form, setForm] = useState<FormState>(null);
  // The form loads its dictionaries when it mounts: mount it on first use, then keep it for its close animation.
  const [formUsed, setFormUsed] = useState(false);
  const openForm = (next: FormState) => {
    setFormUsed(true);
    setForm(next);
  };
  const [feedOpen, setFeedOpen] = useState(false);

  const teamMode = canViewOthers && mode === 'team';
  // Picking several users or filter values one after another asks the server once, not once per click.
  const [debouncedUsers] = useDebouncedValue(userIds, 350);
  const [debouncedFilters] = useDebouncedValue(filters, 350);
  const variables = range
    ? calendarEventsVariables(
        range,
        { mode: teamMode ? 'team' : 'mine', userIds: debouncedUsers, viewerId: user.id },
        debouncedFilters,
      )
    : null;
  const { events, loading, error, refetch } = useCalendarEvents(variables);
  const onMove = useMoveActivity({ timeZone: user.timeZone, refetch });

  const showOwner = variables?.userIds != null;
  const [mapEvents] = useState(eventInputMapper);
  const inputs: EventInput[] = useMemo(
    () => mapEvents(events, { timeZone: user.timeZone, canEdit, showOwner }),
    [mapEvents, events, user.timeZone, canEdit, showOwner],
  );

  const onRangeChange = (next: VisibleRange, nextView: CalendarViewType) => {
    setRange((current) => (sameRange(current, next) ? current : next));
    setView(nextView);
    // The phone's day view is not the user's choice of a view for the desktop.
    if (!phone) setStoredView(nextView);
  };
  const closeForm = () => {
    setForm(null);
    controller.view?.calendar.unselect();
  };

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        description={phone ? t('phone.calendarHint') : t('calendar.description')}
        actions={
          <>
            <Button variant="default" onClick={() => setFeedOpen(true)}>
              {t('calendar.feed.open')}
            </Button>
            {/* The keyboard way to what a drag does: the form opens on the next full hour, its times editable. */}
            {canEdit && <Button onClick={() => openForm({ span: nextHour() })}>{t('activity.create')}</Button>}
          </>
        }
      />
      <Card padding="md">
        <Stack gap="md">
          <ScheduleFilters
            mode={mode}
            canViewOthers={canViewOthers}
            userIds={userIds}
            filters={filters}
            onModeChange={setMode}
            onUsersChange={setUserIds}
            onFiltersChange={setFilters}
          />
          <CalendarToolbar controller={controller} view={view} loading={loading} />
          <ErrorAlert error={error} />
          <Box className="veza-calendar" data-view={view}>
            <CalendarBoard
              controller={controller}
              initialView={initialView}
              view={view}
              timeZone={user.timeZone}
              events={inputs}
              canEdit={canEdit}
              phone={phone}
              onRangeChange={onRangeChange}
              onSelectSpan={(span) => openForm({ span })}
              onOpenActivity={(activityId) => openForm({ activityId })}
              onMove={(change, info) => void onMove(change, info)}
            />
          </Box>
        </Stack>
      </Card>
      {formUsed && (
        <ActivityForm
          opened={form != null}
          onClose={closeForm}
          activityId={form && 'activityId' in form ? form.activityId : null}
          initial={
            form && 'span' in form
              ? {
                  startsAt: form.span.start,
                  endsAt: form.span.end,
                  allDay: form.span.allDay,
                  ownerId: newActivityOwner(teamMode ? 'team' : 'mine', userIds, user.id),
                }
              : undefined
          }
          onSaved={() => void refetch()}
        />
      )}
      <CalendarFeedModal opened={feedOpen} onClose={() => setFeedOpen(false)} />
    </>
  );
}
