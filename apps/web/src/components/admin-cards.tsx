// The phone layout of an administration list: one card per row — the row's name as its title, the other columns as
// label/value pairs (those the page keeps on a phone), the actions as thumb-sized buttons. Nothing scrolls sideways.
import { Card, Stack, Text } from '@mantine/core';
import { AdminCardActions } from './admin-row-actions.tsx';
import type { AdminAction, AdminColumn } from './admin-table-types.ts';
import './admin-cards.css';

interface Props<Row> {
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly [AdminColumn<Row>, ...AdminColumn<Row>[]];
  actions: readonly AdminAction<Row>[];
}

export function AdminCards<Row>({ label, rows, rowKey, columns, actions }: Props<Row>) {
  const [first, ...rest] = columns;
  const details = rest.filter((c) => !c.hideOnPhone);
  return (
    <Stack component="ul" aria-label={label} gap="xs" className="veza-admin-cards">
      {rows.map((row) => (
        <Card component="li" key={rowKey(row)} withBorder padding="sm" radius="md" className="veza-admin-card">
          <Stack gap={6}>
            <Text component="div" fw={600} className="veza-admin-card-title">
              {first.cell(row)}
            </Text>
            {details.length > 0 && (
              <dl className="veza-admin-card-details">
                {details.map((c, i) => (
                  <div key={i} className="veza-admin-card-pair">
                    <Text component="dt" size="xs" c="dimmed">
                      {c.header}
                    </Text>
                    <Text component="dd" size="sm">
                      {c.cell(row)}
                    </Text>
                  </div>
                ))}
              </dl>
            )}
            <AdminCardActions row={row} actions={actions} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
