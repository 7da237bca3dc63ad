// Names a new saved view and chooses whether everyone sees it.
import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { apiErrors, translateMessage } from '../../../lib/graphql-errors.ts';
import type { ViewMeta } from '../hooks/use-saved-views.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  onSave: (meta: ViewMeta) => Promise<unknown>;
  /** The i18next context naming the list's records, e.g. `opportunity`. */
  context: string;
}

function SaveViewForm({ onClose, onSave, context }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [saving, setSaving] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    setNameError(null);
    if (!name.trim()) return setNameError(t('validation.required'));
    setSaving(true);
    setError(null);
    try {
      await onSave({ name: name.trim(), shared });
      onClose();
    } catch (e) {
      const field = apiErrors(e).find((x) => x.field === 'name');
      if (field) setNameError(translateMessage(t, field.message) ?? null);
      else setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <TextInput
          label={t('savedViews.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          required
          data-autofocus
          maxLength={100}
        />
        <Checkbox
          label={t('savedViews.shared')}
          description={t('savedViews.sharedHint', { context })}
          checked={shared}
          onChange={(event) => setShared(event.currentTarget.checked)}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SaveViewModal({ opened, onClose, onSave, context }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('savedViews.saveTitle')}>
      {opened && <SaveViewForm onClose={onClose} onSave={onSave} context={context} />}
    </Modal>
  );
}
