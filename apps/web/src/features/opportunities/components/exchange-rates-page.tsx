// Administration of currencies and exchange rates: enable codes, enter a rate, import a central bank's daily file
// (ECB, NBP table A, ČNB) that the administrator downloaded — Veza fetches nothing itself.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, SimpleGrid, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../../components/admin-table.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError } from '../../../lib/notify.ts';
import { ExchangeRatesQuery } from '../api/exchange-rates-query.ts';
import { SetCurrencyEnabledMutation } from '../api/set-currency-enabled-mutation.ts';
import { formatDate } from '../lib/money.ts';
import { BaseCurrencyField } from './base-currency-field.tsx';
import { ImportCard, ManualRateCard } from './exchange-rate-forms.tsx';

export default function ExchangeRatesPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ExchangeRatesQuery, { variables: {} });
  const [setEnabled] = useMutation(SetCurrencyEnabledMutation);
  const [newCode, setNewCode] = useState('');
  if (loading && !data) return <PageLoader />;
  const base = data?.currencies.find((c) => c.isBase)?.code ?? 'EUR';
  const toggle = (code: string, enabled: boolean) =>
    setEnabled({ variables: { code, enabled } })
      .then(() => refetch())
      .catch((e) => notifyError(errorText(t, e)));
  const others = (data?.currencies ?? []).filter((c) => !c.isBase && c.enabled).map((c) => c.code);
  return (
    <>
      <PageHeader title={t('opportunities.rates.title')} description={t('opportunities.rates.description', { base })} />
      <ErrorAlert error={error} />
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <ImportCard onDone={() => void refetch()} />
          <ManualRateCard currencies={others} onDone={() => void refetch()} />
        </SimpleGrid>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('opportunities.rates.currencies')}
          </Title>
          <BaseCurrencyField
            base={base}
            enabled={(data?.currencies ?? []).filter((c) => c.enabled).map((c) => c.code)}
            onDone={() => void refetch()}
          />
          <Group mb="sm">
            {(data?.currencies ?? []).map((c) => (
              <Switch
                key={c.code}
                label={c.code}
                checked={c.enabled}
                disabled={c.isBase}
                onChange={(e) => void toggle(c.code, e.currentTarget.checked)}
              />
            ))}
          </Group>
          <Group align="flex-end">
            <TextInput
              label={t('opportunities.rates.addCurrency')}
              value={newCode}
              maxLength={3}
              onChange={(e) => setNewCode(e.currentTarget.value.toUpperCase())}
            />
            <Button
              variant="default"
              disabled={newCode.length !== 3}
              onClick={() => void toggle(newCode, true).then(() => setNewCode(''))}
            >
              {t('opportunities.rates.enable')}
            </Button>
          </Group>
        </Card>
        <Card withBorder>
          <AdminTable
            label={t('opportunities.rates.tableLabel')}
            rows={data?.exchangeRates ?? []}
            rowKey={(r) => `${r.currency}-${r.date}`}
            empty={t('opportunities.rates.empty')}
            minWidth={400}
            columns={[
              { header: t('opportunities.rates.date'), cell: (r) => formatDate(r.date, i18n.language) },
              { header: t('opportunities.fields.currency'), cell: (r) => r.currency },
              { header: t('opportunities.rates.perBase', { base }), cell: (r) => r.rate },
              { header: t('opportunities.rates.source'), cell: (r) => r.source },
            ]}
          />
        </Card>
      </Stack>
    </>
  );
}
