// The save-view dialog names the list's own records in its sharing hint: clients on the client list, opportunities on
// the opportunity list.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { SaveViewModal } from './save-view-modal.tsx';

describe('save view dialog', { timeout: 20_000 }, () => {
  it.each([
    ['opportunity', 'Everyone who can see opportunities can use it; only you can change it.'],
    ['client', 'Everyone who can see clients can use it; only you can change it.'],
  ])('on the %s list says who may use a shared view', async (context, hint) => {
    renderWithProviders(<SaveViewModal opened context={context} onClose={vi.fn()} onSave={vi.fn()} />);
    expect(await screen.findByText(hint)).toBeTruthy();
  });
});
