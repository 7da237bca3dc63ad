// The opportunity page shows the opportunity's files; its owner may upload, a colleague who may not edit it only
// sees and downloads them.
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { RecordAttachmentsQuery } from '../../../components/attachments/api/record-attachments-query.ts';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { OpportunityOptionsQuery } from '../api/opportunity-options-query.ts';
import { OpportunityQuery } from '../api/opportunity-query.ts';
import OpportunityDetailPage from './opportunity-detail-page.tsx';

const labels = (en: string) => ({ __typename: 'Labels', en, pl: en, hr: en, cs: en });
const opportunity = (ownerId: string, hiddenClient = false) => ({
  __typename: 'Opportunity',
  id: 'o1',
  name: 'Fleet renewal',
  status: 'OPEN',
  amount: '1200.00',
  currency: 'EUR',
  baseAmount: null,
  baseCurrency: null,
  expectedCloseOn: null,
  probability: 40,
  overdue: false,
  position: 1,
  version: 2,
  closedAt: null,
  clientName: 'Mlinar d.o.o.',
  client: hiddenClient ? null : { __typename: 'Client', id: 'c1', name: 'Mlinar d.o.o.' },
  owner: { __typename: 'User', id: ownerId, name: 'Owner' },
  stage: { __typename: 'DictionaryValue', id: 's1', key: 'offer', color: 'blue', labels: labels('Offer') },
  probabilityManual: false,
  rateDate: null,
  attributes: {},
  description: null,
  lostNote: null,
  lostReason: null,
  leadSource: null,
  persons: [],
  stageHistory: [],
  activities: { __typename: 'ActivityConnection', totalCount: 0, edges: [] },
});

const mocks = (ownerId: string, hiddenClient = false): MockLink.MockedResponse[] => [
  {
    request: { query: OpportunityQuery, variables: { id: 'o1' } },
    result: { data: { opportunity: opportunity(ownerId, hiddenClient) } },
    maxUsageCount: 5,
  },
  {
    request: { query: OpportunityOptionsQuery },
    result: { data: { stages: [], lostReasons: [], leadSources: [], currencies: [], attributes: [] } },
    maxUsageCount: 5,
  },
  {
    request: { query: RecordAttachmentsQuery, variables: { ownerId: 'o1', first: 50 } },
    result: {
      data: {
        attachments: {
          __typename: 'AttachmentConnection',
          totalCount: 1,
          edges: [
            {
              __typename: 'AttachmentEdge',
              node: {
                __typename: 'Attachment',
                id: 'a1',
                name: 'offer.pdf',
                size: 2048,
                mimeType: 'application/pdf',
                previewable: true,
                url: '/files/a1',
                version: 1,
                createdAt: '2026-12-01T10:00:00Z',
                createdBy: { __typename: 'User', id: 'u1', name: 'Ana Horvat' },
              },
            },
          ],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: 5,
  },
];

function renderPage(ownerId: string, hiddenClient = false) {
  renderWithProviders(
    <Routes>
      <Route path="/opportunities/:id" element={<OpportunityDetailPage />} />
    </Routes>,
    {
      route: '/opportunities/o1',
      mocks: mocks(ownerId, hiddenClient),
      session: testSession(['opportunities.read', 'opportunities.write']),
    },
  );
}

describe('opportunity detail page', { timeout: 20_000 }, () => {
  it('lists the opportunity’s files and lets its owner upload more', async () => {
    renderPage('u1');
    expect(await screen.findByRole('heading', { name: 'Attachments' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'offer.pdf' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Upload files' })).toBeTruthy();
  });

  it('shows a colleague’s opportunity files without upload when the viewer may not edit it', async () => {
    renderPage('someone-else');
    expect(await screen.findByRole('link', { name: 'offer.pdf' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Upload files' })).toBeNull();
  });

  it('links a readable client', async () => {
    renderPage('u1');
    expect((await screen.findByRole('link', { name: 'Mlinar d.o.o.' })).getAttribute('href')).toBe('/clients/c1');
  });

  it('names a client outside the viewer’s scope as plain text', async () => {
    renderPage('u1', true);
    expect(await screen.findByRole('heading', { name: 'Attachments' })).toBeTruthy();
    expect(screen.getAllByText('Mlinar d.o.o.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Mlinar d.o.o.' })).toBeNull();
  });
});
