// A campaign's status as a coloured badge.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS = { DRAFT: 'gray', ACTIVE: 'blue', COMPLETED: 'teal', CANCELLED: 'red' } as const;

export function CampaignStatusBadge({ status }: { status: keyof typeof COLORS }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`campaigns.status.${status}`)}
    </Badge>
  );
}
