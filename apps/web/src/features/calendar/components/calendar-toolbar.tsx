// Navigation above the grid: previous / today / next, the visible period, the view switcher and a loading hint.
import type { CalendarController } from '@fullcalendar/react';
import { ActionIcon, Button, Group, Loader, SegmentedControl, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALENDAR_VIEWS, type CalendarViewType } from './calendar-board.tsx';

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <path d={direction === 'left' ? 'M15 6l-6 6 6 6' : 'M9 6l6 6-6 6'} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

interface Props {
  controller: CalendarController;
  view: CalendarViewType;
  loading: boolean;
}

export function CalendarToolbar({ controller, view, loading }: Props) {
  const { t } = useTranslation();
  const buttons = controller.view ? controller.getButtonState() : null;
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Group gap="xs" wrap="nowrap">
        <ActionIcon.Group>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t(`calendar.prev.${view}`)}
            onClick={() => controller.prev()}
          >
            <Chevron direction="left" />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t(`calendar.next.${view}`)}
            onClick={() => controller.next()}
          >
            <Chevron direction="right" />
          </ActionIcon>
        </ActionIcon.Group>
        <Button variant="default" onClick={() => controller.today()} disabled={buttons?.today?.isDisabled}>
          {t('calendar.today')}
        </Button>
        <Title order={2} size="h4" fw={600} aria-live="polite" data-testid="calendar-title">
          {controller.view?.title}
        </Title>
        {loading && <Loader size="xs" role="status" aria-label={t('common.loading')} />}
      </Group>
      <SegmentedControl
        aria-label={t('calendar.viewLabel')}
        value={view}
        onChange={(value) => controller.changeView(value)}
        data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`calendar.views.${v}`) }))}
      />
    </Group>
  );
}
