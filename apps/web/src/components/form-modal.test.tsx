// On a phone a form dialog fills the screen and keeps Cancel / Save at its bottom edge, thumb-sized.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY } from '../lib/use-phone.ts';
import { renderWithProviders } from '../test/render.tsx';
import { FormModal, FormShell, type SubmitState } from './form-modal.tsx';

const submit: SubmitState = {
  onSubmit: async () => {},
  close: () => {},
  formError: null,
  conflict: false,
  saving: false,
};

function screenWidth(phone: boolean) {
  const original = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    ...original(query),
    matches: phone && query === PHONE_QUERY,
  }));
}

function renderDialog() {
  renderWithProviders(
    <FormModal opened onClose={() => {}} title="New client">
      <FormShell submit={submit}>
        <input aria-label="Name" />
      </FormShell>
    </FormModal>,
  );
  const dialog = screen.getByRole('dialog', { name: 'New client' });
  return { dialog, actions: screen.getByTestId('form-actions') };
}

describe('FormModal on a phone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fills the screen and pins large buttons to the bottom', () => {
    screenWidth(true);
    const { dialog, actions } = renderDialog();
    expect(dialog.getAttribute('data-full-screen')).toBe('true');
    expect(actions.classList.contains('veza-form-actions-phone')).toBe(true);
    expect(screen.getByRole('button', { name: 'Save' }).getAttribute('data-size')).toBe('md');
  });

  it('stays a centred dialog with compact buttons on a wider screen', () => {
    screenWidth(false);
    const { dialog, actions } = renderDialog();
    expect(dialog.getAttribute('data-full-screen')).toBeNull();
    expect(actions.classList.contains('veza-form-actions-phone')).toBe(false);
  });
});
