// The LDAP settings form: the stored bind password is shown as "set" and kept when blank, or removed on request; a bad
// URL stays on its field; the group → profile editor sends the mappings.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { UpdateLdapSettingsMutation } from '../api/update-ldap-settings-mutation.ts';
import { LdapSettingsForm, type LdapSettingsValues } from './ldap-settings-form.tsx';

const initial: LdapSettingsValues = {
  enabled: true,
  urls: 'ldaps://dc1.example.local:636',
  startTls: false,
  caCertificate: '',
  bindDn: 'CN=svc-veza,OU=Service,DC=example,DC=local',
  bindPassword: '',
  clearBindPassword: false,
  userBase: 'OU=Staff,DC=example,DC=local',
  userFilter: '(objectClass=user)',
  loginAttribute: 'sAMAccountName',
  nameAttribute: 'displayName',
  emailAttribute: 'mail',
  phoneAttribute: 'telephoneNumber',
  groupBase: '',
  createUsers: true,
  groupMappings: [],
  version: 2,
};

function renderForm() {
  const sent = vi.fn();
  const mock: MockLink.MockedResponse = {
    request: {
      query: UpdateLdapSettingsMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: { data: { updateLdapSettings: { __typename: 'LdapSettings', bindPasswordSet: true, version: 3 } } },
  };
  const onReload = vi.fn();
  renderWithProviders(
    <LdapSettingsForm
      initial={initial}
      bindPasswordSet
      profiles={[{ id: 'p-agent', name: 'Agent' }]}
      onReload={onReload}
    />,
    { session: testSession(['users.manage']), mocks: [mock] },
  );
  return { sent, onReload };
}

describe('ldap settings form', { timeout: 20_000 }, () => {
  it('says a password is stored and sends a blank one as “keep”, with the URLs as a list', async () => {
    const { sent, onReload } = renderForm();
    expect(screen.getByText('A password is stored; leave blank to keep it.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Server URLs' }), {
      target: { value: 'ldaps://dc1.example.local:636\nldaps://dc2.example.local:636' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: {
        bindPassword: null,
        urls: ['ldaps://dc1.example.local:636', 'ldaps://dc2.example.local:636'],
        version: 2,
      },
    });
    expect(sent.mock.calls[0]![0].input).not.toHaveProperty('clearBindPassword');
  });

  it('removes the stored password when asked', async () => {
    const { sent, onReload } = renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remove the stored password' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({ input: { bindPassword: '' } });
  });

  it('keeps a bad URL and a bad filter on their fields and sends nothing', async () => {
    const { sent } = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: 'Server URLs' }), {
      target: { value: 'https://dc1.example.local' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'User filter' }), { target: { value: 'objectClass=user' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter an ldap:// or ldaps:// URL (host and port only).')).toBeTruthy();
    expect(screen.getByText('Enter an LDAP filter in parentheses, e.g. (objectClass=person).')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('asks for the profile of a new group row', async () => {
    const { sent } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add a group' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    expect(sent).not.toHaveBeenCalled();
  });

  it('maps a group to a profile', async () => {
    const { sent, onReload } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add a group' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Group DN' }), {
      target: { value: 'CN=CRM Agents,OU=Groups,DC=example,DC=local' },
    });
    fireEvent.click(screen.getByRole('combobox', { name: 'Profile' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Agent' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: { groupMappings: [{ groupDn: 'CN=CRM Agents,OU=Groups,DC=example,DC=local', profileId: 'p-agent' }] },
    });
  });
});
