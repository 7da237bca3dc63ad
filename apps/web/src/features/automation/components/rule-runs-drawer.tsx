// A rule's run log: when, how many records, what the actions did, errors.
import { useQuery } from '@apollo/client/react';
import { Drawer, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { AutomationRunsQuery } from '../api/automation-runs-query.ts';
import type { RuleRow } from '../hooks/use-automation-rules.ts';

type Summary = {
  notifications?: number;
  tasks?: number;
  fieldsSet?: number;
  emails?: number;
  emailsNoConsent?: number;
  emailsSuppressed?: number;
  emailsNoAddress?: number;
};

export function RuleRunsDrawer({ rule, onClose }: { rule: RuleRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { data, error } = useQuery(AutomationRunsQuery, {
    variables: { ruleId: rule?.id ?? '', first: 50 },
    skip: !rule,
    fetchPolicy: 'network-only',
  });
  const runs = data?.automationRuns.edges.map((e) => e.node) ?? [];
  return (
    <Drawer
      opened={!!rule}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('automation.runsOf', { name: rule?.name ?? '' })}
    >
      <ErrorAlert error={error} />
      {runs.length === 0 ? (
        <Text c="dimmed">{t('automation.noRuns')}</Text>
      ) : (
        <Table aria-label={t('automation.runs')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('automation.runAt')}</Table.Th>
              <Table.Th>{t('automation.matched')}</Table.Th>
              <Table.Th>{t('automation.did')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.map((run) => {
              const s = (run.summary ?? {}) as Summary;
              return (
                <Table.Tr key={run.id}>
                  <Table.Td>{formatDateTime(run.startedAt)}</Table.Td>
                  <Table.Td>{run.matched}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {run.error ? (
                        <Text size="sm" c="red">
                          {run.error}
                        </Text>
                      ) : (
                        <Text size="sm">
                          {t('automation.summary', {
                            notifications: s.notifications ?? 0,
                            tasks: s.tasks ?? 0,
                            fields: s.fieldsSet ?? 0,
                          })}
                        </Text>
                      )}
                      {s.emails !== undefined && (
                        <Text size="sm">
                          {t('automation.summaryEmails', {
                            emails: s.emails,
                            noConsent: s.emailsNoConsent ?? 0,
                            suppressed: s.emailsSuppressed ?? 0,
                            noAddress: s.emailsNoAddress ?? 0,
                          })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Drawer>
  );
}
