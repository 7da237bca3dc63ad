// A popover over a small calendar event (a short one in the week view, side by side with others): its whole text —
// time, subject, client, type, owner and state — with "Open" for the form, so a tap on "Pozi…" shows what it is.
import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Peek {
  activityId: string;
  /** The event's text as the tooltip has it: parts joined by " · " (see eventSummary). */
  summary: string;
  rect: { top: number; left: number; width: number; height: number };
}

export function EventPeek({ peek, onClose, onOpen }: { peek: Peek; onClose: () => void; onOpen: () => void }) {
  const { t } = useTranslation();
  const [time, subject, ...rest] = peek.summary.split(' · ');
  const { top, left, width, height } = peek.rect;
  return (
    <Popover opened onChange={(o) => !o && onClose()} position="bottom" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <div style={{ position: 'fixed', top, left, width, height, pointerEvents: 'none' }} aria-hidden />
      </Popover.Target>
      <Popover.Dropdown maw={320} role="dialog" aria-label={subject}>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {time}
          </Text>
          <Text fw={600}>{subject}</Text>
          {rest.map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button size="xs" variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button size="xs" onClick={onOpen}>
              {t('eventPeek.open')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
