// Administration › Automation: rules with their trigger, on/off switch, editing, preview and run log.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../../components/admin-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { UpdateAutomationRuleMutation } from '../api/automation-rule-mutations.ts';
import { useAutomationRules, type RuleRow } from '../hooks/use-automation-rules.ts';
import { inputOf } from '../lib/rule-input.ts';
import { RuleFormModal } from './rule-form-modal.tsx';
import { RuleRunsDrawer } from './rule-runs-drawer.tsx';

function TriggerText({ rule }: { rule: RuleRow }) {
  const { t } = useTranslation();
  if (rule.trigger === 'TIME_RELATIVE')
    return (
      <>
        {t('automation.when.timeRelative', {
          days: rule.offsetDays ?? 0,
          field: t(`automation.field.${rule.triggerField ?? 'createdAt'}`),
        })}
      </>
    );
  if (rule.trigger === 'DAILY') return <>{t('automation.when.daily', { time: rule.dailyAt ?? '' })}</>;
  if (rule.trigger === 'UPDATED' && rule.triggerField)
    return <>{t('automation.when.updatedField', { field: t(`automation.field.${rule.triggerField}`) })}</>;
  return <>{t(`automation.trigger.${rule.trigger}`)}</>;
}

function EnabledSwitch({ rule }: { rule: RuleRow }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UpdateAutomationRuleMutation);
  const toggle = async (enabled: boolean) => {
    try {
      await update({ variables: { id: rule.id, version: rule.version, input: inputOf(rule, { enabled }) } });
      notifySuccess(t(enabled ? 'automation.enabledNow' : 'automation.disabledNow', { name: rule.name }));
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  return (
    <Switch
      checked={rule.enabled}
      disabled={loading}
      onChange={(e) => void toggle(e.currentTarget.checked)}
      aria-label={t('automation.enable', { name: rule.name })}
    />
  );
}

function RuleName({ rule }: { rule: RuleRow }) {
  const { t } = useTranslation();
  return (
    <>
      {rule.name}
      {rule.templateKey && (
        <Badge ml="xs" variant="light" size="xs">
          {t('automation.template')}
        </Badge>
      )}
      {rule.description && (
        <Text size="xs" c="dimmed" fw={400}>
          {rule.description}
        </Text>
      )}
    </>
  );
}

export default function AutomationRulesPage() {
  const { t } = useTranslation();
  const { rules, loading, error } = useAutomationRules();
  // The edited rule by id, so a reload after a conflict hands the form the fresh version.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [runsOf, setRunsOf] = useState<RuleRow | null>(null);
  const editing = rules.find((r) => r.id === editingId) ?? null;
  return (
    <>
      <PageHeader
        title={t('automation.title')}
        description={t('automation.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('automation.create')}</Button>}
      />
      <Card>
        <AdminTable
          label={t('automation.tableLabel')}
          rows={rules}
          rowKey={(rule) => rule.id}
          loading={loading}
          error={error}
          empty={t('automation.empty')}
          minWidth={760}
          columns={[
            { header: t('automation.fields.name'), cell: (rule) => <RuleName rule={rule} /> },
            {
              header: t('automation.fields.entity'),
              cell: (rule) => t(`automation.entity.${rule.entity}`, { defaultValue: rule.entity }),
            },
            { header: t('automation.fields.trigger'), cell: (rule) => <TriggerText rule={rule} /> },
            { header: t('automation.enabled'), cell: (rule) => <EnabledSwitch rule={rule} /> },
          ]}
          actions={[
            {
              label: t('automation.editShort'),
              name: (rule) => t('automation.editNamed', { name: rule.name }),
              onClick: (rule) => setEditingId(rule.id),
            },
            {
              label: t('automation.runs'),
              name: (rule) => t('automation.runsOf', { name: rule.name }),
              onClick: setRunsOf,
            },
          ]}
        />
      </Card>
      <RuleFormModal
        rule={editing}
        opened={creating || editing !== null}
        onClose={() => {
          setCreating(false);
          setEditingId(null);
        }}
      />
      <RuleRunsDrawer rule={runsOf} onClose={() => setRunsOf(null)} />
    </>
  );
}
