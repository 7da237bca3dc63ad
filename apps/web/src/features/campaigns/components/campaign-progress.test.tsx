// The progress bar other screens and the e2e read: finished share for screen readers, counts as data attributes.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { CampaignProgress } from './campaign-progress.tsx';

describe('campaign progress bar', () => {
  it('reports the finished share to screen readers and the counts to tests', () => {
    renderWithProviders(
      <CampaignProgress
        progress={{ done: 1, skipped: 1, inProgress: 1, pending: 5 }}
        label="Progress of Zagreb – Ana"
        withLegend
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Progress of Zagreb – Ana' });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    const box = screen.getByTestId('campaign-progress');
    expect([box.dataset.finished, box.dataset.total]).toEqual(['2', '8']);
    expect(screen.getByText('2 of 8 worked off')).toBeTruthy();
    expect(screen.getByText('Pending:').textContent).toContain('5');
  });

  it('shows an empty campaign as 0 % without dividing by zero', () => {
    renderWithProviders(
      <CampaignProgress progress={{ done: 0, skipped: 0, inProgress: 0, pending: 0 }} label="Progress" />,
    );
    expect(screen.getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('0%')).toBeTruthy();
  });
});
