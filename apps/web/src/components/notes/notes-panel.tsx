// A client's or person's dated notes: add one (optionally pinned), pin / unpin, edit one's own, delete; pinned first.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../confirm-dialog.tsx';
import { ErrorAlert } from '../error-alert.tsx';
import { useFormatDateTime } from '../../lib/format.ts';
import { errorText } from '../../lib/graphql-errors.ts';
import { notifyError } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { useKeysetConnection } from '../../lib/use-keyset-connection.ts';
import { CreateNoteMutation } from './api/create-note-mutation.ts';
import { DeleteNoteMutation } from './api/delete-note-mutation.ts';
import { RecordNotesQuery } from './api/record-notes-query.ts';
import { UpdateNoteMutation } from './api/update-note-mutation.ts';
import { recordKey } from '../../lib/record-key.ts';
import { NoteForm } from './note-form.tsx';

function useRecordNotes(ownerId: string) {
  return useKeysetConnection(RecordNotesQuery, {
    variables: { ownerId, first: 50 },
    select: (d) => d.notes,
  });
}

type Note = ReturnType<typeof useRecordNotes>['rows'][number];

function NoteCard({ note, canWrite, onChanged }: { note: Note; canWrite: boolean; onChanged: () => unknown }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const format = useFormatDateTime();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [update] = useMutation(UpdateNoteMutation);
  const [remove, { loading: removing }] = useMutation(DeleteNoteMutation);
  const mine = note.author?.id === user.id;
  const save = (input: { text?: string; pinned?: boolean }) =>
    update({ variables: { id: note.id, version: note.version, input } }).then(onChanged);
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={t('notes.noteBy', { name: note.author?.name ?? '—' })}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {note.author?.name ?? t('notes.formerUser')} · {format(note.createdAt)}
        </Text>
        <Group gap={4} wrap="nowrap">
          {note.pinned && <Badge size="sm">{t('notes.pinned')}</Badge>}
          {canWrite && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void save({ pinned: !note.pinned }).catch((e: unknown) => notifyError(errorText(t, e)))}
            >
              {note.pinned ? t('notes.unpin') : t('notes.pin')}
            </Button>
          )}
          {canWrite && mine && !editing && (
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {canWrite && (
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      {editing ? (
        <NoteForm
          key={recordKey(note)}
          initial={{ text: note.text, pinned: note.pinned }}
          submitLabel={t('common.save')}
          onSubmit={(v) => save({ text: v.text }).then(() => setEditing(false))}
          onCancel={() => setEditing(false)}
          onReload={() => void onChanged()}
        />
      ) : (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {note.text}
        </Text>
      )}
      <ConfirmDialog
        opened={deleting}
        title={t('notes.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={removing}
        onCancel={() => setDeleting(false)}
        onConfirm={() =>
          void remove({ variables: { id: note.id, version: note.version } })
            .then(onChanged)
            .catch((e: unknown) => notifyError(errorText(t, e)))
            .finally(() => setDeleting(false))
        }
      >
        {t('notes.deleteBody')}
      </ConfirmDialog>
    </Card>
  );
}

export function NotesPanel({ ownerId, canWrite }: { ownerId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { rows, hasMore, loadMore, loadingMore, error, refetch } = useRecordNotes(ownerId);
  const [create] = useMutation(CreateNoteMutation);
  return (
    <Stack>
      {canWrite && (
        <NoteForm
          submitLabel={t('notes.add')}
          onSubmit={(v) => create({ variables: { input: { ownerId, ...v } } }).then(() => refetch())}
        />
      )}
      <ErrorAlert error={error} />
      {rows.length === 0 && <Text c="dimmed">{t('notes.none')}</Text>}
      {rows.map((note) => (
        <NoteCard key={note.id} note={note} canWrite={canWrite} onChanged={() => refetch()} />
      ))}
      {hasMore && (
        <Button variant="subtle" loading={loadingMore} onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
