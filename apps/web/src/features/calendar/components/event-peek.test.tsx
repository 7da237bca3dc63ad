// A short event in the week view shows only its subject; a click shows all of it in a popover with "Open".
import type { EventDisplayInfo } from '@fullcalendar/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { i18n } from '../../../test/setup.ts';
import type { EventFacts } from '../lib/event-mapping.ts';
import { EventContent } from './event-content.tsx';
import { EventPeek } from './event-peek.tsx';

const facts: Partial<EventFacts> = {
  activityId: 'a1',
  tone: 'planned',
  typeLabel: 'Call',
  typeIcon: null,
  clientName: 'Kovač d.o.o.',
  showOwner: false,
};

function shortInfo(): EventDisplayInfo {
  const start = new Date('2026-12-07T09:00:00Z');
  return {
    isShort: true,
    isNarrow: true,
    timeText: '10:00 - 10:30',
    view: { type: 'timeGridWeek' },
    event: {
      title: 'Pozivni razgovor',
      allDay: false,
      start,
      end: new Date(start.getTime() + 30 * 60_000),
      extendedProps: facts,
    },
  } as unknown as EventDisplayInfo;
}

describe('short calendar events', () => {
  it('show the subject and no time in the box, the whole text in the tooltip', () => {
    const { container } = render(<EventContent info={shortInfo()} t={i18n.t} />);
    const box = container.querySelector('.veza-ev--short')!;
    expect(box.textContent).toBe('Pozivni razgovor');
    expect(box.getAttribute('title')).toBe('10:00 - 10:30 · Pozivni razgovor · Kovač d.o.o. · Call · Planned');
  });

  it('the popover lists time, subject, client and state and opens the activity', async () => {
    const onOpen = vi.fn();
    renderWithProviders(
      <EventPeek
        peek={{
          activityId: 'a1',
          summary: '10:00 - 10:30 · Pozivni razgovor · Kovač d.o.o. · Call · Planned',
          rect: { top: 10, left: 10, width: 40, height: 17 },
        }}
        onClose={() => undefined}
        onOpen={onOpen}
      />,
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Pozivni razgovor');
    for (const text of ['10:00 - 10:30', 'Kovač d.o.o.', 'Planned']) expect(dialog.textContent).toContain(text);
    fireEvent.click(within(dialog).getByText('Open'));
    expect(onOpen).toHaveBeenCalled();
  });
});
