// The base currency on the exchange-rates page: pick another enabled currency and confirm; the server re-expresses
// the rates and refuses while open opportunities would lack a rate (the message names the currencies).
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { SetBaseCurrencyMutation } from '../api/set-base-currency-mutation.ts';

interface Props {
  base: string;
  enabled: string[];
  onDone: () => void;
}

export function BaseCurrencyField({ base, enabled, onDone }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [setBase, { loading }] = useMutation(SetBaseCurrencyMutation);
  const save = async () => {
    try {
      await setBase({ variables: { code: code! } });
      notifySuccess(t('opportunities.rates.baseChanged', { code }));
      setCode(null);
      onDone();
    } catch (e) {
      const missing = CombinedGraphQLErrors.is(e) ? e.errors[0]?.extensions?.currencies : undefined;
      const extra = Array.isArray(missing) ? ` (${missing.join(', ')})` : '';
      notifyError(errorText(t, e) + extra);
    } finally {
      setConfirming(false);
    }
  };
  return (
    <Group align="flex-end" mb="sm">
      <Select
        label={t('opportunities.rates.baseCurrency')}
        value={code ?? base}
        allowDeselect={false}
        data={enabled}
        onChange={setCode}
        w={140}
      />
      <Button variant="default" disabled={!code || code === base} onClick={() => setConfirming(true)}>
        {t('opportunities.rates.makeBase')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('opportunities.rates.makeBase')}
        confirmLabel={t('opportunities.rates.makeBase')}
        loading={loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void save()}
      >
        {t('opportunities.rates.baseConfirm', { from: base, to: code })}
      </ConfirmDialog>
    </Group>
  );
}
