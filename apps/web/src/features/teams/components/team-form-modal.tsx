// Modal form that creates or edits a team: its name, manager and members.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { MultiSelect, Select, TextInput } from '@mantine/core';
import { TeamInput, type TeamFormValues } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CreateTeamMutation } from '../api/create-team-mutation.ts';
import { TeamsQuery } from '../api/teams-query.ts';
import { UpdateTeamMutation } from '../api/update-team-mutation.ts';
import { useTeamUserOptions, type TeamRow } from '../hooks/use-teams.ts';

const FIELDS = ['name', 'managerId', 'memberIds'] as const;
const resolver = schemaResolver(TeamInput);

function toFormValues(team: TeamRow | null): TeamFormValues {
  return team
    ? { name: team.name, managerId: team.manager?.id ?? null, memberIds: team.members.map((m) => m.id) }
    : { name: '', managerId: null, memberIds: [] };
}

interface Props {
  /** `null` with `opened` creates a new team. */
  team: TeamRow | null;
  opened: boolean;
  onClose: () => void;
}

function TeamForm({ team, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [create] = useMutation(CreateTeamMutation, { refetchQueries: [TeamsQuery] });
  const [update] = useMutation(UpdateTeamMutation);
  const form = useForm({ resolver, defaultValues: toFormValues(team) });
  const errors = form.formState.errors;
  const options = useTeamUserOptions([...(team?.manager ? [team.manager] : []), ...(team?.members ?? [])]);
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) =>
      team ? update({ variables: { id: team.id, version: team.version, input } }) : create({ variables: { input } }),
    successMessage: t('teams.saved'),
    onClose,
  });
  const reload = () => void client.refetchQueries({ include: [TeamsQuery] });
  return (
    <FormShell submit={submit} onReload={reload} submitLabel={team ? undefined : t('teams.submitCreate')}>
      <TextInput
        label={t('teams.fields.name')}
        required
        {...form.register('name')}
        error={fieldError(t, errors.name)}
      />
      <Controller
        control={form.control}
        name="managerId"
        render={({ field }) => (
          <Select
            label={t('teams.fields.manager')}
            description={t('teams.managerHint')}
            data={options}
            searchable
            clearable
            value={field.value ?? null}
            onChange={(v) => field.onChange(v)}
            error={fieldError(t, errors.managerId)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="memberIds"
        render={({ field }) => (
          <MultiSelect
            label={t('teams.fields.members')}
            data={options}
            searchable
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldError(t, errors.memberIds as { message?: string } | undefined)}
          />
        )}
      />
    </FormShell>
  );
}

export function TeamFormModal({ team, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={team ? t('teams.editTitle') : t('teams.createTitle')}
      formKey={recordKey(team)}
    >
      <TeamForm team={team} onClose={onClose} />
    </FormModal>
  );
}
