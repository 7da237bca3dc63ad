// A record's files: upload (several at once), list with size, author and date, image thumbnails and PDF previews,
// download, rename and delete. Used on clients, persons and activities; access is the record's (the API checks it).
import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Image,
  Menu,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { RenameAttachmentInput } from '@veza/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../confirm-dialog.tsx';
import { ErrorAlert } from '../error-alert.tsx';
import { FormShell } from '../form-modal.tsx';
import { fieldError } from '../../lib/form-errors.ts';
import { useFormatDateTime } from '../../lib/format.ts';
import { recordKey } from '../../lib/record-key.ts';
import { schemaResolver } from '../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../lib/use-form-submit.ts';
import { DeleteAttachmentMutation } from './api/delete-attachment-mutation.ts';
import { RenameAttachmentMutation } from './api/rename-attachment-mutation.ts';
import { useRecordAttachments } from './use-record-attachments.ts';

type Row = ReturnType<typeof useRecordAttachments>['rows'][number];

export function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}

const renameResolver = schemaResolver(RenameAttachmentInput);

/** Rename in place (form kit): the shared schema checks the name, the server's refusal lands under it. */
function RenameField({ row, onDone, onReload }: { row: Row; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [rename] = useMutation(RenameAttachmentMutation);
  const form = useForm({ resolver: renameResolver, defaultValues: { name: row.name } });
  const submit = useFormSubmit({
    form,
    fields: ['name'],
    save: ({ name }) => rename({ variables: { id: row.id, version: row.version, name } }),
    onClose: onDone,
  });
  return (
    <FormShell submit={submit} onReload={onReload}>
      <TextInput
        size="xs"
        label={t('files.newName')}
        {...form.register('name')}
        error={fieldError(t, form.formState.errors.name)}
      />
    </FormShell>
  );
}

/** Long names wrap anywhere; on a phone the size and date columns fold into a line under the name. */
function FileName({ row, meta }: { row: Row; meta: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      {row.previewable && row.mimeType.startsWith('image/') && (
        <Image src={`${row.url}?inline=1`} alt="" w={40} h={40} fit="cover" radius="sm" />
      )}
      <Stack gap={0}>
        <Anchor href={row.url} download={row.name} style={{ overflowWrap: 'anywhere' }}>
          {row.name}
        </Anchor>
        <Text size="xs" c="dimmed" hiddenFrom="sm">
          {meta}
        </Text>
        {row.previewable && (
          <Anchor href={`${row.url}?inline=1`} target="_blank" rel="noopener" size="xs">
            {t('files.preview')}
          </Anchor>
        )}
      </Stack>
    </Group>
  );
}

export function AttachmentsPanel({ ownerId, canWrite }: { ownerId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatDateTime();
  const { rows, totalCount, hasMore, loadMore, loadingMore, error, upload, uploading, uploadError, refetch } =
    useRecordAttachments(ownerId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [remove, { loading: removing }] = useMutation(DeleteAttachmentMutation);
  return (
    <Stack>
      {canWrite && (
        <Group>
          <FileButton onChange={(files) => void upload(files)} multiple>
            {(props) => (
              <Button {...props} loading={uploading} variant="light">
                {t('files.upload')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {uploadError && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('files.uploadFailed')}
          style={{ whiteSpace: 'pre-line' }}
        >
          {uploadError}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {rows.length === 0 ? (
        <Text c="dimmed">{t('files.none')}</Text>
      ) : (
        <Table aria-label={t('files.title', { n: totalCount })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('files.name')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('files.size')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('files.added')}</Table.Th>
              {canWrite && <Table.Th aria-label={t('common.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  {renaming === row.id ? (
                    <RenameField
                      key={recordKey(row)}
                      row={row}
                      onDone={() => setRenaming(null)}
                      onReload={() => void refetch()}
                    />
                  ) : (
                    <FileName
                      row={row}
                      meta={[formatSize(row.size, i18n.language), format(row.createdAt), row.createdBy?.name]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">{formatSize(row.size, i18n.language)}</Table.Td>
                <Table.Td visibleFrom="sm">
                  {format(row.createdAt)}
                  {row.createdBy && (
                    <Text size="xs" c="dimmed">
                      {row.createdBy.name}
                    </Text>
                  )}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Menu>
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('files.actionsFor', { name: row.name })}>
                          ⋯
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setRenaming(row.id)}>{t('files.rename')}</Menu.Item>
                        <Menu.Item color="red" onClick={() => setDeleting(row)}>
                          {t('common.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {hasMore && (
        <Button variant="subtle" loading={loadingMore} onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
      <ConfirmDialog
        opened={deleting != null}
        title={t('files.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={removing}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          void remove({ variables: { id: deleting!.id, version: deleting!.version } })
            .then(() => refetch())
            .finally(() => setDeleting(null))
        }
      >
        {t('files.deleteBody', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
