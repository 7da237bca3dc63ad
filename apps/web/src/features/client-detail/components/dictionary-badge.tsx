// A dictionary value (status, segment, …) as a label in its colour, in the UI language.
import { Badge } from '@mantine/core';
import { labelIn } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import type { ClientDictionaryValue } from '../hooks/use-client-detail.ts';

export function DictionaryBadge({ value }: { value: ClientDictionaryValue | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!value) return null;
  const label = labelIn(value.labels, i18n.language) || value.label;
  return (
    <Badge
      color={value.color ?? 'gray'}
      variant="light"
      size="lg"
      radius="sm"
      tt="none"
      title={value.active ? undefined : t('client.inactiveValue')}
    >
      {value.active ? label : `${label} (${t('client.inactiveValue')})`}
    </Badge>
  );
}
