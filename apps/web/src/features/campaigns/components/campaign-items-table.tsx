// The campaign's items: position, client, state, outcome, the closing activity; rows can be selected for bulk actions.
import { Badge, Checkbox, Group, Table, Text, Tooltip } from '@mantine/core';
import { ClientNameLink } from '../../../components/client-name-link.tsx';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../../lib/format.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import type { CampaignItemRow } from '../hooks/use-campaign-items.ts';
import { ItemStateBadge } from './item-state-badge.tsx';

interface Props {
  items: CampaignItemRow[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[], on: boolean) => void;
  selectable: boolean;
}

function OutcomeCell({ item }: { item: CampaignItemRow }) {
  const { t } = useTranslation();
  if (item.outcome)
    return (
      <Badge variant="dot" color={item.outcome.color ?? 'gray'}>
        {item.outcome.label}
      </Badge>
    );
  if (item.state === 'SKIPPED' && item.skipReason)
    return (
      <Tooltip label={item.skipReason} multiline maw={320}>
        <Text size="sm" c="dimmed" truncate maw={220}>
          {t('campaigns.items.skipReason', { reason: item.skipReason })}
        </Text>
      </Tooltip>
    );
  return null;
}

/** The client, and on a phone (where the other columns are left out) the item's state and outcome under it. */
function ClientCell({ item, phone }: { item: CampaignItemRow; phone: boolean }) {
  return (
    <>
      <ClientNameLink client={item.client} name={item.clientName} fw={500} />
      {item.client?.city && (
        <Text size="xs" c="dimmed">
          {item.client?.city}
        </Text>
      )}
      {phone && (
        <Group gap={4} mt={4}>
          <ItemStateBadge state={item.state} />
          <OutcomeCell item={item} />
        </Group>
      )}
    </>
  );
}

function DetailCells({ item }: { item: CampaignItemRow }) {
  const formatDateTime = useFormatDateTime();
  return (
    <>
      <Table.Td>
        <ItemStateBadge state={item.state} />
      </Table.Td>
      <Table.Td>
        <OutcomeCell item={item} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate maw={240}>
          {item.activity?.subject ?? ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {formatDateTime(item.completedAt)}
        </Text>
      </Table.Td>
    </>
  );
}

export function CampaignItemsTable({ items, selected, onToggle, onToggleAll, selectable }: Props) {
  const { t } = useTranslation();
  // On a phone: the selection box and the client with its state; position, activity and date stay on wider screens.
  const wide = !usePhone();
  const ids = items.map((i) => i.id);
  const all = ids.length > 0 && ids.every((id) => selected.has(id));
  const some = ids.some((id) => selected.has(id));
  return (
    <Table.ScrollContainer minWidth={wide ? 820 : 0}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('campaigns.items.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            {selectable && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('campaigns.items.selectAll')}
                  checked={all}
                  indeterminate={some && !all}
                  onChange={(event) => onToggleAll(ids, event.currentTarget.checked)}
                />
              </Table.Th>
            )}
            {wide && <Table.Th w={60}>#</Table.Th>}
            <Table.Th>{t('campaigns.items.client')}</Table.Th>
            {wide && (
              <>
                <Table.Th>{t('campaigns.items.state')}</Table.Th>
                <Table.Th>{t('campaigns.items.outcome')}</Table.Th>
                <Table.Th>{t('campaigns.items.activity')}</Table.Th>
                <Table.Th>{t('campaigns.items.finishedAt')}</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} bg={selected.has(item.id) ? 'var(--mantine-primary-color-light)' : undefined}>
              {selectable && (
                <Table.Td>
                  <Checkbox
                    aria-label={t('campaigns.items.select', { name: item.clientName })}
                    checked={selected.has(item.id)}
                    onChange={() => onToggle(item.id)}
                  />
                </Table.Td>
              )}
              {wide && (
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {item.position}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <ClientCell item={item} phone={!wide} />
              </Table.Td>
              {wide && <DetailCells item={item} />}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
