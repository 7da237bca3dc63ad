// Maps person rows to GraphQL parents: global id outside, the row id kept for the field resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { PersonRow } from './persons.repository.ts';

export type PersonNode = Omit<PersonRow, 'id' | 'birthday'> & {
  id: string;
  rowId: string;
  birthday: string | null;
  fullName: string;
};

export function toPersonNode(row: PersonRow): PersonNode {
  const fullName = [row.title, row.firstName, row.lastName].filter(Boolean).join(' ');
  return {
    ...row,
    id: globalId('Person', row.id),
    rowId: row.id,
    birthday: row.birthday ? row.birthday.toISOString().slice(0, 10) : null,
    fullName,
  };
}
