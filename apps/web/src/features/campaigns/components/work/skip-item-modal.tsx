// Skips the current client with a reason (required, the shared SkipReasonInput rules).
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { SkipReasonInput } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { errorText, translateMessage } from '../../../../lib/graphql-errors.ts';

interface Props {
  clientName: string;
  opened: boolean;
  loading: boolean;
  onClose: () => void;
  onSkip: (reason: string) => Promise<void>;
}

export function SkipItemModal({ clientName, opened, loading, onClose, onSkip }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [fieldMessage, setFieldMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setFieldMessage(undefined);
    setError(null);
    onClose();
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = SkipReasonInput.safeParse(reason);
    if (!parsed.success) return setFieldMessage(translateMessage(t, parsed.error.issues[0]?.message));
    setFieldMessage(undefined);
    try {
      await onSkip(parsed.data);
      close();
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.work.skipTitle', { name: clientName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('campaigns.work.skipReason')}
            description={t('campaigns.work.skipReasonHint')}
            withAsterisk
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldMessage}
            data-autofocus
          />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading}>
              {t('campaigns.work.skipConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
