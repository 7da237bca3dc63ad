// One card on the board: name (link to the detail page), client, amount, expected close (red when overdue), owner.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import type { OpportunityCardFieldsFragment } from '../api/opportunity-fields.ts';
import { formatDate, formatMoney } from '../lib/money.ts';

export type OpportunityCardData = ResultOf<typeof OpportunityCardFieldsFragment>;

export function OpportunityCardBody({ o }: { o: OpportunityCardData }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={`/opportunities/${o.id}`} fw={600} size="sm" lineClamp={2}>
        {o.name}
      </Anchor>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {o.client.name}
      </Text>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="sm" fw={500}>
          {formatMoney(o.amount, o.currency, i18n.language)}
        </Text>
        <Text size="xs" c="dimmed">
          {o.probability} %
        </Text>
      </Group>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c={o.overdue ? 'red' : 'dimmed'}>
          {formatDate(o.expectedCloseOn, i18n.language)}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {o.owner.name}
        </Text>
      </Group>
      {o.overdue && (
        <Badge color="red" variant="light" size="xs">
          {t('opportunities.card.overdue')}
        </Badge>
      )}
    </Stack>
  );
}

export type StepKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';
const STEP_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** A card that can be dragged, or moved with the arrow keys while focused (left / right: stage, up / down: order). */
export function SortableOpportunityCard({
  o,
  disabled,
  onStep,
}: {
  o: OpportunityCardData;
  disabled: boolean;
  onStep: (o: OpportunityCardData, key: StepKey) => void;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: o.id,
    disabled,
  });
  return (
    <div role="listitem">
      <Card
        ref={setNodeRef}
        withBorder
        padding="xs"
        radius="sm"
        data-opportunity-id={o.id}
        style={{
          transform: CSS.Transform.toString(transform),
          transition,
          opacity: isDragging ? 0.5 : 1,
          cursor: disabled ? undefined : 'grab',
          touchAction: 'manipulation',
        }}
        {...attributes}
        {...listeners}
        onKeyDown={(event) => {
          if (disabled || !STEP_KEYS.includes(event.key) || event.target !== event.currentTarget) return;
          event.preventDefault();
          onStep(o, event.key as StepKey);
        }}
        aria-roledescription={t('opportunities.board.cardRole')}
        aria-label={`${o.name}, ${o.client.name}`}
      >
        <OpportunityCardBody o={o} />
      </Card>
    </div>
  );
}
