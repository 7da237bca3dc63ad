// Public entry of the auth module: revoking a user's credentials (sessions, API tokens, calendar feed) when an
// administrator disables the user or sets a new password.
export { revokeAllCredentials, userScopes } from './auth.service.ts';
