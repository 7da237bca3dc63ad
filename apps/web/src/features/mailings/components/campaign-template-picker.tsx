// Picks the template a campaign starts from: templates in the campaign's language are listed first (grouped by
// language); picking one fills language, subject and body, and lists the template's files that every mail carries.
import { useQuery } from '@apollo/client/react';
import { Group, Select, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CampaignTemplateFilesQuery } from '../api/campaign-template-files-query.ts';
import { CampaignTemplatesQuery } from '../api/campaign-templates-query.ts';

export type PickedTemplate = { id: string; language: string; subject: string; bodyHtml: string };

export function CampaignTemplatePicker(props: {
  value: string | null;
  language: string;
  onPick: (template: PickedTemplate | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const files = useQuery(CampaignTemplateFilesQuery, {
    variables: { templateId: props.value ?? '' },
    skip: !props.value,
  }).data?.attachments.edges;
  const query = useQuery(CampaignTemplatesQuery);
  const templates = (query.data?.emailTemplates.edges ?? []).map((e) => e.node);
  const languages = [...new Set([props.language, ...templates.map((x) => x.language)])];
  const data = languages
    .map((language) => ({
      group: t(`mailings.languages.${language}`, { defaultValue: language }),
      items: templates.filter((x) => x.language === language).map((x) => ({ value: x.id, label: x.name })),
    }))
    .filter((g) => g.items.length > 0);
  // A template deleted since it was picked is shown as such, so it can be cleared (saving it would be refused).
  const gone = !!props.value && !!query.data && !templates.some((x) => x.id === props.value);
  if (gone) data.push({ group: '—', items: [{ value: props.value!, label: t('mailingsExtra.template.deleted') }] });
  const value = props.value;
  return (
    <Stack gap={4}>
      <Select
        label={t('mailingsExtra.template.label')}
        description={t('mailingsExtra.template.hint')}
        placeholder={t('mailingsExtra.template.none')}
        data={data}
        value={value}
        onChange={(id) => props.onPick(templates.find((x) => x.id === id) ?? null)}
        clearable
        searchable
        nothingFoundMessage={t('mailingsExtra.template.noneFound')}
        error={props.error}
      />
      {value && !gone && files && (
        <Text size="sm" c="dimmed" component="div">
          {files.length === 0 ? (
            t('mailingsExtra.template.noFiles')
          ) : (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconPaperclip size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
              <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {t('mailingsExtra.template.files', { names: files.map((f) => f.node.name).join(', ') })}
              </span>
            </Group>
          )}
        </Text>
      )}
    </Stack>
  );
}
