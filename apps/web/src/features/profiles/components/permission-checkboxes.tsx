// Permission checkboxes grouped as in PERMISSION_GROUPS, each group in a labelled fieldset.
import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { PERMISSION_GROUPS, type PermissionGroup } from '@veza/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

const GROUPS = Object.keys(PERMISSION_GROUPS) as PermissionGroup[];

export function PermissionCheckboxes({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const toggle = (key: string, checked: boolean) =>
    onChange(checked ? [...value.filter((k) => k !== key), key] : value.filter((k) => k !== key));

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {GROUPS.map((group) => (
          <Fieldset key={group} legend={t(`permissionGroup.${group}`)} variant="filled" p="sm">
            <Stack gap={8}>
              {PERMISSION_GROUPS[group].map((key) => (
                <Checkbox
                  key={key}
                  label={t(`permission.${key}`)}
                  checked={value.includes(key)}
                  onChange={(event) => toggle(key, event.currentTarget.checked)}
                />
              ))}
            </Stack>
          </Fieldset>
        ))}
      </SimpleGrid>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
