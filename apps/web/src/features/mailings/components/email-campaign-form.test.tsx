// The campaign form's template picker: templates in the campaign's language come first; picking one fills language,
// subject and body, lists the template's files, and the campaign is saved with the template's id. A new campaign
// starts in the writer's language, its unsubscribe link worded in it.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import pl from '../../../i18n/locales/pl.json';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { i18n } from '../../../test/setup.ts';
import { CampaignTemplateFilesQuery } from '../api/campaign-template-files-query.ts';
import { CampaignTemplatesQuery } from '../api/campaign-templates-query.ts';
import { CreateEmailCampaignMutation } from '../api/create-email-campaign-mutation.ts';
import { MailingGroupsQuery } from '../api/mailing-groups-query.ts';
import { EmailCampaignForm } from './email-campaign-form.tsx';

const template = (id: string, name: string, language: string, subject: string) => ({
  __typename: 'EmailTemplate' as const,
  id,
  name,
  language,
  subject,
  bodyHtml: `<p>{{salutation}},</p><p>${name}</p>`,
});

function renderForm() {
  const created = vi.fn();
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: MailingGroupsQuery },
      result: {
        data: {
          mailingGroups: [
            { __typename: 'MailingGroup', id: 'g1', name: 'Newsletter', category: null, memberCount: 3, filter: null },
          ],
        },
      },
    },
    {
      request: { query: CampaignTemplatesQuery },
      result: {
        data: {
          emailTemplates: {
            __typename: 'EmailTemplateConnection',
            edges: [
              { __typename: 'EmailTemplateEdge', node: template('t1', 'Cennik', 'pl', 'Cennik dla {{client.name}}') },
              { __typename: 'EmailTemplateEdge', node: template('t2', 'Offer', 'en', 'Offer') },
            ],
          },
        },
      },
    },
    {
      request: { query: CampaignTemplateFilesQuery, variables: { templateId: 't1' } },
      result: {
        data: {
          attachments: {
            __typename: 'AttachmentConnection',
            edges: [{ __typename: 'AttachmentEdge', node: { __typename: 'Attachment', id: 'a1', name: 'cennik.pdf' } }],
          },
        },
      },
    },
    {
      request: {
        query: CreateEmailCampaignMutation,
        variables: (variables: Record<string, unknown>) => {
          created(variables);
          return true;
        },
      },
      result: { data: { createEmailCampaign: { __typename: 'EmailCampaign', id: 'c1', version: 1 } } },
    },
  ];
  const onClose = vi.fn();
  renderWithProviders(<EmailCampaignForm onClose={onClose} />, {
    session: testSession(['mailings.manage', 'mail.send']),
    mocks,
  });
  return { created, onClose };
}

describe('campaign form with a template', { timeout: 40_000 }, () => {
  it('lists templates by language, fills the content and saves the template id', async () => {
    const { created, onClose } = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Cennik 2027' } });
    fireEvent.click(await screen.findByRole('combobox', { name: 'Template' }, { timeout: 10_000 }));
    const cennik = await screen.findByRole('option', { name: 'Cennik', hidden: true }, { timeout: 10_000 });
    // The form starts in English: the English template's group comes first.
    const names = screen
      .getAllByRole('option', { hidden: true })
      .map((o) => o.textContent)
      .filter((n) => n === 'Offer' || n === 'Cennik');
    expect(names).toEqual(['Offer', 'Cennik']);
    fireEvent.click(cennik);
    await waitFor(
      () =>
        expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
          'Cennik dla {{client.name}}',
        ),
      { timeout: 10_000 },
    );
    expect(await screen.findByText('Attached to every message: cennik.pdf', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 10_000 });
    expect(created.mock.calls[0]![0]).toMatchObject({
      input: {
        name: 'Cennik 2027',
        templateId: 't1',
        language: 'pl',
        subject: 'Cennik dla {{client.name}}',
        bodyHtml: '<p>{{salutation}},</p><p>Cennik</p>',
      },
    });
  });
});

describe('a new campaign', { timeout: 40_000 }, () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('starts in the writer’s language with the unsubscribe link worded in it (Polish)', async () => {
    i18n.addResourceBundle('pl', 'translation', pl, true, true);
    await i18n.changeLanguage('pl');
    renderForm();
    const body = await screen.findByRole('textbox', { name: (name) => name.startsWith(pl.mailings.campaigns.body) });
    expect((body as HTMLTextAreaElement).value).toContain('<a href="{{unsubscribeUrl}}">Wypisz się</a>');
    expect(screen.getByLabelText(pl.mailings.campaigns.language, { selector: 'input' })).toHaveProperty(
      'value',
      pl.mailings.languages.pl,
    );
  });

  it('starts in English for an English writer', async () => {
    renderForm();
    const body = await screen.findByRole('textbox', { name: (name) => name.startsWith('Body (HTML)') });
    expect((body as HTMLTextAreaElement).value).toContain('<a href="{{unsubscribeUrl}}">Unsubscribe</a>');
  });
});
