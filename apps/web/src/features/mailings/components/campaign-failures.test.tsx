// The campaign's refused recipients in Polish: the reason translated with its SMTP code, the relay's English reply
// only as a detail, and how many more there are than the page shows.
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import pl from '../../../i18n/locales/pl.json';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { i18n } from '../../../test/setup.ts';
import { EmailCampaignFailuresQuery } from '../api/email-campaign-failures-query.ts';
import { CampaignFailures } from './campaign-failures.tsx';

const RAW = '550 5.1.1 <gone@example.test>: Recipient address rejected: User unknown';

const mock: MockLink.MockedResponse = {
  request: { query: EmailCampaignFailuresQuery, variables: { id: 'c1', first: 50 } },
  result: {
    data: {
      emailCampaign: {
        __typename: 'EmailCampaign',
        id: 'c1',
        failures: {
          __typename: 'EmailCampaignFailureConnection',
          totalCount: 3,
          edges: [
            {
              __typename: 'EmailCampaignFailureEdge',
              cursor: 'a',
              node: { __typename: 'EmailCampaignFailure', address: 'gone@example.test', error: RAW, attempts: 1 },
            },
            {
              __typename: 'EmailCampaignFailureEdge',
              cursor: 'b',
              node: {
                __typename: 'EmailCampaignFailure',
                address: 'spam@example.test',
                error: '554 5.7.1 Spam',
                attempts: 2,
              },
            },
          ],
        },
      },
    },
  },
};

describe('CampaignFailures', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says in Polish why each recipient was refused, the relay text only as a detail', async () => {
    i18n.addResourceBundle('pl', 'translation', pl, true, true);
    await i18n.changeLanguage('pl');
    renderWithProviders(<CampaignFailures campaignId="c1" failed={3} />, {
      session: testSession(['mailings.manage']),
      mocks: [mock],
    });
    expect(await screen.findByText('gone@example.test')).toBeTruthy();
    expect(screen.getByText('Skrzynka odbiorcy nie istnieje lub nie przyjmuje poczty. (SMTP 550)')).toBeTruthy();
    expect(screen.getByText('Serwer poczty odrzucił wiadomość. (SMTP 554)')).toBeTruthy();
    expect(screen.getByText(`Odpowiedź serwera: ${RAW} (próby: 1)`)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Odrzuceni odbiorcy: 3' })).toBeTruthy();
    expect(screen.getByText('Nie pokazano: 1')).toBeTruthy();
  });
});
