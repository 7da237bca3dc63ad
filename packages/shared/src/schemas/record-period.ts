// Report drill-down filters shared by the activity and the opportunity list: a period [dateFrom, dateTo) of instants
// and a range of local days [dayFrom, dayTo] in a time zone, both on one of the record's dates (`dateField`), so a
// list can show exactly the records a report cell counted (the report's period and its date groups).
import { z } from 'zod';
import { isoDay, isoInstant } from '../instant.ts';

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const periodFields = {
  dateFrom: isoInstant.nullish(),
  dateTo: isoInstant.nullish(),
  dayFrom: isoDay.nullish(),
  dayTo: isoDay.nullish(),
  /** The days' time zone; default the viewer's. */
  timeZone: z.string().max(64, 'validation.tooLong').refine(isTimeZone, 'validation.timeZone').nullish(),
};

/** Reversed ranges are BAD_USER_INPUT on their end. */
export function checkPeriod(
  f: { dateFrom?: string | null; dateTo?: string | null; dayFrom?: string | null; dayTo?: string | null },
  ctx: z.RefinementCtx,
) {
  if (f.dateFrom && f.dateTo && Date.parse(f.dateTo) < Date.parse(f.dateFrom))
    ctx.addIssue({ code: 'custom', path: ['dateTo'], message: 'validation.range' });
  if (f.dayFrom && f.dayTo && f.dayTo < f.dayFrom)
    ctx.addIssue({ code: 'custom', path: ['dayTo'], message: 'validation.range' });
}
