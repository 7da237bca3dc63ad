// The closing dialog's values and their conversion to `closeActivity` input, validated with the shared schema.
import { CloseActivityInput } from '@veza/shared';
import { byPath, shapedResolver, type FieldOf } from '../../../lib/shaped-resolver.ts';
import type { z } from 'zod';
import { wallValueToIso } from './zoned-time.ts';

export interface CloseFormValues {
  resultId: string | null;
  workMinutes: number | string;
  distanceKm: number | string;
  planNext: boolean;
  nextStartsAt: string;
  nextEndsAt: string;
  nextTypeId: string | null;
  nextOwnerId: string | null;
  nextSubject: string;
  /** No input: where the API's errors about the next contact as a whole are shown. */
  nextContact: string;
}

export type CloseActivityOutput = z.output<typeof CloseActivityInput>;

/** Form fields the API may name (`input.nextContact.*` arrives as `nextContact`). */
export const CLOSE_FORM_FIELDS = ['resultId', 'workMinutes', 'distanceKm', 'nextContact'] as const;

const NEXT_FIELDS: Record<string, keyof CloseFormValues> = {
  startsAt: 'nextStartsAt',
  endsAt: 'nextEndsAt',
  typeId: 'nextTypeId',
  ownerId: 'nextOwnerId',
  subject: 'nextSubject',
};

export function closeDefaults(activity: { type: { id: string }; owner: { id: string } } | null): CloseFormValues {
  return {
    resultId: null,
    workMinutes: '',
    distanceKm: '',
    planNext: false,
    nextStartsAt: '',
    nextEndsAt: '',
    nextTypeId: activity?.type.id ?? null,
    nextOwnerId: activity?.owner.id ?? null,
    nextSubject: '',
    nextContact: '',
  };
}

const numberOrNull = (v: number | string) => (v === '' || v == null ? null : Number(v));

export function closeInput(values: CloseFormValues, timeZone: string, tracksDistance: boolean) {
  return {
    resultId: values.resultId,
    workMinutes: numberOrNull(values.workMinutes),
    distanceKm: tracksDistance ? numberOrNull(values.distanceKm) : null,
    nextContact: values.planNext
      ? {
          // An empty start stays "" so the schema reports it as a required date.
          startsAt: wallValueToIso(values.nextStartsAt, timeZone) ?? '',
          endsAt: wallValueToIso(values.nextEndsAt, timeZone),
          typeId: values.nextTypeId ?? '',
          ownerId: values.nextOwnerId,
          subject: values.nextSubject.trim() || null,
        }
      : null,
  };
}

/** The next contact's fields are flat on the form (`nextStartsAt`…), nested in the input (`nextContact.startsAt`). */
const closeField: FieldOf = ([head, sub, ...rest]) =>
  head === 'nextContact'
    ? (NEXT_FIELDS[String(sub)] ?? null)
    : byPath([head, sub, ...rest].filter((p) => p !== undefined));

export function closeResolver(timeZone: string, tracksDistance: boolean) {
  return shapedResolver(
    CloseActivityInput,
    (values: CloseFormValues) => closeInput(values, timeZone, tracksDistance),
    closeField,
  );
}
