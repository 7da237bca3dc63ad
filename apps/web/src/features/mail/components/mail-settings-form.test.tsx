// The mail settings form: a bad from address stays on its field and sends nothing; blank secrets are sent
// as null (keep the stored ones), a typed password replaces it.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { UpdateMailSettingsMutation } from '../api/update-mail-settings-mutation.ts';
import { MailSettingsForm, type MailSettingsValues } from './mail-settings-form.tsx';

const initial: MailSettingsValues = {
  host: 'smtp.example.test',
  port: 587,
  security: 'STARTTLS',
  username: 'crm',
  password: '',
  fromAddress: 'crm@example.test',
  fromName: 'Veza',
  ratePerSecond: 10,
  dkimDomain: '',
  dkimSelector: '',
  dkimPrivateKey: '',
  allowSelfApproval: false,
  tlsCaCert: '',
  version: 3,
};

function renderForm() {
  const sent = vi.fn();
  const mock: MockLink.MockedResponse = {
    request: {
      query: UpdateMailSettingsMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: {
      data: {
        updateMailSettings: {
          __typename: 'MailSettings',
          ...initial,
          password: undefined,
          dkimPrivateKey: undefined,
          passwordSet: true,
          dkimKeySet: false,
          dkimDomain: null,
          dkimSelector: null,
          configured: true,
          version: 4,
        },
      },
    },
  };
  const onReload = vi.fn();
  renderWithProviders(<MailSettingsForm initial={initial} passwordSet dkimKeySet={false} onReload={onReload} />, {
    session: testSession(['mail.settings']),
    mocks: [mock],
  });
  return { sent, onReload };
}

describe('mail settings form', { timeout: 20_000 }, () => {
  it('keeps a bad from address on its field', async () => {
    const { sent } = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: 'From address' }), { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a valid e-mail address.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('says a password is stored and sends a blank one as “keep”', async () => {
    const { sent, onReload } = renderForm();
    expect(screen.getByText('A value is stored; leave blank to keep it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({ input: { password: null, dkimPrivateKey: null, version: 3 } });
  });
});
