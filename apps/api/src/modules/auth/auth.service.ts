// Logging in and out, the session cookie, password and preference changes of the caller.
import { ChangePasswordInput, LoginInput, UpdateMyPreferencesInput } from '@veza/shared';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { signSession } from '../../auth/jwt.ts';
import { clearSessionCookie, setSessionCookie } from '../../auth/cookies.ts';
import { requireViewer } from '../../auth/permissions.ts';
import type { Db } from '../../db/prisma.ts';
import type { Context, Viewer } from '../../graphql/context.ts';
import { AppError, badInput, parseInput, unauthenticated } from '../../graphql/errors.ts';
import { directoryLogin } from '../ldap/index.ts';
import { AuthRepository } from './auth.repository.ts';

function throttled(seconds: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', `Too many login attempts; try again in ${seconds} s`, {
    retryAfterSeconds: seconds,
  });
}

/**
 * The user id when the credentials are right. Local password accounts are checked here and never reach the directory
 * (so the administrator logs in while it is down); directory users and unknown names go to LDAP when it is enabled.
 */
async function checkCredentials(ctx: Context, login: string, password: string): Promise<string | null> {
  const user = await new AuthRepository(ctx.db).findUserForLogin(login);
  if (!user?.ldapDn) {
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    // Unknown user, wrong password and disabled user all get the same answer.
    if (user && ok && user.active) return user.id;
    if (user) return null;
  }
  const result = await directoryLogin(ctx.db, ctx.config, login, password);
  if (result.kind === 'unavailable') {
    throw new AppError('DIRECTORY_UNAVAILABLE', 'The directory (LDAP) cannot be reached; try again later');
  }
  return result.kind === 'ok' ? result.userId : null;
}

export async function login(ctx: Context, args: { email: string; password: string }): Promise<Viewer> {
  const { email, password } = parseInput(LoginInput, args);
  const refusal = ctx.throttle.check(email, ctx.clientIp);
  if (refusal) throw throttled(refusal.seconds);

  const userId = await checkCredentials(ctx, email, password);
  if (!userId) {
    ctx.throttle.failed(email, ctx.clientIp);
    throw unauthenticated();
  }
  ctx.throttle.succeeded(email, ctx.clientIp);

  const repo = new AuthRepository(ctx.db);
  const ttl = ctx.config.sessionTtlSeconds;
  const sessionId = await repo.createSession({
    userId,
    expiresAt: new Date(Date.now() + ttl * 1000),
    userAgent: ctx.req.headers['user-agent']?.slice(0, 500),
    ip: ctx.clientIp,
  });
  setSessionCookie(ctx.res, signSession(ctx.jwtSecret, userId, sessionId, ttl), ttl, ctx.config.secureCookies);
  const viewer = await repo.loadSessionViewer(sessionId, userId, new Date());
  if (!viewer) throw unauthenticated();
  ctx.viewer = viewer;
  return viewer;
}

export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.viewer?.sessionId) await new AuthRepository(ctx.db).revokeSession(ctx.viewer.sessionId);
  clearSessionCookie(ctx.res, ctx.config.secureCookies);
  return true;
}

export async function changeMyPassword(ctx: Context, args: unknown): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const input = parseInput(ChangePasswordInput, args);
  const repo = new AuthRepository(ctx.db);
  if (!(await verifyPassword(await repo.getPasswordHash(viewer.user.id), input.currentPassword))) {
    throw badInput('currentPassword', 'validation.wrongPassword');
  }
  await repo.setPassword(viewer.user.id, await hashPassword(input.newPassword));
  await repo.revokeAllCredentials(viewer.user.id, viewer.sessionId);
  return true;
}

export async function updateMyPreferences(ctx: Context, args: unknown): Promise<Viewer> {
  const viewer = requireViewer(ctx);
  const input = parseInput(UpdateMyPreferencesInput, args);
  const user = await new AuthRepository(ctx.db).updatePreferences(viewer.user.id, input);
  ctx.viewer = { ...viewer, user };
  return ctx.viewer;
}

/**
 * Ends every session and API token of a user and revokes their calendar feed: called when an administrator disables
 * the user or sets a new password (users module), so the change takes effect at once.
 */
export async function revokeAllCredentials(db: Db, userId: string): Promise<void> {
  await new AuthRepository(db).revokeAllCredentials(userId, undefined, { calendarFeed: true });
}

/** An active user's record scopes and permissions without a session (the calendar feed, notification mails), or null. */
export const userScopes = (db: Db, userId: string) => new AuthRepository(db).loadUserScopes(userId);
