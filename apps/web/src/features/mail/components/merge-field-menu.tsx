// "Insert field": a menu of the whitelisted merge fields; picking one hands its tag ({{client.name}}) to the caller.
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MERGE_FIELD_NAMES, mergeFieldLabelKey, mergeTag } from '../lib/merge-field-list.ts';

export function MergeFieldMenu(props: { onInsert: (tag: string) => void; target: string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="light"
          disabled={props.disabled}
          aria-label={t('mailEditor.insertFieldInto', { target: props.target })}
        >
          {t('mailEditor.insertField')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {MERGE_FIELD_NAMES.map((name) => (
          <Menu.Item
            key={name}
            onClick={() => props.onInsert(mergeTag(name))}
            rightSection={<code>{mergeTag(name)}</code>}
          >
            {t(mergeFieldLabelKey(name))}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
