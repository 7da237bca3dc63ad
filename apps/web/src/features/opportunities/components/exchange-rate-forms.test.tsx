// The exchange-rate forms (form kit): a rate the shared schema refuses stays on its field and sends nothing; a good
// one is sent normalised (decimal comma → point) and the page reloads; a file over the request limit is refused.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { SetExchangeRateMutation } from '../api/set-exchange-rate-mutation.ts';
import { ImportCard, ManualRateCard } from './exchange-rate-forms.tsx';

function renderManual() {
  const sent = vi.fn();
  const mock: MockLink.MockedResponse = {
    request: {
      query: SetExchangeRateMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: {
      data: {
        setExchangeRate: {
          __typename: 'ExchangeRate',
          currency: 'PLN',
          date: '2026-12-01',
          rate: '4.25',
          source: 'MANUAL',
        },
      },
    },
  };
  const onDone = vi.fn();
  renderWithProviders(<ManualRateCard currencies={['PLN', 'CZK']} onDone={onDone} />, {
    session: testSession(['currencies.manage']),
    mocks: [mock],
  });
  return { sent, onDone };
}

const rate = () => screen.getByRole('textbox', { name: 'Rate' });

describe('manual exchange rate', { timeout: 20_000 }, () => {
  it('keeps a bad rate on its field', async () => {
    const { sent } = renderManual();
    fireEvent.change(rate(), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a positive rate (up to 10 decimals).')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('sends a good rate normalised and reloads the page', async () => {
    const { sent, onDone } = renderManual();
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-12-01' } });
    fireEvent.change(rate(), { target: { value: '4,25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toEqual({ input: { currency: 'PLN', date: '2026-12-01', rate: '4.25' } });
  });
});

describe('exchange rate file import', { timeout: 20_000 }, () => {
  it('refuses a file over the request limit before sending it', async () => {
    const onDone = vi.fn();
    const { container } = renderWithProviders(<ImportCard onDone={onDone} />, {
      session: testSession(['currencies.manage']),
    });
    const big = new File(['x'.repeat(900_001)], 'rates.xml', { type: 'text/xml' });
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [big] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/The file is too large/)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});
