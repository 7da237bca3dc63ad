// One activity as a card (home agenda, client history): tone colours, type colour, when, client, subject, actions.
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { labelIn } from '@veza/shared';
import type { ReactNode } from 'react';
import { ClientNameLink } from '../../../components/client-name-link.tsx';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../lib/session.tsx';
import type { ActivityRow } from '../hooks/use-activity-connection.ts';
import { useDescribeWhen } from '../hooks/use-describe-when.ts';
import { activityTone } from '../lib/activity-tone.ts';
import { TypeSwatch } from './activity-pickers.tsx';
import { ActivityRowMenu } from './activity-row-menu.tsx';
import './activity-card.css';
import type { ActivityActions } from './use-activity-dialogs.tsx';

interface Props {
  activity: ActivityRow;
  actions: ActivityActions;
  /** "time" in lists grouped by day, "full" elsewhere. */
  when?: 'time' | 'full';
  showClient?: boolean;
  /** "Mark done" and "Open" buttons next to the menu (home agenda). */
  quickActions?: boolean;
  children?: ReactNode;
}

export function ActivityStatusBadge({
  activity,
}: {
  activity: Pick<ActivityRow, 'status' | 'overdue' | 'priority' | 'startsAt' | 'dueAt'>;
}) {
  const { t } = useTranslation();
  const tone = activityTone(activity);
  return (
    <Badge size="sm" variant={tone.tone === 'done' ? 'outline' : 'light'} color={tone.color}>
      {t(`activity.tone.${tone.tone === 'later' ? 'planned' : tone.tone}`)}
    </Badge>
  );
}

export function ActivityCard({ activity, actions, when = 'full', showClient = true, quickActions, children }: Props) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const describe = useDescribeWhen();
  const tone = activityTone(activity);
  const whenText = describe(activity)[when];
  const meta = [
    activity.contactPerson?.fullName,
    activity.owner.name,
    activity.result ? labelIn(activity.result.labels, i18n.language) : null,
    activity.workMinutes != null ? t('activity.minutes', { count: activity.workMinutes }) : null,
    activity.distanceKm != null ? `${activity.distanceKm} km` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Paper
      {...tone.attributes}
      data-testid="activity-card"
      p="sm"
      bg={tone.background}
      className="veza-activity-card"
      style={{ borderLeft: `4px solid ${tone.border}`, cursor: 'pointer' }}
      onClick={() => actions.open(activity.id)}
    >
      <div className="veza-activity-card__body">
        <Stack gap={2} className="veza-activity-card__text">
          <Group gap="xs" wrap="wrap">
            <Text
              size="sm"
              fw={600}
              c={tone.tone === 'overdue' ? 'red' : undefined}
              className="veza-activity-card__when"
              data-testid="activity-when"
            >
              {whenText}
            </Text>
            <Group gap={4} wrap="nowrap">
              <TypeSwatch color={activity.type.color} meta={activity.type.meta} />
              <Text size="sm" c="dimmed">
                {labelIn(activity.type.labels, i18n.language)}
              </Text>
            </Group>
            <ActivityStatusBadge activity={activity} />
            {activity.priority !== 'NORMAL' && (
              <Badge size="sm" variant="dot" color={activity.priority === 'HIGH' ? 'red' : 'gray'}>
                {t(`activity.priority.${activity.priority}`)}
              </Badge>
            )}
          </Group>
          <Anchor
            component="button"
            type="button"
            ta="left"
            c="inherit"
            style={tone.text}
            onClick={(e) => {
              e.stopPropagation();
              actions.open(activity.id);
            }}
          >
            {activity.subject}
          </Anchor>
          <Group gap={6} wrap="wrap">
            {showClient && (
              <ClientNameLink
                client={activity.client}
                name={activity.clientName}
                suffix="?tab=history"
                onClick={(e) => e.stopPropagation()}
              />
            )}
            <Text size="sm" c="dimmed">
              {showClient && meta ? `· ${meta}` : meta}
            </Text>
          </Group>
        </Stack>
        <div className="veza-activity-card__actions" onClick={(e) => e.stopPropagation()}>
          {quickActions && activity.status === 'PLANNED' && can('activities.write') && (
            <Button
              size="compact-sm"
              variant="white"
              className="veza-activity-card__done"
              onClick={() => actions.close(activity.id)}
            >
              {t('activity.actions.close')}
            </Button>
          )}
          {quickActions && (
            <Button
              size="compact-sm"
              variant="subtle"
              className="veza-activity-card__open"
              onClick={() => actions.open(activity.id)}
            >
              {t('activity.actions.open')}
            </Button>
          )}
          <ActivityRowMenu activity={activity} actions={actions} />
        </div>
      </div>
      {children && (
        <Box mt="xs" onClick={(e) => e.stopPropagation()}>
          {children}
        </Box>
      )}
    </Paper>
  );
}
