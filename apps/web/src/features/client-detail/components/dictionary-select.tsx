// A select of dictionary values with colour dots, and a "+" button to add a value on the spot (dictionaries.manage
// or dictionaries.addValue).
import { ActionIcon, ColorSwatch, Group, Select, Text, Tooltip } from '@mantine/core';
import type { DictionaryKind } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../lib/session.tsx';
import type { ClientDictionaryValue } from '../hooks/use-client-detail.ts';
import { useDictionaryOptions } from '../hooks/use-dictionary-options.ts';
import { QuickDictionaryValueModal } from './quick-dictionary-value-modal.tsx';

interface Props {
  kind: DictionaryKind;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** The record's stored value: kept as an option even when it has been deactivated. */
  current?: ClientDictionaryValue | null;
  error?: string;
}

function Swatch({ color }: { color: string | null }) {
  return <ColorSwatch color={color ?? 'var(--mantine-color-gray-3)'} size={12} withShadow={false} aria-hidden />;
}

export function DictionarySelect({ kind, label, value, onChange, current, error }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const { options } = useDictionaryOptions(kind, current);
  const selected = options.find((o) => o.value === value);
  const addLabel = t('client.addDictionaryValue', { list: label });
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Select
        flex={1}
        label={label}
        data={options}
        value={value}
        onChange={onChange}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        leftSection={selected ? <Swatch color={selected.color} /> : undefined}
        renderOption={({ option }) => (
          <Group gap="xs" wrap="nowrap">
            <Swatch color={options.find((o) => o.value === option.value)?.color ?? null} />
            <Text size="sm">{option.label}</Text>
          </Group>
        )}
        error={error}
      />
      {(can('dictionaries.manage') || can('dictionaries.addValue')) && (
        <>
          <Tooltip label={addLabel}>
            <ActionIcon variant="light" size="lg" mt={25} aria-label={addLabel} onClick={() => setAdding(true)}>
              +
            </ActionIcon>
          </Tooltip>
          <QuickDictionaryValueModal
            kind={kind}
            listLabel={label}
            opened={adding}
            onClose={() => setAdding(false)}
            onCreated={(id) => onChange(id)}
          />
        </>
      )}
    </Group>
  );
}
