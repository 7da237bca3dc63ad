// The action buttons of one administration row: in the table's last column, or at the foot of a phone card.
import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { resolveText, type AdminAction } from './admin-table-types.ts';

const shown = <Row,>(row: Row, actions: readonly AdminAction<Row>[]) => actions.filter((a) => !a.hidden?.(row));

export function AdminRowActions<Row>({ row, actions }: { row: Row; actions: readonly AdminAction<Row>[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {shown(row, actions).map((action, index) => {
        const why = action.disabledBecause?.(row) ?? null;
        return (
          <Tooltip key={index} label={why} disabled={!why}>
            <span>
              <Button
                size="xs"
                variant="subtle"
                color={resolveText(action.color, row)}
                disabled={why !== null}
                onClick={() => action.onClick(row)}
                aria-label={action.name(row)}
              >
                {resolveText(action.label, row)}
              </Button>
            </span>
          </Tooltip>
        );
      })}
    </Group>
  );
}

/** Thumb-sized buttons that wrap onto more lines; a disabled one's reason is written out (a tap shows no tooltip). */
export function AdminCardActions<Row>({ row, actions }: { row: Row; actions: readonly AdminAction<Row>[] }) {
  const list = shown(row, actions);
  if (list.length === 0) return null;
  const reasons = list.map((a) => a.disabledBecause?.(row) ?? null).filter((why): why is string => why !== null);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {list.map((action, index) => (
          <Button
            key={index}
            size="sm"
            variant="light"
            color={resolveText(action.color, row)}
            disabled={(action.disabledBecause?.(row) ?? null) !== null}
            onClick={() => action.onClick(row)}
            aria-label={action.name(row)}
          >
            {resolveText(action.label, row)}
          </Button>
        ))}
      </Group>
      {[...new Set(reasons)].map((why) => (
        <Text key={why} size="xs" c="dimmed">
          {why}
        </Text>
      ))}
    </Stack>
  );
}
