// Administration › Automation: rules with their trigger, on/off switch, editing, preview and run log.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
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
    return <>{t('automation.when.timeRelative', { days: rule.offsetDays ?? 0, field: rule.triggerField ?? '' })}</>;
  if (rule.trigger === 'DAILY') return <>{t('automation.when.daily', { time: rule.dailyAt ?? '' })}</>;
  if (rule.trigger === 'UPDATED' && rule.triggerField)
    return <>{t('automation.when.updatedField', { field: rule.triggerField })}</>;
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

export default function AutomationRulesPage() {
  const { t } = useTranslation();
  const { rules, loading, error } = useAutomationRules();
  const [editing, setEditing] = useState<RuleRow | null>(null);
  const [creating, setCreating] = useState(false);
  const [runsOf, setRunsOf] = useState<RuleRow | null>(null);
  return (
    <>
      <PageHeader
        title={t('automation.title')}
        description={t('automation.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('automation.create')}</Button>}
      />
      <Card>
        <ErrorAlert error={error} />
        {loading ? (
          <PageLoader />
        ) : rules.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('automation.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" aria-label={t('automation.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('automation.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('automation.fields.entity')}</Table.Th>
                  <Table.Th scope="col">{t('automation.fields.trigger')}</Table.Th>
                  <Table.Th scope="col">{t('automation.enabled')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rules.map((rule) => (
                  <Table.Tr key={rule.id}>
                    <Table.Th scope="row" fw={500}>
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
                    </Table.Th>
                    <Table.Td>{t(`automation.entity.${rule.entity}`, { defaultValue: rule.entity })}</Table.Td>
                    <Table.Td>
                      <TriggerText rule={rule} />
                    </Table.Td>
                    <Table.Td>
                      <EnabledSwitch rule={rule} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setEditing(rule)}>
                          {t('automation.editShort')}
                        </Button>
                        <Button size="xs" variant="subtle" onClick={() => setRunsOf(rule)}>
                          {t('automation.runs')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <RuleFormModal
        rule={editing}
        opened={creating || editing !== null}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
      <RuleRunsDrawer rule={runsOf} onClose={() => setRunsOf(null)} />
    </>
  );
}
