// A secret shown once is named by its label and offers a copy button next to it.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { SecretValue } from './secret-value.tsx';

describe('secret value', () => {
  it('shows the value under its label with a copy button', () => {
    renderWithProviders(<SecretValue label="Token" labelId="t-label" value="vz_s3cr3t" />);
    const value = screen.getByLabelText('Token');
    expect(value.textContent).toBe('vz_s3cr3t');
    expect(value.getAttribute('aria-labelledby')).toBe('t-label');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });
});
