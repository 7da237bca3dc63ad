// Edits a campaign's name, description and period (the shared UpdateCampaignInput schema; stale version: reload).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { CAMPAIGN_NAME_MAX, UpdateCampaignInput } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { UpdateCampaignMutation } from '../api/update-campaign-mutation.ts';
import type { CampaignDetail } from '../hooks/use-campaign-detail.ts';
import { DateInput } from '../../../components/date-input.tsx';

type Values = z.input<typeof UpdateCampaignInput>;
type Output = z.output<typeof UpdateCampaignInput>;
const FIELDS = ['name', 'description', 'start', 'end'] as const;

interface Props {
  campaign: CampaignDetail;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
}

function DateField({
  form,
  name,
  label,
}: {
  form: ReturnType<typeof useForm<Values, unknown, Output>>;
  name: 'start' | 'end';
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <DateInput
          label={label}
          value={field.value ?? ''}
          onChange={(event) => field.onChange(event.currentTarget.value || null)}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldError(t, form.formState.errors[name])}
        />
      )}
    />
  );
}

export function EditCampaignModal({ campaign, opened, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateCampaignMutation, { refetchQueries: ['Campaigns'] });
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(UpdateCampaignInput),
    values: {
      name: campaign.name,
      description: campaign.description,
      start: campaign.start ?? null,
      end: campaign.end ?? null,
    },
  });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: async (input) => {
      await update({
        variables: {
          id: campaign.id,
          version: campaign.version,
          input: {
            name: input.name,
            description: input.description ?? '',
            start: input.start ?? null,
            end: input.end ?? null,
          },
        },
      });
    },
    successMessage: t('campaigns.edit.saved'),
    onClose,
  });
  return (
    <Modal opened={opened} onClose={submit.close} title={t('campaigns.edit.title')} size="lg">
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          {submit.conflict && (
            <ConflictAlert
              onReload={() => {
                submit.setConflict(false);
                onReload();
              }}
            />
          )}
          <TextInput
            label={t('campaigns.fields.name')}
            withAsterisk
            maxLength={CAMPAIGN_NAME_MAX}
            {...form.register('name')}
            error={fieldError(t, form.formState.errors.name)}
          />
          <Textarea
            label={t('campaigns.fields.description')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.register('description')}
            error={fieldError(t, form.formState.errors.description)}
          />
          <Group grow align="flex-start">
            <DateField form={form} name="start" label={t('campaigns.fields.start')} />
            <DateField form={form} name="end" label={t('campaigns.fields.end')} />
          </Group>
          <ErrorAlert message={submit.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={submit.close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
