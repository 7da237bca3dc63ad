// The "send an e-mail template" action: which template, and to whom (the record's persons with marketing consent, a
// role holder, or one fixed address).
import { useQuery } from '@apollo/client/react';
import { Group, Select, Text, TextInput } from '@mantine/core';
import { AUTOMATION_MAIL_RECIPIENTS, fromGlobalId, toGlobalId } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { RuleEmailTemplatesQuery } from '../api/rule-email-templates-query.ts';
import type { ActionDraft } from '../lib/rule-actions.ts';

interface Props {
  action: ActionDraft;
  onChange: (action: ActionDraft) => void;
}

export function TemplateActionFields({ action, onChange }: Props) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(RuleEmailTemplatesQuery);
  const templates = (data?.emailTemplates.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} (${node.language})`,
  }));
  const templateId = typeof action.templateId === 'string' && action.templateId ? action.templateId : null;
  const to = (action.to as string | undefined) ?? 'PERSONS';
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('automation.action.template')}
          placeholder={loading ? t('automation.action.templatesLoading') : undefined}
          data={templates}
          value={templateId ? toGlobalId('EmailTemplate', templateId) : null}
          onChange={(id) => onChange({ ...action, templateId: id ? (fromGlobalId(id)?.id ?? id) : '' })}
          nothingFoundMessage={t('automation.action.noTemplates')}
          searchable
        />
        <Select
          label={t('automation.action.mailTo')}
          data={AUTOMATION_MAIL_RECIPIENTS.map((r) => ({ value: r, label: t(`automation.action.mailToOption.${r}`) }))}
          value={to}
          onChange={(value) =>
            onChange({ ...action, to: value ?? 'PERSONS', address: value === 'ADDRESS' ? action.address : null })
          }
          allowDeselect={false}
        />
      </Group>
      {to === 'ADDRESS' && (
        <TextInput
          type="email"
          label={t('automation.action.address')}
          value={(action.address as string | null | undefined) ?? ''}
          onChange={(e) => onChange({ ...action, address: e.currentTarget.value })}
        />
      )}
      {to === 'PERSONS' && (
        <Text size="xs" c="dimmed">
          {t('automation.action.consentHint')}
        </Text>
      )}
    </>
  );
}
