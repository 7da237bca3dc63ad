// The dictionary value form picks an activity type's icon from the fixed set and saves it into meta beside the
// calendar / home flags and any other setting already stored there.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { AdminDictionaryValuesQuery } from '../api/admin-dictionary-values-query.ts';
import { UpdateDictionaryValueMutation } from '../api/update-dictionary-value-mutation.ts';
import type { DictionaryValueRow } from '../hooks/use-dictionary-values.ts';
import { DictionaryValueModal } from './dictionary-value-modal.tsx';

const labels = { en: 'Call', pl: 'Rozmowa', hr: 'Poziv', cs: 'Telefonát' };
const call: DictionaryValueRow = {
  id: 'dv-call',
  kind: 'ACTIVITY_TYPE',
  key: 'call',
  label: 'Call',
  labels,
  color: '#1e88e5',
  position: 0,
  active: true,
  meta: { showOnCalendar: false, showOnHome: true, icon: 'phone', tracksDistance: true },
  version: 4,
};
/** The row as the API answers with it after saving `meta`. */
const answered = (meta: Record<string, unknown>) => ({
  __typename: 'DictionaryValue',
  ...call,
  labels: { __typename: 'Labels', ...labels },
  meta,
  version: 5,
});

function renderModal(expectedMeta: Record<string, unknown>) {
  const saved = vi.fn(() => ({
    data: { updateDictionaryValue: answered(expectedMeta) },
  }));
  const mocks = [
    {
      request: {
        query: UpdateDictionaryValueMutation,
        variables: {
          id: 'dv-call',
          version: 4,
          input: {
            labels,
            color: '#1e88e5',
            position: 0,
            active: true,
            meta: expectedMeta,
          },
        },
      },
      result: saved,
    },
    {
      request: { query: AdminDictionaryValuesQuery, variables: { kind: 'ACTIVITY_TYPE' } },
      result: { data: { dictionary: [answered(expectedMeta)] } },
    },
  ];
  const onClose = vi.fn();
  renderWithProviders(<DictionaryValueModal kind="ACTIVITY_TYPE" row={call} opened onClose={onClose} />, {
    session: testSession(['dictionaries.manage']),
    mocks,
  });
  return { saved, onClose };
}

// jsdom has no layout, so floating-ui takes the input for detached and hides the open dropdown: look past that.
const iconInput = () => screen.getByRole('combobox', { name: 'Icon' }) as HTMLInputElement;

// Mantine's modal and selects render slowly in jsdom.
describe('dictionary value icon', { timeout: 20_000 }, () => {
  it('shows the stored icon and offers every icon with its drawing', async () => {
    renderModal({});
    await waitFor(() => expect(iconInput().value).toBe('Phone'));
    const field = iconInput().closest('.mantine-Select-root') as HTMLElement;
    expect(field.querySelector('svg.tabler-icon-phone')).not.toBeNull();
    fireEvent.click(iconInput());
    const listbox = await screen.findByRole('listbox', { hidden: true });
    const visit = within(listbox).getByRole('option', { name: 'Visit on site', hidden: true });
    expect(visit.querySelector('svg.tabler-icon-map-pin')).not.toBeNull();
    expect(within(listbox).getAllByRole('option', { hidden: true })).toHaveLength(22);
  });

  it('shows an active value as active', async () => {
    renderModal({});
    await waitFor(() => expect(iconInput().value).toBe('Phone'));
    expect((screen.getByRole('switch', { name: /Active/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('saves the chosen icon into meta and keeps the flags and other settings', async () => {
    const meta = {
      showOnCalendar: false,
      showOnHome: true,
      sendToOutlook: true,
      tracksDistance: true,
      icon: 'map-pin',
    };
    const { saved, onClose } = renderModal(meta);
    await waitFor(() => expect(iconInput().value).toBe('Phone'));
    fireEvent.click(iconInput());
    fireEvent.click(
      within(await screen.findByRole('listbox', { hidden: true })).getByRole('option', {
        name: 'Visit on site',
        hidden: true,
      }),
    );
    expect(iconInput().value).toBe('Visit on site');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('leaves the icon out of meta when it is cleared', async () => {
    const { saved } = renderModal({
      showOnCalendar: false,
      showOnHome: true,
      sendToOutlook: true,
      tracksDistance: true,
    });
    await waitFor(() => expect(iconInput().value).toBe('Phone'));
    const field = iconInput().closest('.mantine-Select-root') as HTMLElement;
    fireEvent.click(within(field).getByRole('button', { hidden: true }));
    expect(iconInput().value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });

  it('switches "may be sent to Outlook" off in meta', async () => {
    const { saved } = renderModal({
      showOnCalendar: false,
      showOnHome: true,
      sendToOutlook: false,
      tracksDistance: true,
      icon: 'phone',
    });
    await waitFor(() => expect(iconInput().value).toBe('Phone'));
    const box = screen.getByRole('checkbox', { name: 'May be sent to Outlook (calendar feed)' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });
});
