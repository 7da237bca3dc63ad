// Mail › Templates: the templates by name, a new one, and the editor (rich text, merge fields, preview, files).
import { Badge, Button, Card, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../../components/admin-table.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { EmailTemplatesQuery } from '../api/email-templates-query.ts';
import { EmailTemplateForm, type TemplateRecord } from './email-template-form.tsx';

export default function EmailTemplatesPage() {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const list = useKeysetConnection(EmailTemplatesQuery, {
    variables: { first: 50 },
    select: (d) => d.emailTemplates,
  });
  const [editing, setEditing] = useState<TemplateRecord | 'new' | null>(null);
  const record = editing === 'new' ? null : editing;
  const close = () => setEditing(null);
  // After a stale-version conflict: the list is read again and the editor remounts with the stored template.
  const reload = async () => {
    const result = await list.refetch();
    const fresh = result.data?.emailTemplates.edges.find((e) => e.node.id === record?.id)?.node;
    if (fresh) setEditing(fresh);
  };
  return (
    <>
      <PageHeader
        title={t('mailEditor.templates.title')}
        description={t('mailEditor.templates.description')}
        actions={<Button onClick={() => setEditing('new')}>{t('mailEditor.templates.new')}</Button>}
      />
      <Card>
        <AdminTable
          label={t('mailEditor.templates.title')}
          rows={list.rows}
          rowKey={(row) => row.id}
          loading={list.loading}
          error={list.error}
          empty={t('mailEditor.templates.empty')}
          minWidth={560}
          columns={[
            { header: t('mailEditor.templates.name'), cell: (row) => row.name },
            { header: t('mail.compose.subject'), cell: (row) => row.subject },
            {
              header: t('mail.compose.language'),
              cell: (row) => <Badge variant="light">{row.language.toUpperCase()}</Badge>,
            },
            { header: t('mailEditor.templates.updatedAt'), cell: (row) => format(row.updatedAt), hideOnPhone: true },
          ]}
          actions={[
            {
              label: t('mailEditor.templates.edit'),
              name: (row) => t('mailEditor.templates.editNamed', { name: row.name }),
              onClick: (row) => setEditing(row),
            },
          ]}
          footer={
            list.hasMore ? (
              <Group justify="center">
                <Button variant="subtle" onClick={() => void list.loadMore()} loading={list.loadingMore}>
                  {t('mail.clientTab.more')}
                </Button>
              </Group>
            ) : undefined
          }
        />
      </Card>
      <FormModal
        opened={editing !== null}
        onClose={close}
        title={record ? t('mailEditor.templates.editNamed', { name: record.name }) : t('mailEditor.templates.new')}
        size="xl"
        formKey={recordKey(record)}
      >
        <EmailTemplateForm template={record} onClose={close} onReload={() => void reload()} />
      </FormModal>
    </>
  );
}
