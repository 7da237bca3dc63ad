// Wizard step 1: which clients — the client list's filter builder and "leave out clients already on a campaign".
import { Alert, Switch } from '@mantine/core';
import type { ClientFilter } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { FilterBuilder, useFilterOptions, type PathError } from '../../../../components/filter-builder/index.ts';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { WizardSection } from './wizard-section.tsx';

interface Props {
  filter: ClientFilter | null;
  onFilterChange: (filter: ClientFilter | null) => void;
  /** Every valid edit, before "Apply" (the live count follows it). */
  onDraftChange: (filter: ClientFilter | null) => void;
  exclude: boolean;
  onExcludeChange: (exclude: boolean) => void;
  /** A problem with the filter as a whole (none applied, nothing matches). */
  filterError?: string | null;
  serverErrors: PathError[];
}

export function WizardClientsStep({
  filter,
  onFilterChange,
  onDraftChange,
  exclude,
  onExcludeChange,
  filterError,
  serverErrors,
}: Props) {
  const { t } = useTranslation();
  const { options, error } = useFilterOptions();
  return (
    <WizardSection step={1} title={t('campaigns.wizard.clientsTitle')} description={t('campaigns.wizard.clientsHint')}>
      <ErrorAlert error={error} />
      <FilterBuilder
        value={filter}
        options={options}
        onApply={onFilterChange}
        onDraftChange={onDraftChange}
        serverErrors={serverErrors}
      />
      {filterError && (
        <Alert color="red" variant="light" role="alert" id="wizard-filter-error">
          {filterError}
        </Alert>
      )}
      <Switch
        label={t('campaigns.wizard.exclude')}
        description={t('campaigns.wizard.excludeHint')}
        checked={exclude}
        onChange={(event) => onExcludeChange(event.currentTarget.checked)}
      />
    </WizardSection>
  );
}
