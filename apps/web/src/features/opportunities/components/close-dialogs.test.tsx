// The lost dialog refuses to close an opportunity without a reason and passes the reason and note on; a stale
// version offers a reload instead of closing.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { LostDialog, WonDialog } from './close-dialogs.tsx';

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

describe('won dialog', { timeout: 20_000 }, () => {
  it('offers a reload when someone changed the opportunity meanwhile', async () => {
    const stale = new CombinedGraphQLErrors({
      errors: [{ message: 'Version mismatch', extensions: { code: 'CONFLICT' } }],
    });
    const onReload = vi.fn();
    const onCancel = vi.fn();
    renderWithProviders(
      <WonDialog
        opened
        name="Fleet"
        onCancel={onCancel}
        onReload={onReload}
        onConfirm={vi.fn().mockRejectedValue(stale)}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as won' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });
});
