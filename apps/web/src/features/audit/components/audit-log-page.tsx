// Administration › Audit log: every recorded change, filtered by record kind, record, user, period and field.
import { useQuery } from '@apollo/client/react';
import { AUDIT_RECORD_KINDS } from '@veza/shared';
import { Anchor, Button, Card, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateInput } from '../../../components/date-input.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AuditUsersQuery } from '../api/audit-users-query.ts';
import { useAuditLog, type AuditLogFilter } from '../hooks/use-audit-log.ts';
import { AuditEntryBlock } from './audit-entry.tsx';

const RECORD_PATH: Record<string, string> = {
  CLIENT: '/clients',
  ACTIVITY: '/activities',
  OPPORTUNITY: '/opportunities',
};

/** A day in the browser's time zone as the instant it starts (the filter's `to` is exclusive: the next day). */
const dayStart = (day: string, plusDays = 0) => {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
};

function useFilters() {
  const [kind, setKind] = useState<string | null>(null);
  const [actorId, setActorId] = useState<string | null>(null);
  const [recordId, setRecordId] = useState('');
  const [field, setField] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter: AuditLogFilter = {
    recordKind: kind as AuditLogFilter['recordKind'],
    actorId,
    recordId: recordId.trim() || null,
    field: field.trim() || null,
    from: from ? dayStart(from) : null,
    to: to ? dayStart(to, 1) : null,
  };
  const values = { kind, actorId, recordId, field, from, to };
  const set = { setKind, setActorId, setRecordId, setField, setFrom, setTo };
  return { filter, values, set };
}

function Filters({ values, set }: Pick<ReturnType<typeof useFilters>, 'values' | 'set'>) {
  const { t } = useTranslation();
  const { data } = useQuery(AuditUsersQuery);
  const users = data?.users.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="md">
      <Select
        label={t('audit.filter.kind')}
        placeholder={t('audit.filter.any')}
        clearable
        data={AUDIT_RECORD_KINDS.map((k) => ({ value: k, label: t(`audit.kind.${k}`) }))}
        value={values.kind}
        onChange={set.setKind}
      />
      <Select
        label={t('audit.filter.user')}
        placeholder={t('audit.filter.any')}
        clearable
        searchable
        data={users}
        value={values.actorId}
        onChange={set.setActorId}
      />
      <TextInput
        label={t('audit.filter.record')}
        description={t('audit.filter.recordHint')}
        value={values.recordId}
        onChange={(e) => set.setRecordId(e.currentTarget.value)}
      />
      <TextInput
        label={t('audit.filter.field')}
        description={t('audit.filter.fieldHint')}
        value={values.field}
        onChange={(e) => set.setField(e.currentTarget.value)}
      />
      <DateInput label={t('audit.filter.from')} value={values.from} onChange={(e) => set.setFrom(e.target.value)} />
      <DateInput label={t('audit.filter.to')} value={values.to} onChange={(e) => set.setTo(e.target.value)} />
    </SimpleGrid>
  );
}

export default function AuditLogPage() {
  const { t } = useTranslation();
  const { filter, values, set } = useFilters();
  const { entries, loading, error, hasMore, loadMore, loadingMore, totalCount } = useAuditLog(filter);
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Card>
        <Filters values={values} set={set} />
        <ErrorAlert error={error} />
        <Text size="sm" c="dimmed" mb="xs" role="status">
          {t('audit.count', { count: totalCount })}
        </Text>
        {loading && !entries.length && <PageLoader />}
        {entries.map((entry) => (
          <div key={entry.id}>
            <Text size="xs" c="dimmed" mt="xs">
              {t(`audit.kind.${entry.recordKind}`)}{' '}
              {entry.recordId && RECORD_PATH[entry.recordKind] && (
                <Anchor
                  component={Link}
                  size="xs"
                  underline="always"
                  to={`${RECORD_PATH[entry.recordKind]}/${entry.recordId}`}
                >
                  {t('audit.openRecord')}
                </Anchor>
              )}
            </Text>
            <AuditEntryBlock entry={entry} kind={entry.recordKind} />
          </div>
        ))}
        {hasMore && (
          <Group justify="center" mt="sm">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('audit.loadMore')}
            </Button>
          </Group>
        )}
      </Card>
    </>
  );
}
