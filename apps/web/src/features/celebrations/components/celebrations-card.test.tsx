// The home page's celebrations card: each row offers an e-mail draft (mailto) when the person has an address, and
// "Log a call" opens the plugged-in activity form prefilled with the client, the person, the call type and a subject.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityFormModalProps } from '../../../lib/activity-modals.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { CelebrationActivityTypesQuery } from '../api/celebration-activity-types-query.ts';
import { UpcomingCelebrationsQuery } from '../api/upcoming-celebrations-query.ts';
import CelebrationsCard from './celebrations-card.tsx';

const row = (over: Record<string, unknown>) => ({
  __typename: 'Celebration' as const,
  kind: 'NAME_DAY',
  date: '2026-12-08',
  personId: 'P1',
  personName: 'Jiří Novák',
  age: null,
  email: null,
  phone: null,
  clientId: 'C1',
  clientName: 'Novák s.r.o.',
  ...over,
});

const mocks = [
  {
    request: { query: UpcomingCelebrationsQuery, variables: { days: 7 } },
    result: {
      data: {
        upcomingCelebrations: [
          row({}),
          row({ kind: 'BIRTHDAY', personId: 'P2', personName: 'Ana Kovač', age: 40, email: 'ana@kovac.hr' }),
        ],
      },
    },
  },
  {
    request: { query: CelebrationActivityTypesQuery },
    result: {
      data: {
        dictionary: [
          { __typename: 'DictionaryValue' as const, id: 'T-meeting', key: 'meeting' },
          { __typename: 'DictionaryValue' as const, id: 'T-call', key: 'call' },
        ],
      },
    },
  },
];

describe('celebrations card', () => {
  it('offers an e-mail draft only with an address and logs a call through the plugged-in form', async () => {
    const opened: ActivityFormModalProps[] = [];
    const Form = (props: ActivityFormModalProps) => {
      opened.push(props);
      return <div role="dialog" aria-label="activity form" />;
    };
    renderWithProviders(<CelebrationsCard activityForm={Form} />, { mocks });
    expect(await screen.findByText('Ana Kovač (40)')).toBeTruthy();
    const mail = screen.getAllByRole('link', { name: 'Send wishes' });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.getAttribute('href')).toBe('mailto:ana@kovac.hr?subject=Best%20wishes');
    await screen.findByText('Jiří Novák');
    // the call type arrives with the second query; until then the form opens without a type
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Log a call to Jiří Novák' }));
      expect(opened.at(-1)?.initial?.typeId).toBe('T-call');
    });
    expect(screen.getByRole('dialog', { name: 'activity form' })).toBeTruthy();
    expect(opened.at(-1)!.initial).toMatchObject({
      clientId: 'C1',
      contactPersonId: 'P1',
      typeId: 'T-call',
      subject: 'Name-day wishes to Jiří Novák',
      status: 'DONE',
    });
    expect(screen.getByRole('link', { name: /Remind me each morning/ }).getAttribute('href')).toBe('/notifications');
  });
});
