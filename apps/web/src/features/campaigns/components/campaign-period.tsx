// A campaign's period as text ("1 Jul 2026 – 31 Jul 2026"), or "no period".
import { useTranslation } from 'react-i18next';
import { periodParts } from '../lib/format.ts';

export function usePeriodText() {
  const { t, i18n } = useTranslation();
  return (start: string | null | undefined, end: string | null | undefined): string => {
    const parts = periodParts(start, end, i18n.language);
    if (!parts) return t('campaigns.period.none');
    return t(`campaigns.period.${parts.kind}`, { start: parts.start, end: parts.end });
  };
}
