// E-mail campaigns (mailings.manage or mailings.approve): newest first with their state and how many were sent.
import { Badge, Box, Button, Progress, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCan } from '../../../lib/session.tsx';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import { EmailCampaignsQuery } from '../api/email-campaigns-query.ts';
import { STATE_COLORS } from '../lib/campaign-states.ts';
import { EmailCampaignForm } from './email-campaign-form.tsx';

function StateBadge({ state }: { state: keyof typeof STATE_COLORS }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} miw="max-content">
      {t(`mailings.states.${state}`)}
    </Badge>
  );
}

export default function EmailCampaignsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  // On a phone: the name with its state under it, and the progress; author and date stay on wider screens.
  const wide = !usePhone();
  const list = useKeysetConnection(EmailCampaignsQuery, {
    variables: { first: 50 },
    select: (d) => d.emailCampaigns,
  });
  return (
    <>
      <PageHeader
        title={t('mailings.campaigns.title')}
        description={t('mailings.campaigns.description')}
        actions={
          can('mailings.manage') && <Button onClick={() => setCreating(true)}>{t('mailings.campaigns.new')}</Button>
        }
      />
      <ErrorAlert error={list.error} />
      {!list.loading && !list.rows.length && <Text c="dimmed">{t('mailings.campaigns.empty')}</Text>}
      {list.rows.length > 0 && (
        <Table.ScrollContainer minWidth={wide ? 560 : 0}>
          <Table striped aria-label={t('mailings.campaigns.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mailings.campaigns.name')}</Table.Th>
                {wide && <Table.Th>{t('mailings.campaigns.state')}</Table.Th>}
                <Table.Th>{t('mailings.campaigns.sent')}</Table.Th>
                {wide && <Table.Th>{t('mailings.campaigns.author')}</Table.Th>}
                {wide && <Table.Th>{t('mailings.campaigns.changed')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw="normal">
                    <Link to={`/email-campaigns/${c.id}`}>{c.name}</Link>
                    {!wide && (
                      <Box mt={4}>
                        <StateBadge state={c.state} />
                      </Box>
                    )}
                  </Table.Th>
                  {wide && (
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <StateBadge state={c.state} />
                    </Table.Td>
                  )}
                  <Table.Td miw={120}>
                    {c.progress.total > 0 ? (
                      <>
                        <Text size="xs">
                          {c.progress.sent} / {c.progress.total}
                        </Text>
                        <Progress value={(100 * c.progress.sent) / c.progress.total} size="sm" />
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  {wide && <Table.Td>{c.createdByName}</Table.Td>}
                  {wide && <Table.Td>{new Date(c.updatedAt).toLocaleString(i18n.language)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasMore && (
        <Button variant="subtle" loading={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('mailings.loadMore')}
        </Button>
      )}
      <FormModal opened={creating} onClose={() => setCreating(false)} title={t('mailings.campaigns.new')} size="lg">
        <EmailCampaignForm onClose={() => setCreating(false)} onSaved={(id) => navigate(`/email-campaigns/${id}`)} />
      </FormModal>
    </>
  );
}
