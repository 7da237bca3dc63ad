// The app's date-and-time field: written the UI language's way with a 24-hour clock (not the browser's
// "mm/dd/yyyy, --:-- --"), its calendar starting on Monday, read back to the wall value "YYYY-MM-DDTHH:mm" that the
// forms convert in the user's time zone, and usable with react-hook-form's register() as the native input was.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { i18n } from '../test/setup.ts';
import { DateTimeInput, parseDateTime } from './date-time-input.tsx';

function Form({ onSave, initial = '' }: { onSave: (value: string) => void; initial?: string }) {
  const form = useForm({ defaultValues: { at: initial } });
  return (
    <form onSubmit={form.handleSubmit((v) => onSave(v.at))}>
      <DateTimeInput label="Starts" {...form.register('at')} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('DateTimeInput', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('reads the native form and each language’s own way of writing a day and a time', () => {
    expect(parseDateTime('2026-12-07T09:30', 'en')).toBe('2026-12-07T09:30');
    expect(parseDateTime('07.12.2026, 09:30', 'pl')).toBe('2026-12-07T09:30');
    expect(parseDateTime('07.12.2026 9:30', 'pl')).toBe('2026-12-07T09:30');
    expect(parseDateTime('7. 12. 2026 14:05', 'cs')).toBe('2026-12-07T14:05');
    expect(parseDateTime('07.12.2026. 14:05', 'hr')).toBe('2026-12-07T14:05');
    expect(parseDateTime('7 Dec 2026, 14:05', 'en')).toBe('2026-12-07T14:05');
    // A day alone keeps the time already entered.
    expect(parseDateTime('08.12.2026', 'pl', '10:15')).toBe('2026-12-08T10:15');
    expect(parseDateTime('2026-02-30T10:00', 'en')).toBeNull();
    expect(parseDateTime('07.12.2026 25:00', 'pl')).toBeNull();
    expect(parseDateTime('12/07/2026 10:00pm', 'pl')).toBeNull();
  });

  it('shows a registered value in Polish as DD.MM.YYYY, HH:mm, with a Monday-first calendar, and saves what is typed', async () => {
    await i18n.changeLanguage('pl');
    let saved = '';
    renderWithProviders(<Form initial="2026-03-01T08:05" onSave={(v) => (saved = v)} />);
    const field = await screen.findByRole('textbox', { name: 'Starts' });
    expect((field as HTMLInputElement).value).toBe('01.03.2026, 08:05');
    fireEvent.focus(field);
    const table = await screen.findByRole('table');
    // The weekday header row (th cells without a column-header role in Mantine's month table), in order.
    const weekdays = within(table)
      .getAllByText(/^(Pn|Wt|Śr|Cz|Pt|So|Nd)$/)
      .map((h) => h.textContent);
    expect(weekdays.slice(0, 2)).toEqual(['Pn', 'Wt']);
    expect(weekdays.at(-1)).toBe('Nd');
    fireEvent.change(field, { target: { value: '07.12.2026 14:30' } });
    fireEvent.blur(field);
    expect((field as HTMLInputElement).value).toBe('07.12.2026, 14:30');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toBe('2026-12-07T14:30'));
  });

  it('keeps the time when a day is picked in the calendar, and an unreadable entry falls back on blur', async () => {
    let saved = '';
    renderWithProviders(<Form initial="2026-12-07T16:45" onSave={(v) => (saved = v)} />);
    const field = await screen.findByRole('textbox', { name: 'Starts' });
    expect((field as HTMLInputElement).value).toBe('7 Dec 2026, 16:45');
    fireEvent.focus(field);
    fireEvent.click(await screen.findByRole('button', { name: '9 December 2026' }));
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('9 Dec 2026, 16:45'));
    fireEvent.change(field, { target: { value: 'tomorrow-ish' } });
    fireEvent.blur(field);
    expect((field as HTMLInputElement).value).toBe('9 Dec 2026, 16:45');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toBe('2026-12-09T16:45'));
  });
});
