// The opportunities of a list or a client tab: name, client, stage, status, amount, close date, owner.
import { Anchor, Table, Text } from '@mantine/core';
import { labelIn } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../lib/money.ts';
import type { OpportunityCardData } from './opportunity-card.tsx';
import { OpportunityStatusBadge } from './status-badge.tsx';

export function OpportunitiesTable({ rows, showClient = true }: { rows: OpportunityCardData[]; showClient?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!rows.length) return <Text c="dimmed">{t('opportunities.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={t('opportunities.list.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('opportunities.fields.name')}</Table.Th>
            {showClient && <Table.Th>{t('opportunities.fields.client')}</Table.Th>}
            <Table.Th>{t('opportunities.fields.stage')}</Table.Th>
            <Table.Th>{t('opportunities.fields.status')}</Table.Th>
            <Table.Th ta="right">{t('opportunities.fields.amount')}</Table.Th>
            <Table.Th>{t('opportunities.fields.expectedCloseOn')}</Table.Th>
            <Table.Th>{t('opportunities.fields.owner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Anchor component={Link} to={`/opportunities/${o.id}`}>
                  {o.name}
                </Anchor>
              </Table.Td>
              {showClient && <Table.Td>{o.clientName}</Table.Td>}
              <Table.Td>{labelIn(o.stage.labels, lang)}</Table.Td>
              <Table.Td>
                <OpportunityStatusBadge status={o.status} />
              </Table.Td>
              <Table.Td ta="right">{formatMoney(o.amount, o.currency, lang)}</Table.Td>
              <Table.Td c={o.overdue ? 'red' : undefined}>{formatDate(o.expectedCloseOn, lang)}</Table.Td>
              <Table.Td>{o.owner.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
