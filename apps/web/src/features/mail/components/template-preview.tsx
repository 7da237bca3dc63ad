// "Preview with a real person" for unsaved template content: pick a contact of a client found by quick search, render
// on the server (their salutation, names, escaping) and show the subject, the HTML (in a sandboxed frame) and the
// generated plain-text part. Merge-field errors land on the form's fields through `onErrors`.
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Button, Code, Group, Paper, Select, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { apiErrors } from '../../../lib/graphql-errors.ts';
import { PreviewEmailTemplateQuery } from '../api/preview-email-template-query.ts';
import { PreviewPersonOptionsQuery } from '../api/preview-person-options-query.ts';

export type PreviewContent = { language: string; subject: string; bodyHtml: string };

function usePersonOptions(search: string) {
  const [term] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(PreviewPersonOptionsQuery, {
    variables: { filter: term ? { search: term } : null },
  });
  const options = (data?.clients.edges ?? []).flatMap(({ node: client }) =>
    client.persons
      .filter(({ person }) => person.emails.length > 0)
      .map(({ person }) => ({ value: `${person.id} ${client.id}`, label: `${person.fullName} · ${client.name}` })),
  );
  return { options, loading };
}

export function TemplatePreview(props: {
  content: () => PreviewContent;
  /** Field errors of the rendered content (merge fields), for the form to show; the rest is shown here. */
  onErrors: (errors: { field: string; message: string }[]) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const persons = usePersonOptions(search);
  const [render, { data, loading, error }] = useLazyQuery(PreviewEmailTemplateQuery, { fetchPolicy: 'network-only' });
  const run = async () => {
    if (!picked) return;
    const [personId, clientId] = picked.split(' ');
    try {
      await render({ variables: { input: { ...props.content(), personId: personId!, clientId } } });
      props.onErrors([]);
    } catch (e) {
      props.onErrors(
        apiErrors(e).flatMap((x) =>
          x.code === 'BAD_USER_INPUT' && x.field ? [{ field: x.field, message: x.message }] : [],
        ),
      );
    }
  };
  const preview = data?.previewEmailTemplate;
  // Refusals of the subject or body are shown on those fields; anything else here.
  const onlyFieldErrors = apiErrors(error).every(
    (e) => e.code === 'BAD_USER_INPUT' && (e.field === 'subject' || e.field === 'bodyHtml'),
  );
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <Select
            style={{ flex: '1 1 18rem' }}
            label={t('mailEditor.preview.person')}
            placeholder={t('mailEditor.preview.personSearch')}
            searchable
            clearable
            data={persons.options}
            value={picked}
            onChange={setPicked}
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage={persons.loading ? t('common.loading') : t('common.nothingFound')}
          />
          <Button variant="light" onClick={() => void run()} disabled={!picked} loading={loading}>
            {t('mailEditor.preview.run')}
          </Button>
        </Group>
        {error && !onlyFieldErrors && <ErrorAlert error={error} />}
        {error && onlyFieldErrors && (
          <Text size="sm" c="red">
            {t('mailEditor.preview.fixFields')}
          </Text>
        )}
        {preview && !error && (
          <Stack gap="xs" aria-label={t('mailEditor.preview.title')}>
            <Text size="sm">
              <Text span fw={500}>
                {t('mailEditor.preview.subject')}:
              </Text>{' '}
              {preview.subject}
            </Text>
            <Tabs defaultValue="html">
              <Tabs.List>
                <Tabs.Tab value="html">{t('mailEditor.preview.html')}</Tabs.Tab>
                <Tabs.Tab value="text">{t('mailEditor.preview.text')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="html" pt="xs">
                <iframe
                  title={t('mailEditor.preview.html')}
                  sandbox=""
                  srcDoc={preview.html}
                  style={{ width: '100%', minHeight: 220, border: '1px solid var(--mantine-color-gray-3)' }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="text" pt="xs">
                <Code block style={{ whiteSpace: 'pre-wrap' }}>
                  {preview.text}
                </Code>
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
