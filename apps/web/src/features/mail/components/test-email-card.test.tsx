// The test e-mail button follows the message until the relay answers: a refusal is said in the reader's language
// with the SMTP code, the server's own English text only as a detail under it. A bad address is said under the field
// in the reader's language, whether the form's schema or the API (BAD_USER_INPUT `to`) finds it.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import pl from '../../../i18n/locales/pl.json';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { i18n } from '../../../test/setup.ts';
import { SendTestEmailMutation } from '../api/send-test-email-mutation.ts';
import { TestEmailStateQuery } from '../api/test-email-state-query.ts';
import { TestEmailCard } from './test-email-card.tsx';

const TO = 'ops@example.test';

function mocks(state: string, error: string | null): MockLink.MockedResponse[] {
  return [
    {
      request: { query: SendTestEmailMutation, variables: { to: TO } },
      result: { data: { sendTestEmail: { __typename: 'EmailMessage', id: 'm1', state: 'QUEUED' } } },
    },
    {
      request: { query: TestEmailStateQuery, variables: { id: 'm1' } },
      result: { data: { emailMessage: { __typename: 'EmailMessage', id: 'm1', state, attempts: 1, error } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

async function sendTo(labelTo: RegExp, labelSend: RegExp) {
  fireEvent.change(screen.getByLabelText(labelTo), { target: { value: TO } });
  fireEvent.click(screen.getByRole('button', { name: labelSend }));
}

describe('TestEmailCard', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows a refused test e-mail in Polish, with the SMTP code, and the server text only as a detail', async () => {
    i18n.addResourceBundle('pl', 'translation', pl, true, true);
    await i18n.changeLanguage('pl');
    const raw = '550 5.1.1 <ops@example.test>: Recipient address rejected: User unknown';
    renderWithProviders(<TestEmailCard disabled={false} />, {
      session: testSession(['mail.settings']),
      mocks: mocks('FAILED', raw),
    });
    await sendTo(new RegExp(pl.mail.settings.testTo), new RegExp(pl.mail.settings.testSend));
    expect(await screen.findByText(`Nie udało się wysłać testowego e-maila do ${TO}.`)).toBeTruthy();
    expect(screen.getByText('Skrzynka odbiorcy nie istnieje lub nie przyjmuje poczty. (SMTP 550)')).toBeTruthy();
    expect(screen.getByText(`Odpowiedź serwera: ${raw}`)).toBeTruthy();
  });

  it('says in English that the relay is down while a retry waits', async () => {
    renderWithProviders(<TestEmailCard disabled={false} />, {
      session: testSession(['mail.settings']),
      mocks: mocks('RETRYING', 'connect ECONNREFUSED 127.0.0.1:2525'),
    });
    await sendTo(/Recipient/, /Send test/);
    expect(await screen.findByText(/is not delivered yet; Veza will try again/)).toBeTruthy();
    expect(screen.getByText('The mail server could not be reached.')).toBeTruthy();
  });

  it('confirms when the relay took it', async () => {
    renderWithProviders(<TestEmailCard disabled={false} />, {
      session: testSession(['mail.settings']),
      mocks: mocks('SENT', null),
    });
    await sendTo(/Recipient/, /Send test/);
    expect(await screen.findByText(`The mail server accepted the test e-mail to ${TO}.`)).toBeTruthy();
  });
  it('says under the field, in Polish, that the address is not one, without sending', async () => {
    i18n.addResourceBundle('pl', 'translation', pl, true, true);
    await i18n.changeLanguage('pl');
    renderWithProviders(<TestEmailCard disabled={false} />, { session: testSession(['mail.settings']), mocks: [] });
    const field = screen.getByLabelText(new RegExp(pl.mail.settings.testTo));
    fireEvent.change(field, { target: { value: 'ops@' } });
    fireEvent.click(screen.getByRole('button', { name: new RegExp(pl.mail.settings.testSend) }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(pl.validation.email)).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it("puts the API's BAD_USER_INPUT on the address under the field, in Polish", async () => {
    i18n.addResourceBundle('pl', 'translation', pl, true, true);
    await i18n.changeLanguage('pl');
    const refused: MockLink.MockedResponse = {
      request: { query: SendTestEmailMutation, variables: { to: TO } },
      result: { errors: [{ message: 'validation.email', extensions: { code: 'BAD_USER_INPUT', field: 'to' } }] },
    };
    renderWithProviders(<TestEmailCard disabled={false} />, {
      session: testSession(['mail.settings']),
      mocks: [refused],
    });
    await sendTo(new RegExp(pl.mail.settings.testTo), new RegExp(pl.mail.settings.testSend));
    expect(await screen.findByText(pl.validation.email)).toBeTruthy();
    const field = screen.getByLabelText(new RegExp(pl.mail.settings.testTo));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
