// Adds clients picked by name to a campaign; clients already on it (or, if chosen, on another campaign) are skipped.
import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, MultiSelect, Stack, Text, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { notifySuccess } from '../../../lib/notify.ts';
import { CampaignClientOptionsQuery } from '../api/campaign-client-options-query.ts';
import { useCampaignItemActions } from '../hooks/use-campaign-item-actions.ts';

const keepAll: OptionsFilter = ({ options }) => options;

interface Props {
  campaignId: string;
  opened: boolean;
  onClose: () => void;
}

function useClientOptions() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const { data } = useQuery(
    CampaignClientOptionsQuery,
    debounced.length >= 2 ? { variables: { search: debounced } } : skipToken,
  );
  const found = debounced.length < 2 ? [] : (data?.clients.edges.map((e) => e.node) ?? []);
  const remember = (ids: string[]) =>
    setLabels((old) => {
      const next = new Map(old);
      for (const c of found) if (ids.includes(c.id)) next.set(c.id, c.city ? `${c.name} (${c.city})` : c.name);
      return next;
    });
  return { found, labels, search, setSearch, remember };
}

export function AddClientsModal({ campaignId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const [clientIds, setClientIds] = useState<string[]>([]);
  const [exclude, setExclude] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const options = useClientOptions();
  const actions = useCampaignItemActions(campaignId);
  const close = () => {
    setClientIds([]);
    setError(null);
    onClose();
  };
  const data = [
    ...options.found.map((c) => ({ value: c.id, label: c.city ? `${c.name} (${c.city})` : c.name })),
    ...clientIds
      .filter((id) => !options.found.some((c) => c.id === id))
      .map((id) => ({ value: id, label: options.labels.get(id) ?? id })),
  ];
  const submit = async () => {
    setError(null);
    try {
      const result = await actions.add(clientIds, exclude);
      notifySuccess(t('campaigns.addClients.done', { added: result.added, skipped: result.skipped }));
      close();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.addClients.title')} size="lg">
      <Stack>
        <MultiSelect
          label={t('campaigns.addClients.clients')}
          description={t('campaigns.addClients.hint')}
          searchable
          data={data}
          value={clientIds}
          onChange={(ids) => {
            options.remember(ids);
            setClientIds(ids);
          }}
          searchValue={options.search}
          onSearchChange={options.setSearch}
          filter={keepAll}
          nothingFoundMessage={
            options.search.trim().length < 2 ? t('campaigns.addClients.typeMore') : t('common.nothingFound')
          }
          hidePickedOptions
        />
        <Checkbox
          label={t('campaigns.addClients.exclude')}
          checked={exclude}
          onChange={(event) => setExclude(event.currentTarget.checked)}
        />
        <ErrorAlert error={error} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('campaigns.addClients.selected', { count: clientIds.length })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button disabled={clientIds.length === 0} loading={actions.adding} onClick={submit}>
              {t('campaigns.addClients.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
