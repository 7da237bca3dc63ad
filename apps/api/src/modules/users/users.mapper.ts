// Maps user and profile rows to their GraphQL shapes (global ids).
import { globalId } from '../../graphql/ids.ts';
import type { ProfileRow } from './users.repository.ts';

type UserLike = {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  active: boolean;
  managerId?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toUserNode(row: UserLike) {
  return { ...row, id: globalId('User', row.id), locale: row.locale as 'en' | 'pl' | 'hr' | 'cs' };
}

/** A colleague is addressed by the same global id as the User. */
export function toColleagueNode(row: { id: string; name: string; email: string }) {
  return { id: globalId('User', row.id), name: row.name, email: row.email };
}

export function toProfileNode(row: ProfileRow) {
  const { systemKey, ...rest } = row;
  return { ...rest, id: globalId('PermissionProfile', row.id), system: systemKey != null };
}

export type UserNode = ReturnType<typeof toUserNode>;
