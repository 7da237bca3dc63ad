// The hourly rate form (form kit): a rate the shared schema refuses stays on its field and sends nothing; a good one
// is sent as the general rate (no type) of the chosen colleague from the chosen day, and the page is told to reload.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { SetHourlyRateMutation } from '../api/set-hourly-rate-mutation.ts';
import { HourlyRateForm } from './hourly-rate-form.tsx';

const USERS = [
  { value: 'VXNlcjox', label: 'Ana Horvat' },
  { value: 'VXNlcjoy', label: 'Jan Novák' },
];
const TYPES = [{ value: 'RGljdDox', label: 'Call' }];

function renderForm() {
  const sent = vi.fn();
  const mock: MockLink.MockedResponse = {
    request: {
      query: SetHourlyRateMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: {
      data: { setHourlyRate: { __typename: 'HourlyRate', id: 'SFI6MQ==', validFrom: '2026-07-01', rate: '42.50' } },
    },
  };
  const onSaved = vi.fn();
  const onClose = vi.fn();
  renderWithProviders(<HourlyRateForm users={USERS} types={TYPES} onSaved={onSaved} onClose={onClose} />, {
    session: testSession(['users.manage']),
    mocks: [mock],
  });
  return { sent, onSaved, onClose };
}

const rate = () => screen.getByRole('textbox', { name: 'Rate per hour' });

describe('hourly rate form', { timeout: 20_000 }, () => {
  it('keeps a bad rate on its field and sends nothing', async () => {
    const { sent, onSaved } = renderForm();
    fireEvent.change(rate(), { target: { value: '-5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter an amount of at most 16 digits with up to 2 decimals.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses an impossible day', async () => {
    const { sent } = renderForm();
    fireEvent.change(screen.getByLabelText('Valid from'), { target: { value: '' } });
    fireEvent.change(rate(), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a valid date.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it("sends the first colleague's general rate from the chosen day and tells the page", async () => {
    const { sent, onSaved, onClose } = renderForm();
    fireEvent.change(screen.getByLabelText('Valid from'), { target: { value: '2026-07-01' } });
    fireEvent.change(rate(), { target: { value: '42.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onClose).not.toHaveBeenCalled();
    expect(sent.mock.calls[0]![0]).toEqual({
      input: { userId: 'VXNlcjox', activityTypeId: null, validFrom: '2026-07-01', rate: '42.50' },
    });
  });
});
