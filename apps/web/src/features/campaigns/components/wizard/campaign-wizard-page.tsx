// The generation wizard (/campaigns/new): clients by filter, agents and strategy, details; live preview; create.
import { Anchor, Breadcrumbs, Button, Grid, Group, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ClientFilter } from '@veza/shared';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { filterPathErrors } from '../../../../components/filter-builder/index.ts';
import { PageHeader } from '../../../../components/page-header.tsx';
import { translateMessage } from '../../../../lib/graphql-errors.ts';
import { useFormSubmit } from '../../../../lib/use-form-submit.ts';
import { useGenerateCampaigns } from '../../hooks/use-generate-campaigns.ts';
import { useGenerationPreview } from '../../hooks/use-generation-preview.ts';
import {
  WIZARD_DEFAULTS,
  WIZARD_FIELDS,
  WizardSchema,
  type WizardOutput,
  type WizardValues,
} from '../../lib/wizard-form.ts';
import { GeneratingModal } from './generating-modal.tsx';
import { GenerationPreviewPanel } from './generation-preview-panel.tsx';
import { WizardAgentsStep } from './wizard-agents-step.tsx';
import { WizardClientsStep } from './wizard-clients-step.tsx';
import { WizardDetailsStep } from './wizard-details-step.tsx';

function useWizard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<WizardValues, unknown, WizardOutput>({
    resolver: zodResolver(WizardSchema),
    defaultValues: WIZARD_DEFAULTS,
  });
  // `filter` is what "Apply" set (the builder's value); `draft` follows every valid edit for the live preview.
  const [filter, setFilter] = useState<ClientFilter | null>(null);
  const [draft, setDraft] = useState<ClientFilter | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [agentIds, strategy, exclude, name] = useWatch({
    control: form.control,
    name: ['agentIds', 'strategy', 'excludeInActiveCampaigns', 'name'],
  });
  const preview = useGenerationPreview({
    filter: draft,
    excludeInActiveCampaigns: !!exclude,
    agentIds: agentIds ?? [],
    strategy: strategy ?? 'EVEN_SPLIT',
  });
  const { generate, loading } = useGenerateCampaigns();
  const submit = useFormSubmit({
    form,
    fields: WIZARD_FIELDS,
    save: async (input) => {
      setSubmitError(null);
      try {
        const result = await generate(input);
        navigate(`/campaigns?generation=${encodeURIComponent(result.generationId)}`);
      } catch (error) {
        setSubmitError(error);
        throw error;
      }
    },
    successMessage: t('campaigns.wizard.created'),
    onClose: () => {},
  });
  const previewFilterErrors = useMemo(() => filterPathErrors(preview.error, 'filter'), [preview.error]);
  const serverErrors = useMemo(
    () => [
      ...previewFilterErrors,
      // A problem with the whole filter (nothing matches) shows once, under the builder; conditions get their own.
      ...[...filterPathErrors(submitError, 'input.filter'), ...filterPathErrors(submitError, 'filter')].filter(
        (e) => e.path !== '',
      ),
    ],
    [previewFilterErrors, submitError],
  );
  // A refused generation (nothing matched) is about the old choice: a new filter or exclusion clears it.
  const clearFilterError = () => {
    setSubmitError(null);
    form.clearErrors('filter');
  };
  const setDraftFilter = (next: ClientFilter | null) => {
    setDraft(next);
    form.setValue('filter', (next ?? undefined) as WizardValues['filter'], { shouldValidate: false });
  };
  const setAppliedFilter = (next: ClientFilter | null) => {
    setFilter(next);
    setDraft(next);
    form.setValue('filter', (next ?? undefined) as WizardValues['filter'], { shouldValidate: false });
    clearFilterError();
  };
  const setExclude = (value: boolean) => {
    form.setValue('excludeInActiveCampaigns', value);
    clearFilterError();
  };
  return {
    form,
    filter,
    draft,
    setAppliedFilter,
    setDraftFilter,
    setExclude,
    agentIds,
    strategy,
    exclude,
    name,
    preview,
    loading,
    submit,
    serverErrors,
    // Filter problems show inside the builder; anything else about the preview in an alert.
    previewError: previewFilterErrors.length ? null : preview.error,
  };
}

export default function CampaignWizardPage() {
  const { t } = useTranslation();
  const w = useWizard();
  const { form } = w;
  const filterFieldError = form.formState.errors.filter;
  // Without an applied filter zod reports a type error; say what to do instead.
  const filterError = filterFieldError
    ? w.draft
      ? translateMessage(t, filterFieldError.message)
      : t('campaigns.wizard.filterRequired')
    : null;
  const count = w.preview.preview?.count ?? 0;
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/campaigns" size="sm">
          {t('campaigns.list.title')}
        </Anchor>
        <span>{t('campaigns.wizard.title')}</span>
      </Breadcrumbs>
      <PageHeader title={t('campaigns.wizard.title')} description={t('campaigns.wizard.description')} />
      <form onSubmit={w.submit.onSubmit} noValidate aria-label={t('campaigns.wizard.title')}>
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              <WizardClientsStep
                filter={w.filter}
                onFilterChange={w.setAppliedFilter}
                onDraftChange={w.setDraftFilter}
                exclude={!!w.exclude}
                onExcludeChange={w.setExclude}
                filterError={filterError}
                serverErrors={w.serverErrors}
              />
              <WizardAgentsStep
                agentIds={w.agentIds ?? []}
                onAgentsChange={(ids) => form.setValue('agentIds', ids, { shouldValidate: form.formState.isSubmitted })}
                agentsError={translateMessage(t, form.formState.errors.agentIds?.message)}
                strategy={w.strategy ?? 'EVEN_SPLIT'}
                onStrategyChange={(s) => form.setValue('strategy', s)}
              />
              <WizardDetailsStep form={form} />
              <ErrorAlert message={w.submit.formError} />
              <Group justify="flex-end">
                <Button variant="default" component={Link} to="/campaigns">
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={w.loading}>
                  {t('campaigns.wizard.create')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }} style={{ position: 'sticky', top: 72 }}>
            <GenerationPreviewPanel
              preview={w.preview.preview}
              updating={w.preview.updating}
              hasFilter={!!w.draft}
              hasAgents={(w.agentIds ?? []).length > 0}
              name={w.name ?? ''}
            />
            <ErrorAlert error={w.previewError} />
          </Grid.Col>
        </Grid>
      </form>
      <GeneratingModal opened={w.loading} clients={count} agents={(w.agentIds ?? []).length} />
    </>
  );
}
