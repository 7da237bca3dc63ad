// The builder's record filters: the client filter (the client list's filter builder, so user-defined attributes
// work here too) and, for those who see the whole team's numbers (reports.read; picking needs users.read), agents.
import { Badge, Box, Button, Collapse, Group, Input, Stack } from '@mantine/core';
import type { ClientFilter } from '@veza/shared';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import {
  FilterBuilder,
  UserSelect,
  countFilterConditions,
  filterPathErrors,
  useFilterOptions,
} from '../../../components/filter-builder/index.ts';
import { useCan } from '../../../lib/session.tsx';
import { useReportLabels } from '../hooks/use-report-labels.ts';

type Props = {
  client: ClientFilter | null;
  agentIds: string[];
  onClientChange: (client: ClientFilter | null) => void;
  onAgentsChange: (agentIds: string[]) => void;
  /** The last run's error: problems under definition.filter.client are shown at their conditions. */
  error: unknown;
};

export function ReportFilterPanel({ client, agentIds, onClientChange, onAgentsChange, error }: Props) {
  const { t } = useReportLabels();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const { options, error: optionsError } = useFilterOptions();
  const conditions = countFilterConditions(client);
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        <Button
          size="xs"
          variant="default"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="report-client-filter"
          rightSection={conditions > 0 ? <Badge size="xs">{conditions}</Badge> : undefined}
        >
          {t('reportBuilder.clientFilter')}
        </Button>
        {can('reports.read') && can('users.read') && (
          // The picker names itself only to screen readers; a visible caption says what its values are (on a phone
          // it was an unlabelled "pick values" box), and it takes the row's remaining width.
          <Box style={{ flex: '1 1 14rem', maxWidth: '28rem' }}>
            <Input.Wrapper label={t('reportBuilder.agents')} labelElement="div">
              <UserSelect multiple label={t('reportBuilder.agents')} value={agentIds} onChange={onAgentsChange} />
            </Input.Wrapper>
          </Box>
        )}
      </Group>
      <Collapse expanded={open} transitionDuration={0} id="report-client-filter">
        <ErrorAlert error={optionsError} />
        <FilterBuilder
          value={client}
          options={options}
          onApply={onClientChange}
          serverErrors={filterPathErrors(error, 'definition.filter.client')}
        />
      </Collapse>
    </Stack>
  );
}
