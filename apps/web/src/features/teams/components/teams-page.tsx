// Administration › Teams: list, create and edit teams (a manager and members); profiles' TEAM scope reads them.
// A table on a wide screen, one card per team on a phone.
import { Button, Card, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../../components/admin-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCan } from '../../../lib/session.tsx';
import { usePhone } from '../../../lib/use-phone.ts';
import { useTeams, type TeamRow } from '../hooks/use-teams.ts';
import { TeamCards } from './team-cards.tsx';
import { TeamFormModal } from './team-form-modal.tsx';

export default function TeamsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { teams, loading, error } = useTeams();
  const [editing, setEditing] = useState<{ team: TeamRow | null } | null>(null);
  const manage = can('users.manage');
  const phone = usePhone();
  return (
    <>
      <PageHeader
        title={t('teams.title')}
        description={t('teams.description')}
        actions={manage && <Button onClick={() => setEditing({ team: null })}>{t('teams.create')}</Button>}
      />
      {phone ? (
        <TeamCards
          teams={teams}
          loading={loading}
          error={error}
          onEdit={manage ? (team) => setEditing({ team }) : null}
        />
      ) : (
        <Card>
          <AdminTable
            label={t('teams.tableLabel')}
            rows={teams}
            rowKey={(team) => team.id}
            loading={loading}
            error={error}
            empty={t('teams.empty')}
            columns={[
              { header: t('teams.fields.name'), cell: (team) => team.name },
              { header: t('teams.fields.manager'), cell: (team) => team.manager?.name ?? '—' },
              {
                header: t('teams.fields.members'),
                cell: (team) => (
                  <Text size="sm">
                    {team.members.length ? team.members.map((m) => m.name).join(', ') : t('teams.noMembers')}
                  </Text>
                ),
              },
            ]}
            actions={
              manage
                ? [
                    {
                      label: t('common.edit'),
                      name: (team) => t('teams.editNamed', { name: team.name }),
                      onClick: (team) => setEditing({ team }),
                    },
                  ]
                : []
            }
          />
        </Card>
      )}
      <TeamFormModal team={editing?.team ?? null} opened={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
