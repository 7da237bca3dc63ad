// Global id parsing for arguments: the wrong type or garbage is BAD_USER_INPUT naming the argument.
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { badInput } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseId(globalId: string, type: string, field = 'id'): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type || !UUID.test(parsed.id)) throw badInput(field, 'validation.id');
  return parsed.id;
}

/** For lookups: an id of another type or a malformed one simply finds nothing. */
export function tryParseId(globalId: string, type: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type && UUID.test(parsed.id) ? parsed.id : null;
}

export const globalId = toGlobalId;
