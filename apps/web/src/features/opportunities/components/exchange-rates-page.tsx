// Administration of currencies and exchange rates: enable codes, enter a rate, import a central bank's daily file
// (ECB, NBP table A, ČNB) that the administrator downloaded — Veza fetches nothing itself.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { SetExchangeRateInput } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { errorText, translateMessage } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { ExchangeRatesQuery } from '../api/exchange-rates-query.ts';
import { ImportExchangeRatesMutation } from '../api/import-exchange-rates-mutation.ts';
import { SetCurrencyEnabledMutation } from '../api/set-currency-enabled-mutation.ts';
import { SetExchangeRateMutation } from '../api/set-exchange-rate-mutation.ts';
import { formatDate, todayIso } from '../lib/money.ts';

type Format = 'ECB' | 'NBP' | 'CNB';

function ImportCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('ECB');
  const [file, setFile] = useState<File | null>(null);
  const [run, { loading }] = useMutation(ImportExchangeRatesMutation);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const submit = async () => {
    if (!file) return;
    setError(null);
    // The request body is limited to 1 MB; daily files are a few kB.
    setTooLarge(file.size > 900_000);
    if (file.size > 900_000) return;
    try {
      const res = await run({ variables: { format, content: await file.text() } });
      const r = res.data!.importExchangeRates;
      notifySuccess(t('opportunities.rates.imported', { n: r.imported, days: r.dates.length }));
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('opportunities.rates.importTitle')}
      </Title>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('opportunities.rates.importHint')}
        </Text>
        <Select
          label={t('opportunities.rates.format')}
          value={format}
          allowDeselect={false}
          onChange={(v) => setFormat((v as Format) ?? 'ECB')}
          data={(['ECB', 'NBP', 'CNB'] as const).map((f) => ({
            value: f,
            label: t(`opportunities.rates.formats.${f}`),
          }))}
        />
        <FileInput
          label={t('opportunities.rates.file')}
          value={file}
          onChange={setFile}
          accept=".xml,.csv,.json,.txt"
          clearable
        />
        <ErrorAlert error={error} message={tooLarge ? t('opportunities.rates.tooLarge') : undefined} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={loading} disabled={!file}>
            {t('opportunities.rates.import')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ManualRateCard({ currencies, onDone }: { currencies: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ currency: currencies[0] ?? '', date: todayIso(), rate: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, { loading }] = useMutation(SetExchangeRateMutation);
  const submit = async () => {
    const parsed = SetExchangeRateInput.safeParse(values);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), translateMessage(t, i.message) ?? ''])),
      );
      return;
    }
    setErrors({});
    try {
      await save({ variables: { input: parsed.data } });
      notifySuccess(t('opportunities.rates.saved'));
      onDone();
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('opportunities.rates.manualTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('opportunities.fields.currency')}
          data={currencies}
          value={values.currency}
          allowDeselect={false}
          onChange={(v) => setValues({ ...values, currency: v ?? '' })}
          error={errors.currency}
        />
        <TextInput
          type="date"
          label={t('opportunities.rates.date')}
          value={values.date}
          onChange={(e) => setValues({ ...values, date: e.currentTarget.value })}
          error={errors.date}
        />
        <TextInput
          label={t('opportunities.rates.rate')}
          inputMode="decimal"
          value={values.rate}
          onChange={(e) => setValues({ ...values, rate: e.currentTarget.value })}
          error={errors.rate}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button onClick={submit} loading={loading}>
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  );
}

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
          <Table.ScrollContainer minWidth={400}>
            <Table aria-label={t('opportunities.rates.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('opportunities.rates.date')}</Table.Th>
                  <Table.Th>{t('opportunities.fields.currency')}</Table.Th>
                  <Table.Th ta="right">{t('opportunities.rates.perBase', { base })}</Table.Th>
                  <Table.Th>{t('opportunities.rates.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.exchangeRates ?? []).map((r) => (
                  <Table.Tr key={`${r.currency}-${r.date}`}>
                    <Table.Td>{formatDate(r.date, i18n.language)}</Table.Td>
                    <Table.Td>{r.currency}</Table.Td>
                    <Table.Td ta="right">{r.rate}</Table.Td>
                    <Table.Td>{r.source}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </Stack>
    </>
  );
}
