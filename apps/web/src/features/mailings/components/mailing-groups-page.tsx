// Mailing groups (mailings.manage): the groups by category with member counts; one group's members page by page,
// added from a client's consenting persons or from an XLSX/CSV file.
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Grid, NavLink, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { MailingGroupsQuery } from '../api/mailing-groups-query.ts';
import { MailingGroupForm } from './mailing-group-form.tsx';
import { MailingGroupMembers } from './mailing-group-members.tsx';

export default function MailingGroupsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, error } = useQuery(MailingGroupsQuery, { fetchPolicy: 'cache-and-network' });
  const groups = data?.mailingGroups ?? [];
  const categories = [...new Set(groups.map((g) => g.category ?? ''))].sort();
  return (
    <>
      <PageHeader
        title={t('mailings.groups.title')}
        description={t('mailings.groups.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('mailings.groups.new')}</Button>}
      />
      <ErrorAlert error={error} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <nav aria-label={t('mailings.groups.title')}>
            {!groups.length && <Text c="dimmed">{t('mailings.groups.empty')}</Text>}
            {categories.map((category) => (
              <Stack key={category} gap={0} mb="sm">
                <Title order={2} size="h6" c="dimmed">
                  {category || t('mailings.groups.noCategory')}
                </Title>
                {groups
                  .filter((g) => (g.category ?? '') === category)
                  .map((g) => (
                    <NavLink
                      key={g.id}
                      active={g.id === id}
                      label={g.name}
                      onClick={() => navigate(`/mailing-groups/${g.id}`)}
                      rightSection={<Badge variant="light">{g.memberCount}</Badge>}
                      description={g.filter ? t('mailings.groups.dynamic') : undefined}
                    />
                  ))}
              </Stack>
            ))}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {id ? <MailingGroupMembers key={id} groupId={id} /> : <Text c="dimmed">{t('mailings.groups.pick')}</Text>}
        </Grid.Col>
      </Grid>
      <FormModal opened={creating} onClose={() => setCreating(false)} title={t('mailings.groups.new')}>
        <MailingGroupForm onClose={() => setCreating(false)} onSaved={(g) => navigate(`/mailing-groups/${g}`)} />
      </FormModal>
    </>
  );
}
