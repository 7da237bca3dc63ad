// The dialogs a drop on a closing stage (or a button) opens: won asks for confirmation, lost asks for the reason.
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';

interface Common {
  opened: boolean;
  name: string;
  onCancel: () => void;
}

export function WonDialog({ opened, name, onCancel, onConfirm }: Common & { onConfirm: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onCancel} title={t('opportunities.won.title')}>
      <Stack>
        <Text size="sm">{t('opportunities.won.body', { name })}</Text>
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button color="green" loading={busy} onClick={confirm}>
            {t('opportunities.won.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface LostProps extends Common {
  reasons: { value: string; label: string }[];
  onConfirm: (reasonId: string, note: string | null) => Promise<void>;
}

export function LostDialog({ opened, name, reasons, onCancel, onConfirm }: LostProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const confirm = async () => {
    if (!reason) return setMissing(true);
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason, note.trim() || null);
      setReason(null);
      setNote('');
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onCancel} title={t('opportunities.lost.title')}>
      <Stack>
        <Text size="sm">{t('opportunities.lost.body', { name })}</Text>
        <Select
          label={t('opportunities.lost.reason')}
          withAsterisk
          data={reasons}
          value={reason}
          onChange={(v) => {
            setReason(v);
            setMissing(false);
          }}
          error={missing ? t('validation.required') : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label={t('opportunities.lost.note')}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={confirm}>
            {t('opportunities.lost.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
