import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testSession } from '../../test/render.tsx';
import { RequirePermission } from '../require-permission.tsx';
import { MainNav } from './main-nav.tsx';

describe('main navigation', () => {
  it('hides the administration section from a user without admin permissions', () => {
    renderWithProviders(<MainNav />, { session: testSession(['clients.read']) });
    expect(screen.getByRole('link', { name: 'Home' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Profiles' })).toBeNull();
    expect(screen.queryByText('Administration')).toBeNull();
  });

  it('shows Users to a user who may read users, and Profiles only with profiles.manage', () => {
    renderWithProviders(<MainNav />, { session: testSession(['users.read']) });
    expect(screen.getByRole('link', { name: 'Users' }).getAttribute('href')).toBe('/admin/users');
    expect(screen.queryByRole('link', { name: 'Profiles' })).toBeNull();
  });

  it('shows both administration pages to an administrator', () => {
    renderWithProviders(<MainNav />, { session: testSession(['users.read', 'profiles.manage']) });
    expect(screen.getByRole('group', { name: 'Administration' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Profiles' }).getAttribute('href')).toBe('/admin/profiles');
  });

  it('shows Activities to a user who may read activities, and hides it otherwise', () => {
    renderWithProviders(<MainNav />, { session: testSession(['activities.read']) });
    expect(screen.getByRole('link', { name: 'Activities' }).getAttribute('href')).toBe('/activities');
    renderWithProviders(<MainNav />, { session: testSession(['clients.read']) });
    expect(screen.getAllByRole('link', { name: 'Activities' })).toHaveLength(1);
  });

  it('shows Clients only to a user who may read clients', () => {
    renderWithProviders(<MainNav />, { session: testSession(['clients.read']) });
    expect(screen.getByRole('link', { name: 'Clients' }).getAttribute('href')).toBe('/clients');
  });

  it('marks the current page', () => {
    renderWithProviders(<MainNav />, { session: testSession(['users.read']), route: '/admin/users' });
    expect(screen.getByRole('link', { name: 'Users' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('permission guard', () => {
  it('shows "access denied" instead of the page when the permission is missing', () => {
    renderWithProviders(
      <RequirePermission permission="users.read">
        <p>secret page</p>
      </RequirePermission>,
    );
    expect(screen.getByRole('heading', { name: 'Access denied' })).toBeTruthy();
    expect(screen.queryByText('secret page')).toBeNull();
  });

  it('shows the page when the user has the permission', () => {
    renderWithProviders(
      <RequirePermission permission="users.read">
        <p>secret page</p>
      </RequirePermission>,
      { session: testSession(['users.read']) },
    );
    expect(screen.getByText('secret page')).toBeTruthy();
  });
});
