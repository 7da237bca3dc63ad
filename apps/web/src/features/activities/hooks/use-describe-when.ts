// describeWhen() bound to the UI language, the user's time zone and translated labels.
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session.tsx';
import { describeWhen, type ActivityTiming } from '../lib/activity-when.ts';

export function useDescribeWhen() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  return (a: ActivityTiming) =>
    describeWhen(a, i18n.language, user.timeZone, {
      allDay: t('activity.when.allDay'),
      due: (time) => t('activity.when.due', { time }),
      none: t('activity.when.none'),
    });
}
