// The attribute definition form shows the stored flags: a required, active definition opens with both switched on
// (a registered Mantine checkbox kept its own state and showed them off, so saving would have cleared them).
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import type { AttributeDefinitionRow } from '../hooks/use-attribute-definitions.ts';
import { AttributeDefinitionModal } from './attribute-definition-modal.tsx';

const texts = (en: string) => ({ en, pl: en, hr: en, cs: en });

const row = (flags: { required: boolean; active: boolean }) =>
  ({
    id: 'ad-territory',
    entity: 'CLIENT',
    key: 'territory',
    labels: texts('Territory'),
    help: texts(''),
    type: 'TEXT',
    choices: [],
    position: 0,
    version: 1,
    ...flags,
  }) as unknown as AttributeDefinitionRow;

function open(flags: { required: boolean; active: boolean }) {
  renderWithProviders(<AttributeDefinitionModal entity="CLIENT" row={row(flags)} opened onClose={vi.fn()} />, {
    session: testSession(['attributes.manage']),
  });
}

const box = (name: RegExp) =>
  screen.getByRole(name.source === 'Active' ? 'switch' : 'checkbox', { name }) as HTMLInputElement;

describe('attribute definition flags', { timeout: 20_000 }, () => {
  it('opens a required, active definition with both on', async () => {
    open({ required: true, active: true });
    await waitFor(() => expect(box(/Active/).checked).toBe(true));
    expect(box(/Required/).checked).toBe(true);
  });

  it('opens an optional, inactive definition with both off', async () => {
    open({ required: false, active: false });
    await waitFor(() => expect(screen.getByRole('switch', { name: /Active/ })).toBeTruthy());
    expect(box(/Active/).checked).toBe(false);
    expect(box(/Required/).checked).toBe(false);
  });
});
