// A campaign item's state as a badge in the colours of the progress bar.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemState } from '../lib/progress.ts';

const COLORS: Record<ItemState, string> = { DONE: 'teal', SKIPPED: 'orange', IN_PROGRESS: 'blue', PENDING: 'gray' };

export function ItemStateBadge({ state }: { state: ItemState }) {
  const { t } = useTranslation();
  return (
    // Never squeezed by a long client name beside it (a phone): the name wraps instead.
    <Badge color={COLORS[state]} variant={state === 'PENDING' ? 'outline' : 'light'} style={{ flexShrink: 0 }}>
      {t(`campaigns.itemState.${state}`)}
    </Badge>
  );
}
