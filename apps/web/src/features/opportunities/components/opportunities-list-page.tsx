// The list view: every opportunity matching a status / text filter, in a chosen order, page by page.
import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useOpportunityList } from '../hooks/use-opportunity-list.ts';
import { OpportunitiesTable } from './opportunities-table.tsx';

type Status = 'ALL' | 'OPEN' | 'WON' | 'LOST';
type SortField = 'CREATED_AT' | 'NAME' | 'AMOUNT' | 'EXPECTED_CLOSE' | 'CLOSED_AT';

export default function OpportunitiesListPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('OPEN');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SortField>('CREATED_AT');
  const list = useOpportunityList({
    filter: { status: status === 'ALL' ? null : status, text: text.trim() || null },
    orderBy: [{ field: sort, direction: sort === 'NAME' || sort === 'EXPECTED_CLOSE' ? 'ASC' : 'DESC' }],
    first: 50,
  });
  return (
    <>
      <PageHeader
        title={t('opportunities.list.title')}
        actions={
          <Button component={Link} to="/opportunities" variant="default">
            {t('opportunities.board.title')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('opportunities.fields.status')}
          value={status}
          onChange={(v) => setStatus(v as Status)}
          data={(['ALL', 'OPEN', 'WON', 'LOST'] as const).map((s) => ({
            value: s,
            label: t(`opportunities.status.${s}`),
          }))}
        />
        <TextInput
          label={t('opportunities.list.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Select
          label={t('opportunities.list.sort')}
          value={sort}
          allowDeselect={false}
          onChange={(v) => setSort((v as SortField) ?? 'CREATED_AT')}
          data={(['CREATED_AT', 'NAME', 'AMOUNT', 'EXPECTED_CLOSE', 'CLOSED_AT'] as const).map((s) => ({
            value: s,
            label: t(`opportunities.sort.${s}`),
          }))}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.loading ? <PageLoader /> : <OpportunitiesTable rows={list.rows} />}
      {list.hasMore && (
        <Button variant="subtle" mt="sm" onClick={() => void list.loadMore()} loading={list.loadingMore}>
          {t('opportunities.list.more')}
        </Button>
      )}
    </>
  );
}
