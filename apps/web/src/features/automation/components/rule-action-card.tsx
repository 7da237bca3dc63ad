// One action of a rule in the visual editor: notify roles/users, create a task for a role or a user, set a field, or
// send an e-mail template.
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Card, Group, Input, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { AUTOMATION_FIELDS, AUTOMATION_ROLES, fromGlobalId, toGlobalId } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../../../components/filter-builder/index.ts';
import { RuleActivityTypesQuery } from '../api/rule-activity-types-query.ts';
import { ACTION_TYPES, newAction, type ActionDraft } from '../lib/rule-actions.ts';
import { TemplateActionFields } from './rule-template-action-fields.tsx';

interface Props {
  action: ActionDraft;
  index: number;
  entity: string;
  onChange: (action: ActionDraft) => void;
  onRemove: () => void;
}

const toGlobal = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => toGlobalId('User', String(id))) : []);
const toRaw = (id: string) => fromGlobalId(id)?.id ?? id;

function NotifyFields({ action, onChange }: Pick<Props, 'action' | 'onChange'>) {
  const { t } = useTranslation();
  const roles = AUTOMATION_ROLES.map((r) => ({ value: r, label: t(`automation.role.${r}`) }));
  return (
    <>
      <MultiSelect
        label={t('automation.action.roles')}
        data={roles}
        value={(action.roles as string[] | undefined) ?? []}
        onChange={(value) => onChange({ ...action, roles: value })}
      />
      <Input.Wrapper label={t('automation.action.users')}>
        <UserSelect
          multiple
          label={t('automation.action.users')}
          value={toGlobal(action.userIds)}
          onChange={(ids) => onChange({ ...action, userIds: ids.map(toRaw) })}
        />
      </Input.Wrapper>
    </>
  );
}

function TaskFields({ action, onChange }: Pick<Props, 'action' | 'onChange'>) {
  const { t } = useTranslation();
  const types = useQuery(RuleActivityTypesQuery).data?.dictionary ?? [];
  const roles = AUTOMATION_ROLES.map((r) => ({ value: r, label: t(`automation.role.${r}`) }));
  const userId = typeof action.userId === 'string' ? toGlobalId('User', action.userId) : null;
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('automation.action.forRole')}
          data={roles}
          value={(action.role as string | null) ?? null}
          onChange={(role) => onChange({ ...action, role, userId: role ? null : action.userId })}
          clearable
        />
        <Input.Wrapper label={t('automation.action.forUser')}>
          <UserSelect
            label={t('automation.action.forUser')}
            value={userId}
            onChange={(id) => onChange({ ...action, userId: id ? toRaw(id) : null, role: id ? null : action.role })}
          />
        </Input.Wrapper>
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('automation.action.activityType')}
          data={types.map((d) => ({ value: d.key, label: d.label }))}
          value={(action.activityTypeKey as string | undefined) ?? null}
          onChange={(key) => onChange({ ...action, activityTypeKey: key ?? 'task' })}
          allowDeselect={false}
        />
        <NumberInput
          label={t('automation.action.dueInDays')}
          min={0}
          max={365}
          value={(action.dueInDays as number | undefined) ?? 0}
          onChange={(v) => onChange({ ...action, dueInDays: typeof v === 'number' ? v : 0 })}
        />
      </Group>
      <TextInput
        label={t('automation.action.subject')}
        value={(action.subject as string | undefined) ?? ''}
        onChange={(e) => onChange({ ...action, subject: e.currentTarget.value })}
      />
    </>
  );
}

function SetFieldFields({ action, entity, onChange }: Pick<Props, 'action' | 'entity' | 'onChange'>) {
  const { t } = useTranslation();
  const settable = AUTOMATION_FIELDS[entity]?.settable ?? [];
  return (
    <Group grow align="flex-start">
      <Select
        label={t('automation.action.field')}
        data={settable.map((f) => ({ value: f, label: t(`automation.action.settable.${f}`) }))}
        value={(action.field as string | undefined) ?? null}
        onChange={(field) => onChange({ ...action, field: field ?? settable[0] })}
        allowDeselect={false}
      />
      {action.field === 'attribute' && (
        <TextInput
          label={t('automation.action.attributeKey')}
          value={(action.attributeKey as string | undefined) ?? ''}
          onChange={(e) => onChange({ ...action, attributeKey: e.currentTarget.value })}
        />
      )}
      <TextInput
        label={t('automation.action.value')}
        value={action.value == null ? '' : String(action.value)}
        onChange={(e) => onChange({ ...action, value: e.currentTarget.value })}
      />
    </Group>
  );
}

export function RuleActionCard({ action, index, entity, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-end">
          <Select
            label={t('automation.action.type', { n: index + 1 })}
            data={ACTION_TYPES.filter((v) => v !== 'SET_FIELD' || AUTOMATION_FIELDS[entity]?.settable.length).map(
              (v) => ({ value: v, label: t(`automation.action.kind.${v}`) }),
            )}
            value={action.type}
            onChange={(type) =>
              type && type !== action.type && onChange(newAction(type as ActionDraft['type'], entity))
            }
            allowDeselect={false}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('automation.action.remove', { n: index + 1 })}
            onClick={onRemove}
          >
            ×
          </ActionIcon>
        </Group>
        {action.type === 'NOTIFY' && <NotifyFields action={action} onChange={onChange} />}
        {action.type === 'CREATE_TASK' && <TaskFields action={action} onChange={onChange} />}
        {action.type === 'SET_FIELD' && <SetFieldFields action={action} entity={entity} onChange={onChange} />}
        {action.type === 'SEND_TEMPLATE' && <TemplateActionFields action={action} onChange={onChange} />}
      </Stack>
    </Card>
  );
}
