// The pipeline board: one column per stage; drag a card (mouse, touch or keyboard) to move or reorder it; a drop on
// a won / lost stage opens its dialog. Filters: mine, owner, close-date range, an attribute (and the client from
// ?client=).
import {
  closestCorners,
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Alert, Button, Card, Group, ScrollArea, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useCan, useCanEditRecord } from '../../../lib/session.tsx';
import { dropTarget, stepTarget } from '../lib/board.ts';
import { useBoard, type BoardFilter } from '../hooks/use-board.ts';
import { useOpportunityOptions } from '../hooks/use-opportunity-options.ts';
import { BoardColumn } from './board-column.tsx';
import { OpportunityFilters } from './opportunity-filters.tsx';
import { LostDialog, WonDialog } from './close-dialogs.tsx';
import { OpportunityCardBody, type OpportunityCardData, type StepKey } from './opportunity-card.tsx';
import { OpportunityFormModal } from './opportunity-form-modal.tsx';

type Closing = { kind: 'won' | 'lost'; card: OpportunityCardData; stageId: string } | null;

function useAnnouncements(board: ReturnType<typeof useBoard>): Announcements {
  const { t } = useTranslation();
  const name = (id: unknown) => board.cards.get(String(id))?.name ?? '';
  const stage = (id: unknown) => {
    const s = board.columnData.find((c) => c.id === String(id) || board.columns[c.id]?.includes(String(id)));
    return s?.label ?? '';
  };
  return {
    onDragStart: ({ active }) => t('opportunities.board.picked', { name: name(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('opportunities.board.over', { name: name(active.id), stage: stage(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('opportunities.board.dropped', { name: name(active.id), stage: stage(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('opportunities.board.cancelled', { name: name(active.id) }),
  };
}

export default function BoardPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canEditRecord = useCanEditRecord();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<BoardFilter>({ clientId: params.get('client') });
  const board = useBoard(filter);
  const options = useOpportunityOptions();
  const [dragging, setDragging] = useState<OpportunityCardData | null>(null);
  const [closing, setClosing] = useState<Closing>(null);
  const [creating, setCreating] = useState(false);
  // A stale card after a conflict: close the dialog and show the board as it is now.
  const reload = () => {
    setClosing(null);
    void board.refetch();
  };
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const [announcement, setAnnouncement] = useState('');
  const announcements = useAnnouncements(board);
  const canMove = (o: OpportunityCardData) =>
    o.status === 'OPEN' && canEditRecord('OPPORTUNITIES', o.owner.id, 'opportunities.write');

  const place = (card: OpportunityCardData, target: { stage: string; index: number }) => {
    const column = board.columnData.find((c) => c.id === target.stage);
    if (column?.outcome === 'OPEN') void board.moveTo(card, target.stage, target.index);
    else setClosing({ kind: column?.outcome === 'WON' ? 'won' : 'lost', card, stageId: target.stage });
    return column;
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const card = board.cards.get(String(active.id));
    const target = over && card ? dropTarget(board.columns, card.id, String(over.id)) : null;
    if (card && target) place(card, target);
  };
  // Arrow keys on a focused card or its "Move to stage" menu: the same moves as dragging, announced, with the focus
  // kept on the card.
  const onStep = (card: OpportunityCardData, key: StepKey) => {
    const order = board.columnData.map((c) => c.id);
    const target =
      typeof key === 'object' ? { stage: key.stage, index: 0 } : stepTarget(board.columns, order, card.id, key);
    if (!target) return;
    const column = place(card, target);
    setAnnouncement(
      t('opportunities.board.moved', { name: card.name, stage: column?.label, position: target.index + 1 }),
    );
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-opportunity-id="${CSS.escape(card.id)}"]`)?.focus(),
    );
  };

  if (board.loading) return <PageLoader />;
  return (
    <>
      <PageHeader
        title={t('opportunities.board.title')}
        actions={
          <>
            <Button component={Link} to="/opportunities/list" variant="default">
              {t('opportunities.list.title')}
            </Button>
            {can('opportunities.write') && <Button onClick={() => setCreating(true)}>{t('opportunities.new')}</Button>}
          </>
        }
      />
      <OpportunityFilters filter={filter} onChange={setFilter} attributes={options.attributes} />
      <ErrorAlert error={board.error} />
      {board.missingRates.length > 0 && (
        <Alert color="yellow" mb="md" role="status">
          {t('opportunities.board.missingRates', { currencies: board.missingRates.join(', ') })}
        </Alert>
      )}
      <Text size="xs" c="dimmed" mb="xs">
        {t('opportunities.board.instructions')}
      </Text>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={({ active }) => setDragging(board.cards.get(String(active.id)) ?? null)}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('opportunities.board.instructions') },
        }}
      >
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        {/* The stage columns scroll sideways inside the board, never the page (e2e phone-layout exempts it). */}
        <ScrollArea type="auto" offsetScrollbars data-scrolls-inside>
          <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
            {board.columnData.map((column) => (
              <BoardColumn
                key={column.id}
                column={column}
                baseCurrency={board.baseCurrency}
                cards={(board.columns[column.id] ?? []).flatMap((id) => board.cards.get(id) ?? [])}
                canMove={canMove}
                onStep={onStep}
                stages={board.columnData}
                onLoadMore={() => board.loadMore(column.id)}
                loadingMore={board.loadingMore === column.id}
              />
            ))}
          </Group>
        </ScrollArea>
        <DragOverlay>
          {dragging && (
            <Card withBorder shadow="md" padding="xs" w={250}>
              <OpportunityCardBody o={dragging} />
            </Card>
          )}
        </DragOverlay>
      </DndContext>
      <WonDialog
        opened={closing?.kind === 'won'}
        name={closing?.card.name ?? ''}
        onCancel={() => setClosing(null)}
        onReload={reload}
        onConfirm={async () => {
          await board.markWon(closing!.card, closing!.stageId);
          setClosing(null);
        }}
      />
      <LostDialog
        opened={closing?.kind === 'lost'}
        name={closing?.card.name ?? ''}
        reasons={options.lostReasons}
        onCancel={() => setClosing(null)}
        onReload={reload}
        onConfirm={async (reasonId, note) => {
          await board.markLost(closing!.card, closing!.stageId, reasonId, note);
          setClosing(null);
        }}
      />
      <OpportunityFormModal
        opened={creating}
        clientId={typeof filter.clientId === 'string' ? filter.clientId : null}
        onClose={() => setCreating(false)}
        onSaved={() => void board.refetch()}
      />
    </>
  );
}
