// The campaign's refused recipients in Polish: the reason translated with its SMTP code, the relay's English reply
// only as a detail; further pages on "load more"; the list read again when the page's polled count moves (at once
// on the first page, on the reader's click once they have paged on).
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pl from '../../../i18n/locales/pl.json';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { i18n } from '../../../test/setup.ts';
import { EmailCampaignFailuresQuery } from '../api/email-campaign-failures-query.ts';
import { CampaignFailures } from './campaign-failures.tsx';

const RAW = '550 5.1.1 <gone@example.test>: Recipient address rejected: User unknown';

type Row = [address: string, error: string | null, attempts: number];

const GONE: Row = ['gone@example.test', RAW, 1];
const SPAM: Row = ['spam@example.test', '554 5.7.1 Spam', 2];
const LATE: Row = ['late@example.test', '550 5.7.1 Relaying denied', 1];

function page(rows: Row[], totalCount: number, after: string | null, hasNextPage: boolean): MockLink.MockedResponse {
  const first = after === null ? 0 : Number(after) + 1;
  return {
    request: {
      query: EmailCampaignFailuresQuery,
      variables: after === null ? { id: 'c1', first: 50 } : { id: 'c1', first: 50, after },
    },
    result: {
      data: {
        emailCampaign: {
          __typename: 'EmailCampaign',
          id: 'c1',
          failures: {
            __typename: 'EmailCampaignFailureConnection',
            totalCount,
            edges: rows.map(([address, error, attempts], i) => ({
              __typename: 'EmailCampaignFailureEdge',
              cursor: String(first + i),
              node: { __typename: 'EmailCampaignFailure', address, error, attempts },
            })),
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: String(first + rows.length - 1) },
          },
        },
      },
    },
  };
}

/** The campaign page's part: it polls the campaign and passes the refused count down; "tick" is one poll. */
function PolledPage({ counts }: { counts: number[] }) {
  const [tick, setTick] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setTick((n) => Math.min(n + 1, counts.length - 1))}>
        tick
      </button>
      <CampaignFailures campaignId="c1" failed={counts[tick]!} />
    </>
  );
}

const render = (counts: number[], mocks: MockLink.MockedResponse[]) =>
  renderWithProviders(<PolledPage counts={counts} />, { session: testSession(['mailings.manage']), mocks });

describe('CampaignFailures', () => {
  beforeEach(async () => {
    i18n.addResourceBundle('pl', 'translation', pl, true, true);
    await i18n.changeLanguage('pl');
  });
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says in Polish why each recipient was refused, the relay text only as a detail', async () => {
    render([3], [page([GONE, SPAM], 3, null, true)]);
    expect(await screen.findByText('gone@example.test')).toBeTruthy();
    expect(screen.getByText('Skrzynka odbiorcy nie istnieje lub nie przyjmuje poczty. (SMTP 550)')).toBeTruthy();
    expect(screen.getByText('Serwer poczty odrzucił wiadomość. (SMTP 554)')).toBeTruthy();
    expect(screen.getByText(`Odpowiedź serwera: ${RAW} (próby: 1)`)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Odrzuceni odbiorcy: 3' })).toBeTruthy();
    expect(screen.getByText('Nie pokazano: 1')).toBeTruthy();
  });

  it('loads the next page after the last cursor and appends it', async () => {
    render([3], [page([GONE, SPAM], 3, null, true), page([LATE], 3, '1', false)]);
    await screen.findByText('spam@example.test');
    fireEvent.click(screen.getByRole('button', { name: pl.mailings.loadMore }));
    expect(await screen.findByText('late@example.test')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual([
      'gone@example.test',
      'spam@example.test',
      'late@example.test',
    ]);
    expect(screen.queryByRole('button', { name: pl.mailings.loadMore })).toBeNull();
    expect(screen.queryByText(/Nie pokazano/)).toBeNull();
  });

  it('reads the first page again when the polled count grows while it sends', async () => {
    render([1, 2], [page([GONE], 1, null, false), page([GONE, LATE], 2, null, false)]);
    await screen.findByText('gone@example.test');
    expect(screen.queryByText('late@example.test')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'tick' }));
    expect(await screen.findByText('late@example.test')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Odrzuceni odbiorcy: 2' })).toBeTruthy();
  });

  it('keeps the pages the reader loaded when the count grows, and reads from the start on their click', async () => {
    render(
      [3, 4],
      [
        page([GONE, SPAM], 3, null, true),
        page([LATE], 3, '1', false),
        page([['new@example.test', '550 No such user', 1], GONE], 4, null, true),
      ],
    );
    await screen.findByText('spam@example.test');
    fireEvent.click(screen.getByRole('button', { name: pl.mailings.loadMore }));
    await screen.findByText('late@example.test');
    fireEvent.click(screen.getByRole('button', { name: 'tick' }));
    expect(await screen.findByText('Odrzuconych od wczytania listy: 1')).toBeTruthy();
    expect(screen.getByText('late@example.test')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Odrzuceni odbiorcy: 4' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: pl.campaignFailures.fromStart }));
    expect(await screen.findByText('new@example.test')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('late@example.test')).toBeNull());
    expect(screen.queryByText(/Odrzuconych od wczytania/)).toBeNull();
  });
});
