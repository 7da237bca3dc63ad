// Chooses the visible columns (checkboxes) and their order (drag handles, also with the keyboard).
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { moveColumn, toggleColumn } from './reorder.ts';

export interface ColumnPickerProps {
  /** Every column the list offers, in default order. */
  available: readonly string[];
  /** Visible columns in display order. */
  value: readonly string[];
  labelOf: (id: string) => string;
  onChange: (columns: string[]) => void;
}

function SortableColumn({ id, label, onToggle }: { id: string; label: string; onToggle: (show: boolean) => void }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <Group
      ref={setNodeRef}
      gap="xs"
      wrap="nowrap"
      data-column-id={id}
      px={4}
      py={2}
      bg={isDragging ? 'blue.0' : undefined}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        borderRadius: 4,
        zIndex: isDragging ? 1 : undefined,
        position: 'relative',
      }}
    >
      <ActionIcon
        ref={setActivatorNodeRef}
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={t('dataTable.columnsPicker.move', { name: label })}
        style={{ cursor: 'grab', touchAction: 'none' }}
        {...attributes}
        {...listeners}
      >
        ⠿
      </ActionIcon>
      <Checkbox size="xs" label={label} checked onChange={(e) => onToggle(e.currentTarget.checked)} />
    </Group>
  );
}

/** What screen readers hear while a column is dragged, in the UI language. */
function useAnnouncements(value: readonly string[], labelOf: (id: string) => string): Announcements {
  const { t } = useTranslation();
  const name = (id: unknown) => labelOf(String(id));
  return {
    onDragStart: ({ active }) => t('dataTable.columnsPicker.picked', { name: name(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dataTable.columnsPicker.over', { name: name(active.id), position: value.indexOf(String(over.id)) + 1 })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('dataTable.columnsPicker.dropped', { name: name(active.id), position: value.indexOf(String(over.id)) + 1 })
        : undefined,
    onDragCancel: ({ active }) => t('dataTable.columnsPicker.cancelled', { name: name(active.id) }),
  };
}

function HiddenColumns({
  ids,
  labelOf,
  onShow,
}: {
  ids: string[];
  labelOf: (id: string) => string;
  onShow: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <Stack gap={2} mt="xs" role="list" aria-label={t('dataTable.columnsPicker.hidden')}>
      {ids.map((id) => (
        <Group key={id} role="listitem" gap="xs" pl={34} py={2}>
          <Checkbox size="xs" label={labelOf(id)} checked={false} onChange={() => onShow(id)} />
        </Group>
      ))}
    </Stack>
  );
}

export function ColumnPicker({ available, value, labelOf, onChange }: ColumnPickerProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const hidden = available.filter((id) => !value.includes(id));
  const announcements = useAnnouncements(value, labelOf);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onChange(moveColumn(value, String(active.id), String(over.id)));
  };

  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('dataTable.columnsPicker.hint')}
      </Text>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('dataTable.columnsPicker.instructions') },
        }}
      >
        <SortableContext items={[...value]} strategy={verticalListSortingStrategy}>
          <Stack gap={0} role="list" aria-label={t('dataTable.columnsPicker.visible')}>
            {value.map((id) => (
              <div role="listitem" key={id}>
                <SortableColumn
                  id={id}
                  label={labelOf(id)}
                  onToggle={(show) => onChange(toggleColumn(value, id, show))}
                />
              </div>
            ))}
          </Stack>
        </SortableContext>
      </DndContext>
      <HiddenColumns ids={hidden} labelOf={labelOf} onShow={(id) => onChange(toggleColumn(value, id, true))} />
    </Stack>
  );
}
