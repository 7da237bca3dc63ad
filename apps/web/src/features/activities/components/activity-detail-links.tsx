// Links in an activity's form footer: the .ics invitation (only when its type "may be sent to Outlook") and the
// activity list filtered to the activity's whole thread (main task and everything under it).
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityListHref } from '../../../lib/record-list-links.ts';

interface Props {
  activity: {
    id: string;
    icsUrl: string;
    type: { meta: unknown };
    parent?: { id: string } | null;
    children?: readonly { id: string }[];
  };
  /** Called when the thread link is followed (the dialog closes). */
  onNavigate?: () => void;
}

/** The type's "may be sent to Outlook" flag; a type without it set is sent (the server's rule). */
export function maySendToOutlook(meta: unknown): boolean {
  return !(meta && typeof meta === 'object' && (meta as Record<string, unknown>).sendToOutlook === false);
}

export function ActivityDetailLinks({ activity, onNavigate }: Props) {
  const { t } = useTranslation();
  const inThread = !!activity.parent || (activity.children?.length ?? 0) > 0;
  return (
    <>
      {maySendToOutlook(activity.type.meta) ? (
        <Anchor href={activity.icsUrl} download size="sm">
          {t('activity.downloadIcs')}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          {t('seedDetails.notSentToOutlook')}
        </Text>
      )}
      {inThread && (
        <Anchor component={Link} to={activityListHref({ threadOf: activity.id })} size="sm" onClick={onNavigate}>
          {t('seedDetails.showThread')}
        </Anchor>
      )}
    </>
  );
}
