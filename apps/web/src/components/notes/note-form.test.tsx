// The note box (form kit): a new note is sent trimmed with its pin and the box starts empty again; the server's
// refusal naming the text lands under the text box and keeps what was typed.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { NoteForm } from './note-form.tsx';

// jsdom has no FontFaceSet; Mantine's autosizing text areas listen to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

const box = () => screen.getByRole('textbox', { name: 'New note' }) as HTMLTextAreaElement;

describe('note form', { timeout: 20_000 }, () => {
  it('sends a new note and empties the box for the next one', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<NoteForm submitLabel="Add note" onSubmit={onSubmit} />);
    fireEvent.change(box(), { target: { value: '  Called back  ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pin to the top' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ text: 'Called back', pinned: true }));
    await waitFor(() => expect(box().value).toBe(''));
    expect((screen.getByRole('checkbox', { name: 'Pin to the top' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows the server refusal under the text and keeps it', async () => {
    const refused = new CombinedGraphQLErrors({
      errors: [{ message: 'Too long for a note.', extensions: { code: 'BAD_USER_INPUT', field: 'input.text' } }],
    });
    renderWithProviders(<NoteForm submitLabel="Add note" onSubmit={vi.fn().mockRejectedValue(refused)} />);
    fireEvent.change(box(), { target: { value: 'Draft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Too long for a note.')).toBeTruthy();
    expect(box().value).toBe('Draft');
  });
});
