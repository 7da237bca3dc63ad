// The "⋯" menu of a listed activity: open, e-mail, Changes, mark done, cancel, reopen, delete, as its status allows.
import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../lib/session.tsx';
import type { ActivityActions, ActionTarget } from './use-activity-dialogs.tsx';

export function ActivityRowMenu({ activity, actions }: { activity: ActionTarget; actions: ActivityActions }) {
  const { t } = useTranslation();
  const can = useCan();
  const writable = can('activities.write');
  const planned = activity.status === 'PLANNED';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('activity.actions.menu', { subject: activity.subject })}
          onClick={(e) => e.stopPropagation()}
        >
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown onClick={(e) => e.stopPropagation()}>
        <Menu.Item onClick={() => actions.open(activity.id)}>{t('activity.actions.open')}</Menu.Item>
        {actions.email && activity.client && can('mail.send') && (
          <Menu.Item onClick={() => actions.email?.(activity)}>{t('mail.compose.open')}</Menu.Item>
        )}
        {actions.changes && (
          <Menu.Item onClick={() => actions.changes?.(activity)}>{t('visibility.activityChanges')}</Menu.Item>
        )}
        {writable && planned && (
          <Menu.Item onClick={() => actions.close(activity.id)}>{t('activity.actions.close')}</Menu.Item>
        )}
        {writable && planned && (
          <Menu.Item onClick={() => actions.cancel(activity)}>{t('activity.actions.cancel')}</Menu.Item>
        )}
        {writable && !planned && (
          <Menu.Item onClick={() => actions.reopen(activity)}>{t('activity.actions.reopen')}</Menu.Item>
        )}
        {writable && (
          <>
            <Menu.Divider />
            <Menu.Item color="red" onClick={() => actions.remove(activity)}>
              {t('activity.actions.delete')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
