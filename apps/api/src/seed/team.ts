// The sales team a generated data set needs: agents (about one per 2,000 clients, at least ten) and a few managers,
// with the demo passwords, created set-based and reproducibly (agent3@veza.local … next to the demo logins).
import { mulberry32 } from '@veza/shared';
import { hashPassword } from '../auth/password.ts';
import { Prisma, type Db } from '../db/prisma.ts';
import { COUNTRIES } from './names.ts';

const { sql } = Prisma;

export const CLIENTS_PER_AGENT = 2000;

export function teamSize(clients: number): { agents: number; managers: number } {
  const agents = Math.max(10, Math.ceil(clients / CLIENTS_PER_AGENT));
  return { agents, managers: Math.max(2, Math.ceil(agents / 15)) };
}

const LOCALES: Record<string, string> = { HR: 'hr', PL: 'pl', CZ: 'cs' };
const TIME_ZONES: Record<string, string> = { HR: 'Europe/Zagreb', PL: 'Europe/Warsaw', CZ: 'Europe/Prague' };

type Member = { email: string; name: string; locale: string; timeZone: string };

function members(profile: 'agent' | 'manager', from: number, to: number, seed: number): Member[] {
  const rand = mulberry32(seed + (profile === 'agent' ? 1 : 2));
  const list: Member[] = [];
  for (let i = 1; i <= to; i++) {
    const country = COUNTRIES[Math.floor(rand() * COUNTRIES.length)]!;
    const first = country.firstNames[Math.floor(rand() * country.firstNames.length)]!;
    const last = country.lastNames[Math.floor(rand() * country.lastNames.length)]!;
    if (i < from) continue;
    list.push({
      email: `${profile}${i}@veza.local`,
      name: `${first} ${last}`,
      locale: LOCALES[country.code]!,
      timeZone: TIME_ZONES[country.code]!,
    });
  }
  return list;
}

async function holders(db: Db, systemKey: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT up.user_id)::int AS n FROM user_profiles up
    JOIN permission_profiles p ON p.id = up.profile_id JOIN users u ON u.id = up.user_id
    WHERE p.system_key = ${systemKey} AND u.active`;
  return row!.n;
}

async function insert(db: Db, profile: 'agent' | 'manager', list: Member[], passwordHash: string): Promise<number> {
  if (!list.length) return 0;
  const col = <K extends keyof Member>(k: K) => list.map((m) => m[k]);
  return db.$executeRaw(sql`WITH ins AS (
      INSERT INTO users (id, email, name, locale, time_zone, password_hash, updated_at)
      SELECT gen_random_uuid(), email, name, locale, tz, ${passwordHash}, now()
      FROM unnest(${col('email')}::text[], ${col('name')}::text[], ${col('locale')}::text[], ${col('timeZone')}::text[])
        AS t(email, name, locale, tz)
      ON CONFLICT (email) DO NOTHING RETURNING id)
    INSERT INTO user_profiles (user_id, profile_id)
    SELECT ins.id, p.id FROM ins, permission_profiles p WHERE p.system_key = ${profile}`);
}

/**
 * Tops the team up to `teamSize(clients)`: agentN@veza.local (password veza-agent-demo) and managerN@veza.local
 * (veza-manager-demo), numbered after the demo logins. Returns how many users were created.
 */
export async function ensureTeam(db: Db, clients: number, seed = 2026): Promise<{ agents: number; managers: number }> {
  const want = teamSize(clients);
  const created = { agents: 0, managers: 0 };
  for (const profile of ['agent', 'manager'] as const) {
    const have = await holders(db, profile);
    const missing = want[`${profile}s`] - have;
    if (missing <= 0) continue;
    // Numbering continues after the users already there (the demo logins are agent, agent2 and manager).
    const taken = await db.user.count({ where: { email: { startsWith: profile } } });
    const list = members(profile, taken + 1, taken + missing, seed);
    const password = await hashPassword(profile === 'agent' ? 'veza-agent-demo' : 'veza-manager-demo');
    created[`${profile}s`] = await insert(db, profile, list, password);
  }
  return created;
}
