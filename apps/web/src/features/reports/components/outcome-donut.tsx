// Done items by outcome as a donut with a legend table (count and share), or a note when nothing is done yet.
import { DonutChart } from '@mantine/charts';
import { ColorSwatch, getThemeColor, Group, Stack, Table, Text, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { outcomeSlices, type OutcomeCount } from '../lib/report-data.ts';

export function OutcomeDonut({ outcomes, label }: { outcomes: readonly OutcomeCount[]; label: string }) {
  const { t, i18n } = useTranslation();
  const theme = useMantineTheme();
  const slices = outcomeSlices(outcomes, t('reports.noResult'));
  const total = slices.reduce((sum, s) => sum + s.value, 0);
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  if (total === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reports.noOutcomes')}
      </Text>
    );
  return (
    // Centred: on a phone the table wraps below the donut, which would otherwise hug the left edge.
    <Group align="center" justify="center" gap="xl" wrap="wrap">
      <DonutChart
        data={slices.map(({ name, value, color }) => ({ name, value, color }))}
        size={180}
        thickness={28}
        withTooltip
        tooltipDataSource="segment"
        chartLabel={number.format(total)}
        valueFormatter={(v) => number.format(v)}
        role="figure"
        aria-label={label}
      />
      <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
        <Table verticalSpacing={4} fz="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.outcome')}</Table.Th>
              <Table.Th ta="right">{t('reports.items')}</Table.Th>
              <Table.Th ta="right">{t('reports.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slices.map((s) => (
              <Table.Tr key={s.key}>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <ColorSwatch
                      color={getThemeColor(s.color, theme)}
                      size={10}
                      radius={2}
                      withShadow={false}
                      aria-hidden
                    />
                    {s.name}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{number.format(s.value)}</Table.Td>
                <Table.Td ta="right">{percent.format(s.value / total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Group>
  );
}
