// Administration of hourly rates (users.manage): each colleague's dated rates, general or per activity type, which
// the reports' COST measure multiplies with the work time of the day. A new rate never changes earlier days.
import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../../components/admin-table.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { HourlyRatesQuery } from '../api/hourly-rates-query.ts';
import { HourlyRateForm } from './hourly-rate-form.tsx';

export default function HourlyRatesPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HourlyRatesQuery);
  const [open, setOpen] = useState(false);
  const users = (data?.colleagues.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  const types = (data?.dictionary ?? []).map((v) => ({ value: v.id, label: v.label }));
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(i18n.language, { timeZone: 'UTC' });
  return (
    <>
      <PageHeader title={t('hourlyRates.title')} description={t('hourlyRates.description')} />
      <AdminTable
        label={t('hourlyRates.tableLabel')}
        rows={data?.hourlyRates ?? []}
        rowKey={(r) => r.id}
        loading={loading && !data}
        error={error}
        empty={t('hourlyRates.empty')}
        minWidth={480}
        toolbar={
          <Group justify="flex-end">
            <Button onClick={() => setOpen(true)} disabled={!users.length}>
              {t('hourlyRates.add')}
            </Button>
          </Group>
        }
        columns={[
          { header: t('hourlyRates.user'), cell: (r) => r.user.name },
          { header: t('hourlyRates.type'), cell: (r) => r.activityType?.label ?? t('hourlyRates.general') },
          { header: t('hourlyRates.validFrom'), cell: (r) => day(r.validFrom) },
          { header: t('hourlyRates.rate'), cell: (r) => r.rate },
        ]}
      />
      <FormModal opened={open} onClose={() => setOpen(false)} title={t('hourlyRates.add')}>
        <HourlyRateForm
          users={users}
          types={types}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            void refetch();
          }}
        />
      </FormModal>
    </>
  );
}
