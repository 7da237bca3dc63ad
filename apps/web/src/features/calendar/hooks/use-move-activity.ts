// Saves a calendar drag or resize; on a stale version or any other failure the event goes back where it was.
import { useMutation } from '@apollo/client/react';
import type { EventChangeInfo } from '@fullcalendar/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText, hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifyError } from '../../../lib/notify.ts';
import { MoveActivityMutation } from '../api/move-activity-mutation.ts';
import type { EventFacts } from '../lib/event-mapping.ts';
import { moveVariables } from '../lib/move.ts';

export type MoveChange = { kind: 'drop'; dayDelta: number } | { kind: 'resize' };

export function useMoveActivity({ timeZone, refetch }: { timeZone: string; refetch: () => unknown }) {
  const { t } = useTranslation();
  const [move] = useMutation(MoveActivityMutation);

  return async (change: MoveChange, info: EventChangeInfo) => {
    const facts = info.event.extendedProps as EventFacts;
    const variables = moveVariables(
      change,
      { allDay: info.event.allDay, start: info.event.start, end: info.event.end, extendedProps: facts },
      timeZone,
    );
    if (!variables) {
      info.revert();
      return;
    }
    try {
      await move({
        variables,
        // The event's span lives on the CalendarEvent, not on the Activity the mutation returns: update it here so
        // the calendar does not jump back until the next fetch.
        update(cache, { data }) {
          const moved = data?.moveActivity;
          if (!moved) return;
          const start = moved.startsAt ?? moved.dueAt;
          if (!start) return;
          cache.modify({
            id: cache.identify({ __typename: 'CalendarEvent', id: info.event.id }),
            fields: { start: () => start, end: () => moved.endsAt ?? start },
          });
        },
      });
    } catch (error) {
      info.revert();
      if (hasErrorCode(error, 'CONFLICT'))
        notifications.show({
          color: 'orange',
          title: t('errors.conflictTitle'),
          message: t('calendar.moveConflict', { subject: info.event.title }),
        });
      else notifyError(t('calendar.moveFailed', { subject: info.event.title, reason: errorText(t, error) }));
      void refetch();
    }
  };
}
