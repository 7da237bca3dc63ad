// "Copy address" puts the block on the clipboard in the reader's language and confirms it.
import { Notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { CopyAddressButton } from './copy-address-button.tsx';

describe('CopyAddressButton', () => {
  it('writes the address block to the clipboard and shows a toast', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(
      <>
        <Notifications />
        <CopyAddressButton
          name="Ivana Kovač"
          parts={{
            personName: 'Ivana Kovač',
            firm: 'Kovač d.o.o.',
            postalCode: '10000',
            city: 'Zagreb',
            country: 'HR',
          }}
        />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the address of Ivana Kovač' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('Ivana Kovač\nKovač d.o.o.\n10000 Zagreb\nCroatia'));
    expect(await screen.findByText('Address copied to the clipboard.')).toBeTruthy();
  });
});
