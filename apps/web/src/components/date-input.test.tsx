// The app's date field: days written the UI language's way (not the browser's mm/dd/yyyy), read back to ISO days,
// and usable with react-hook-form's register() as the native date inputs were.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { i18n } from '../test/setup.ts';
import { DateInput, parseDay } from './date-input.tsx';

function Form({ onSave, initial = '' }: { onSave: (day: string) => void; initial?: string }) {
  const form = useForm({ defaultValues: { day: initial } });
  return (
    <form onSubmit={form.handleSubmit((v) => onSave(v.day))}>
      <DateInput label="Day" {...form.register('day')} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('DateInput', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('reads ISO days and each language’s own way of writing a day', () => {
    expect(parseDay('2026-12-07', 'en')).toBe('2026-12-07');
    expect(parseDay('07.12.2026', 'pl')).toBe('2026-12-07');
    expect(parseDay('7. 12. 2026', 'cs')).toBe('2026-12-07');
    expect(parseDay('07.12.2026.', 'hr')).toBe('2026-12-07');
    expect(parseDay('2026-02-30', 'en')).toBeNull();
    expect(parseDay('12/07/2026x', 'pl')).toBeNull();
  });

  it('shows a registered day in Polish as DD.MM.YYYY and saves what is typed as an ISO day', async () => {
    await i18n.changeLanguage('pl');
    let saved = '';
    renderWithProviders(<Form initial="2026-03-01" onSave={(d) => (saved = d)} />);
    const field = await screen.findByRole('textbox', { name: 'Day' });
    expect((field as HTMLInputElement).value).toBe('01.03.2026');
    fireEvent.change(field, { target: { value: '07.12.2026' } });
    fireEvent.blur(field);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toBe('2026-12-07'));
  });
});
