// The closing dialog's values and their conversion to `closeActivity` input, validated with the shared schema.
import { zodResolver } from '@hookform/resolvers/zod';
import { CloseActivityInput } from '@veza/shared';
import type { FieldErrors, Resolver } from 'react-hook-form';
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

export function closeResolver(
  timeZone: string,
  tracksDistance: boolean,
): Resolver<CloseFormValues, unknown, CloseActivityOutput> {
  const inner = zodResolver(CloseActivityInput) as unknown as Resolver<never, unknown, unknown>;
  return async (values, context, options) => {
    const result = await inner(closeInput(values, timeZone, tracksDistance) as never, context, options as never);
    const raw = result.errors as Record<string, unknown>;
    const errors: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key !== 'nextContact') errors[key] = value;
      else
        for (const [sub, e] of Object.entries(value as Record<string, unknown>))
          if (NEXT_FIELDS[sub]) errors[NEXT_FIELDS[sub]] = e;
    }
    if (Object.keys(errors).length > 0) return { values: {}, errors: errors as FieldErrors<CloseFormValues> };
    return { values: result.values as CloseActivityOutput, errors: {} };
  };
}
