// A labelled list of read-only values (a <dl>), laid out in columns; empty values show a dash.
import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailItem {
  label: string;
  value: ReactNode;
  /** Spans the whole row (long texts). */
  wide?: boolean;
}

function isBlank(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

export function DetailList({ items, cols = 2 }: { items: DetailItem[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="lg" verticalSpacing="md" m={0}>
      {items.map((item) => (
        <Box key={item.label} style={item.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" mb={2}>
            {item.label}
          </Text>
          <Box component="dd" m={0}>
            {isBlank(item.value) ? <Text c="dimmed">—</Text> : item.value}
          </Box>
        </Box>
      ))}
    </SimpleGrid>
  );
}
