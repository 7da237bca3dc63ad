// The campaign page's item list: state filter, client search, selection with reassign / remove, "load more".
import { Button, Card, Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import { useCampaignItemActions } from '../hooks/use-campaign-item-actions.ts';
import { useCampaignItems } from '../hooks/use-campaign-items.ts';
import { ITEM_STATES, type ItemState } from '../lib/progress.ts';
import { CampaignItemsTable } from './campaign-items-table.tsx';
import { ReassignItemsModal } from './reassign-items-modal.tsx';

interface Props {
  campaignId: string;
  agentId: string;
  /** Completed and cancelled campaigns are history: no bulk changes. */
  editable: boolean;
}

function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return {
    selected,
    toggle: (id: string) =>
      setSelected((old) => {
        const next = new Set(old);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    toggleAll: (ids: string[], on: boolean) =>
      setSelected((old) => {
        const next = new Set(old);
        ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
        return next;
      }),
    clear: () => setSelected(new Set()),
  };
}

export function CampaignItemsPanel({ campaignId, agentId, editable }: Props) {
  const phone = usePhone();
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<ItemState | 'ALL'>('ALL');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const list = useCampaignItems(campaignId, state === 'ALL' ? [] : [state], debounced);
  const selection = useSelection();
  const actions = useCampaignItemActions(campaignId);
  const [dialog, setDialog] = useState<'reassign' | 'remove' | null>(null);
  const chosen = list.items.filter((i) => selection.selected.has(i.id));
  const movable = chosen.filter((i) => i.state === 'PENDING' || i.state === 'IN_PROGRESS');
  const removable = chosen.filter((i) => i.state === 'PENDING');
  const number = new Intl.NumberFormat(i18n.language);

  const remove = async () => {
    try {
      const count = await actions.remove(removable.map((i) => i.id));
      notifySuccess(t('campaigns.items.removed', { count }));
      selection.clear();
    } catch (error) {
      notifyError(errorText(t, error));
    } finally {
      setDialog(null);
    }
  };

  return (
    <Card padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          {/* Five states do not fit side by side at 360–430 px (Polish, Czech): on a phone they stack. */}
          <SegmentedControl
            orientation={phone ? 'vertical' : 'horizontal'}
            fullWidth={phone}
            aria-label={t('campaigns.items.stateFilter')}
            value={state}
            onChange={(v) => {
              setState(v as ItemState | 'ALL');
              selection.clear();
            }}
            data={[
              { value: 'ALL', label: t('campaigns.items.all') },
              ...ITEM_STATES.map((s) => ({ value: s, label: t(`campaigns.itemState.${s}`) })),
            ]}
          />
          <TextInput
            type="search"
            aria-label={t('campaigns.items.search')}
            placeholder={t('campaigns.items.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={phone ? '100%' : 260}
          />
        </Group>
        {editable && chosen.length > 0 && (
          <Group gap="sm" p="xs" bg="var(--mantine-primary-color-light)" style={{ borderRadius: 8 }}>
            <Text size="sm" fw={500}>
              {t('campaigns.items.selected', { count: chosen.length })}
            </Text>
            <Button size="xs" disabled={movable.length === 0} onClick={() => setDialog('reassign')}>
              {t('campaigns.items.reassign', { count: movable.length })}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              disabled={removable.length === 0}
              onClick={() => setDialog('remove')}
            >
              {t('campaigns.items.remove', { count: removable.length })}
            </Button>
            <Button size="xs" variant="subtle" onClick={selection.clear}>
              {t('campaigns.items.clearSelection')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={list.error} />
        {list.loading ? (
          <Group justify="center" py="xl">
            <Loader size="sm" />
          </Group>
        ) : list.items.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {state === 'ALL' && !debounced ? t('campaigns.items.empty') : t('campaigns.items.noMatches')}
          </Text>
        ) : (
          <CampaignItemsTable
            items={list.items}
            selected={selection.selected}
            onToggle={selection.toggle}
            onToggleAll={selection.toggleAll}
            selectable={editable}
          />
        )}
        <Group justify="center" gap="sm">
          <Text size="xs" c="dimmed">
            {t('campaigns.items.shown', {
              shown: number.format(list.items.length),
              total: number.format(list.totalCount),
            })}
          </Text>
          {list.hasMore && (
            <Button variant="default" size="xs" loading={list.loadingMore} onClick={list.loadMore}>
              {t('common.loadMore')}
            </Button>
          )}
        </Group>
      </Stack>
      <ReassignItemsModal
        campaignId={campaignId}
        currentAgentId={agentId}
        itemIds={movable.map((i) => i.id)}
        opened={dialog === 'reassign'}
        onClose={() => setDialog(null)}
        onDone={selection.clear}
      />
      <ConfirmDialog
        opened={dialog === 'remove'}
        title={t('campaigns.items.removeTitle', { count: removable.length })}
        confirmLabel={t('campaigns.items.removeConfirm')}
        loading={actions.removing}
        onConfirm={remove}
        onCancel={() => setDialog(null)}
      >
        {t('campaigns.items.removeBody', { count: removable.length, skipped: chosen.length - removable.length })}
      </ConfirmDialog>
    </Card>
  );
}
