// The wizard's live preview: matching clients, those left out, the split per agent and the first clients.
import { Alert, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../../../lib/format.ts';
import { formatPercent } from '../../lib/format.ts';
import { summarizeSplit } from '../../lib/split-preview.ts';
import type { useGenerationPreview } from '../../hooks/use-generation-preview.ts';

type Preview = NonNullable<ReturnType<typeof useGenerationPreview>['preview']>;

interface Props {
  preview: Preview | null;
  updating: boolean;
  hasFilter: boolean;
  hasAgents: boolean;
  name: string;
}

function SplitTable({ preview, name }: { preview: Preview; name: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const summary = summarizeSplit(preview.split, name);
  return (
    <Stack gap="xs">
      <Table aria-label={t('campaigns.wizard.splitTitle')} verticalSpacing={6} fz="sm" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.fields.agent')}</Table.Th>
            <Table.Th ta="right" w={72}>
              {t('campaigns.wizard.clients')}
            </Table.Th>
            <Table.Th ta="right" w={64}>
              {t('campaigns.wizard.share')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.rows.map((row) => (
            <Table.Tr key={row.agentId}>
              <Table.Td>
                <Text size="sm" fw={500} truncate>
                  {row.agentName}
                </Text>
                <Text size="xs" c="dimmed" truncate title={row.campaignName}>
                  {row.campaignName}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{number.format(row.count)}</Table.Td>
              <Table.Td ta="right">{formatPercent(row.percent, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {summary.emptyAgents.length > 0 && (
        <Alert color="yellow" variant="light">
          {t('campaigns.wizard.emptyAgents', { names: summary.emptyAgents.join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}

function SampleList({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (preview.sample.length === 0) return null;
  return (
    <Stack gap={6}>
      <Title order={3} size="h6">
        {t('campaigns.wizard.sampleTitle', { count: preview.sample.length })}
      </Title>
      <Stack
        gap={4}
        component="ol"
        m={0}
        pl="md"
        aria-label={t('campaigns.wizard.sampleTitle', { count: preview.sample.length })}
      >
        {preview.sample.map((c) => (
          <Text component="li" size="sm" key={c.id}>
            {c.name}
            <Text span size="xs" c="dimmed">
              {[
                c.city,
                c.lastContactAt
                  ? t('campaigns.wizard.lastContact', { at: formatDateTime(c.lastContactAt) })
                  : t('campaigns.wizard.neverContacted'),
              ]
                .filter(Boolean)
                .map((part) => ` · ${part}`)
                .join('')}
            </Text>
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}

export function GenerationPreviewPanel({ preview, updating, hasFilter, hasAgents, name }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Card padding="lg" component="aside" aria-labelledby="wizard-preview-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="wizard-preview-title">
            {t('campaigns.wizard.previewTitle')}
          </Title>
          {updating && <Loader size="xs" role="status" aria-label={t('campaigns.wizard.updating')} />}
        </Group>
        {!hasFilter ? (
          <Text size="sm" c="dimmed">
            {t('campaigns.wizard.previewNoFilter')}
          </Text>
        ) : (
          preview && (
            <>
              <div role="status" aria-live="polite" data-testid="generation-count" data-count={preview.count}>
                <Text size="xl" fw={700} lh={1.2}>
                  {t('campaigns.wizard.matching', { count: preview.count, formatted: number.format(preview.count) })}
                </Text>
                {preview.excludedCount > 0 && (
                  <Text size="sm" c="dimmed">
                    {t('campaigns.wizard.excluded', {
                      count: preview.excludedCount,
                      formatted: number.format(preview.excludedCount),
                    })}
                  </Text>
                )}
              </div>
              {preview.count === 0 ? (
                <Alert color="yellow" variant="light">
                  {t('campaigns.wizard.nothingMatches')}
                </Alert>
              ) : hasAgents ? (
                <SplitTable preview={preview} name={name} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('campaigns.wizard.previewNoAgents')}
                </Text>
              )}
              <SampleList preview={preview} />
            </>
          )
        )}
      </Stack>
    </Card>
  );
}
