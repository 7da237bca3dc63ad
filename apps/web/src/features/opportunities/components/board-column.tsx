// One stage column: its label and colour, count, sum and weighted sum in the base currency, and its loaded cards
// (the first page, then more on request).
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../lib/money.ts';
import {
  SortableOpportunityCard,
  type OpportunityCardData,
  type StageOption,
  type StepKey,
} from './opportunity-card.tsx';

export interface ColumnData {
  id: string;
  label: string;
  color: string | null;
  count: number;
  sum: string;
  weightedSum: string;
}

interface Props {
  column: ColumnData;
  cards: OpportunityCardData[];
  baseCurrency: string;
  canMove: (o: OpportunityCardData) => boolean;
  onStep: (o: OpportunityCardData, key: StepKey) => void;
  /** Every stage, for the cards' "Move to stage" menus. */
  stages: StageOption[];
  onLoadMore: () => void;
  loadingMore: boolean;
}

export function BoardColumn({ column, cards, baseCurrency, canMove, onStep, stages, onLoadMore, loadingMore }: Props) {
  const { t, i18n } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const headingId = `stage-${column.id}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="xs"
      w={260}
      miw={260}
      bg={isOver ? 'blue.0' : 'gray.0'}
      style={{ borderTop: `4px solid ${column.color ?? 'var(--mantine-color-gray-4)'}` }}
      component="section"
      aria-labelledby={headingId}
    >
      <Stack gap={4} mb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text id={headingId} fw={700} size="sm" lineClamp={1}>
            {column.label}
          </Text>
          <Badge variant="light" aria-label={t('opportunities.board.count', { n: column.count })}>
            {column.count}
          </Badge>
        </Group>
        <Text size="xs" data-testid={`sum-${column.id}`}>
          {t('opportunities.board.sum')}: {formatMoney(column.sum, baseCurrency, i18n.language)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('opportunities.board.weighted')}: {formatMoney(column.weightedSum, baseCurrency, i18n.language)}
        </Text>
      </Stack>
      <SortableContext id={column.id} items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <Box ref={setNodeRef} mih={80}>
          <Stack gap="xs" role="list" aria-labelledby={headingId}>
            {cards.map((o) => (
              <SortableOpportunityCard
                key={o.id}
                o={o}
                disabled={!canMove(o)}
                onStep={onStep}
                stageId={column.id}
                stages={stages}
              />
            ))}
          </Stack>
          {cards.length < column.count && (
            <Button variant="subtle" size="xs" fullWidth mt="xs" loading={loadingMore} onClick={onLoadMore}>
              {t('opportunities.board.showMore', { n: column.count - cards.length })}
            </Button>
          )}
        </Box>
      </SortableContext>
    </Paper>
  );
}
