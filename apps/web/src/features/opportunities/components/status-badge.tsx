// Open / won / lost as a coloured badge.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS = { OPEN: 'blue', WON: 'green', LOST: 'red' } as const;

export function OpportunityStatusBadge({ status }: { status: keyof typeof COLORS }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`opportunities.status.${status}`)}
    </Badge>
  );
}
