// One card on the board: name (link to the detail page), client, amount, expected close (red when overdue), owner.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Anchor, Badge, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { IconArrowsMove } from '@tabler/icons-react';
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
        {o.clientName}
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

/** An arrow key on the focused card, or a stage picked in the card's "Move to stage" menu. */
export type StepKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | { stage: string };
export type StageOption = { id: string; label: string };

/** The keyboard (and one-tap) alternative to dragging: a menu of the other stages. */
function MoveToStageMenu({
  o,
  stageId,
  stages,
  onStep,
}: {
  o: OpportunityCardData;
  stageId: string;
  stages: StageOption[];
  onStep: (o: OpportunityCardData, key: StepKey) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('a11y.moveToStage', { name: o.name })}>
          <IconArrowsMove size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('a11y.moveToStageTitle')}</Menu.Label>
        {stages
          .filter((s) => s.id !== stageId)
          .map((s) => (
            <Menu.Item key={s.id} onClick={() => onStep(o, { stage: s.id })}>
              {s.label}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
const STEP_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** A card that can be dragged, or moved with the arrow keys while focused (left / right: stage, up / down: order). */
export function SortableOpportunityCard({
  o,
  disabled,
  onStep,
  stageId,
  stages,
}: {
  o: OpportunityCardData;
  disabled: boolean;
  onStep: (o: OpportunityCardData, key: StepKey) => void;
  stageId: string;
  stages: StageOption[];
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
        // A focusable group, not dnd-kit's "button": the card holds a link and the stage menu (axe nested-interactive).
        role="group"
        aria-roledescription={t('opportunities.board.cardRole')}
        aria-label={`${o.name}, ${o.clientName}`}
      >
        <Group gap={4} wrap="nowrap" align="flex-start">
          <div style={{ flex: 1, minWidth: 0 }}>
            <OpportunityCardBody o={o} />
          </div>
          {!disabled && <MoveToStageMenu o={o} stageId={stageId} stages={stages} onStep={onStep} />}
        </Group>
      </Card>
    </div>
  );
}
