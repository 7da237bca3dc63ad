// Maps user and profile rows to their GraphQL shapes (global ids).
import { RECORD_KINDS, type RecordKind, type RecordScopeInput } from '@veza/shared';
import { globalId } from '../../graphql/ids.ts';
import type { ProfileRow, ProfileScopeColumns } from './users.repository.ts';

const column = (kind: RecordKind) => kind.toLowerCase() as 'clients' | 'activities' | 'opportunities' | 'campaigns';

/** Scope inputs -> the profile's columns (kinds not given are left out, so they keep their values). */
export function scopeColumns(scopes: readonly RecordScopeInput[] | undefined): ProfileScopeColumns {
  const out: ProfileScopeColumns = {};
  for (const s of scopes ?? []) {
    out[`${column(s.kind)}Read`] = s.read;
    out[`${column(s.kind)}Edit`] = s.edit;
  }
  return out;
}

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
  const { systemKey, id, name, description, permissions, version } = row;
  const scopes = RECORD_KINDS.map((kind) => ({
    kind,
    read: row[`${column(kind)}Read`],
    edit: row[`${column(kind)}Edit`],
  }));
  return {
    id: globalId('PermissionProfile', id),
    name,
    description,
    permissions,
    version,
    scopes,
    system: systemKey != null,
  };
}

export type UserNode = ReturnType<typeof toUserNode>;
