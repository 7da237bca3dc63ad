// Upcoming birthdays and name days of the caller's clients' persons, for the home page.
import { CelebrationDaysInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { globalId } from '../../graphql/ids.ts';
import { CelebrationsRepository } from './celebrations.repository.ts';

export async function upcomingCelebrations(ctx: Context, args: { days?: number | null }) {
  const viewer = requirePermission(ctx, 'clients.read');
  const { days } = parseInput(CelebrationDaysInput, { days: args.days ?? 7 });
  const rows = await new CelebrationsRepository(ctx.db).upcoming(
    viewer.user.id,
    viewer.user.timeZone,
    days,
    ctx.config.defaultCountry,
  );
  return rows.map((r) => ({
    kind: r.kind,
    date: r.day,
    personId: globalId('Person', r.person_id),
    personName: `${r.first_name} ${r.last_name}`,
    age: r.birth_year ? Number(r.day.slice(0, 4)) - r.birth_year : null,
    email: r.email,
    phone: r.phone,
    clientId: globalId('Client', r.client_id),
    clientName: r.client_name,
  }));
}
