// The teams on a phone: one card per team (name, manager, members) instead of a table that scrolls sideways.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { TeamRow } from '../hooks/use-teams.ts';

interface Props {
  teams: readonly TeamRow[];
  loading: boolean;
  error?: unknown;
  /** Opens a team's form; null when the viewer may not manage teams. */
  onEdit: ((team: TeamRow) => void) | null;
}

export function TeamCards({ teams, loading, error, onEdit }: Props) {
  const { t } = useTranslation();
  if (loading) return <PageLoader />;
  return (
    <Stack gap="sm" aria-label={t('teams.tableLabel')} role="list">
      <ErrorAlert error={error} />
      {!teams.length && !error && <Text c="dimmed">{t('teams.empty')}</Text>}
      {teams.map((team) => (
        <Card key={team.id} role="listitem" withBorder>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
              {team.name}
            </Title>
            {onEdit && (
              <Button
                size="xs"
                variant="default"
                style={{ flexShrink: 0 }}
                aria-label={t('teams.editNamed', { name: team.name })}
                onClick={() => onEdit(team)}
              >
                {t('common.edit')}
              </Button>
            )}
          </Group>
          <Text size="sm" mt={4}>
            <Text span c="dimmed" size="sm">
              {t('teams.fields.manager')}:{' '}
            </Text>
            {team.manager?.name ?? '—'}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" size="sm">
              {t('teams.fields.members')}:{' '}
            </Text>
            {team.members.length ? team.members.map((m) => m.name).join(', ') : t('teams.noMembers')}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
