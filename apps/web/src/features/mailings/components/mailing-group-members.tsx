// One group's members, page by page (keyset), with the ways to add more.
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { MailingGroupMembersQuery } from '../api/mailing-group-members-query.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import { AddByFilterModal } from './add-by-filter-modal.tsx';
import { AddFromClientModal } from './add-from-client-modal.tsx';
import { MemberCards } from './member-cards.tsx';
import { ImportMembersModal } from './import-members-modal.tsx';

export function MailingGroupMembers({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<'client' | 'file' | 'filter' | null>(null);
  const phone = usePhone();
  const list = useKeysetConnection(MailingGroupMembersQuery, {
    variables: { id: groupId, first: 50 },
    select: (d) => d.mailingGroup?.members,
  });
  const done = () => {
    setAdding(null);
    void list.refetch();
  };
  return (
    <section aria-labelledby="group-members-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="group-members-title">
          {t('mailings.groups.members', { count: list.totalCount })}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Button variant="light" onClick={() => setAdding('filter')}>
            {t('mailingsExtra.byFilter.open')}
          </Button>
          <Button variant="light" onClick={() => setAdding('client')}>
            {t('mailings.groups.addFromClient')}
          </Button>
          <Button variant="light" onClick={() => setAdding('file')}>
            {t('mailings.groups.importFile')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={list.error} />
      {!list.loading && !list.rows.length && <Text c="dimmed">{t('mailings.groups.noMembers')}</Text>}
      {list.rows.length > 0 && phone && <MemberCards rows={list.rows} />}
      {list.rows.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={420}>
          <Table striped aria-labelledby="group-members-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mailings.groups.person')}</Table.Th>
                <Table.Th>{t('mailings.groups.email')}</Table.Th>
                <Table.Th>{t('mailings.groups.client')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.rows.map((m) => (
                <Table.Tr key={m.personId}>
                  <Table.Th scope="row" fw="normal">
                    {m.firstName} {m.lastName}
                    {!m.marketingConsent && (
                      <Text span c="red" size="xs" ml="xs">
                        {t('mailings.groups.consentWithdrawn')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>{m.clientName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasMore && (
        <Button variant="subtle" mt="sm" loading={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('mailings.loadMore')}
        </Button>
      )}
      <AddFromClientModal
        groupId={groupId}
        opened={adding === 'client'}
        onClose={() => setAdding(null)}
        onDone={done}
      />
      <AddByFilterModal groupId={groupId} opened={adding === 'filter'} onClose={() => setAdding(null)} onDone={done} />
      <ImportMembersModal
        groupId={groupId}
        opened={adding === 'file'}
        onClose={() => setAdding(null)}
        onDone={() => void list.refetch()}
      />
    </section>
  );
}
