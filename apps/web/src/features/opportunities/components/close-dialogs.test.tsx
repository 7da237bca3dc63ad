// The lost dialog refuses to close an opportunity without a reason and passes the reason and note on.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { LostDialog } from './close-dialogs.tsx';

describe('lost dialog', { timeout: 20_000 }, () => {
  it('asks for the reason before marking an opportunity lost', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <LostDialog
        opened
        name="Fleet"
        reasons={[{ value: 'r1', label: 'Price' }]}
        onCancel={vi.fn()}
        onConfirm={onConfirm}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as lost' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('combobox', { name: /Reason/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Price', hidden: true }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: ' cheaper offer ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as lost' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('r1', 'cheaper offer'));
  });
});
