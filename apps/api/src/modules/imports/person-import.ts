// Contact-person rows of an import: each row attached to its client through the client key column (tax id,
// registration number, external id or exact name), matched within that client on e-mail or external id, so a rerun
// of the same file changes nothing; new persons and links of a batch are inserted set-based.
import type { Db } from '../../db/prisma.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import type { StartImportInput } from '@veza/shared';
import { checkAttributes, stable } from './import-rows.ts';
import { emptyCounts, type EntityImporter, type Row } from './import-types.ts';
import type { Counts, IssueRow } from './imports.repository.ts';
import {
  PersonImportRepository,
  newId,
  writePersons,
  type MatchedPerson,
  type NewPerson,
  type PersonLink,
  type PersonUpdate,
} from './person-import.repository.ts';
import { personRowValues, type PersonRules, type PersonValues } from './person-rows.ts';

type Decided = { rowNo: number; values: PersonValues; clientId: string };
type Plan = {
  counts: Counts;
  issues: IssueRow[];
  creates: NewPerson[];
  links: PersonLink[];
  updates: PersonUpdate[];
  linkUpdates: PersonLink[];
};
const pairKey = (clientId: string, key: string) => `${clientId}|${key}`;

/** The client of each valid row; unknown or ambiguous client keys are reported on the client column. */
async function withClients(repo: PersonImportRepository, rows: { rowNo: number; values: PersonValues }[], plan: Plan) {
  const byField = new Map<string, Set<string>>();
  for (const r of rows)
    byField.set(r.values.client.field, (byField.get(r.values.client.field) ?? new Set()).add(r.values.client.value));
  const found = new Map<string, string[]>();
  for (const [field, values] of byField)
    for (const m of await repo.findClients(field as PersonValues['client']['field'], [...values]))
      found.set(`${field}|${m.value}`, [...new Set([...(found.get(`${field}|${m.value}`) ?? []), m.id])]);
  const decided: Decided[] = [];
  for (const r of rows) {
    const ids = found.get(`${r.values.client.field}|${r.values.client.value}`) ?? [];
    if (ids.length === 1) decided.push({ ...r, clientId: ids[0]! });
    else {
      plan.counts.invalid += 1;
      const message = ids.length ? 'imports.ambiguousClient' : 'imports.unknownClient';
      plan.issues.push({ rowNo: r.rowNo, field: r.values.client.field, message, value: r.values.client.value });
    }
  }
  return decided;
}

/** Person columns that would change: mapped values that differ; lists gain what they lack; consent records when. */
function personChanges(existing: MatchedPerson, v: PersonValues, attributes: Record<string, unknown>) {
  const data: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(v.scalars))
    if (value != null && (existing as Record<string, unknown>)[k] !== value) data[k] = value;
  const emails = v.emails.filter((e) => !existing.emails.includes(e));
  const phones = v.phones.filter((p) => !existing.phones.includes(p));
  if (emails.length) data.emails = [...existing.emails, ...emails];
  if (phones.length) data.phones = [...existing.phones, ...phones];
  if (v.consent !== undefined && v.consent !== existing.marketingConsent) {
    data.marketingConsent = v.consent;
    data.consentAt = v.consent ? new Date() : null;
  }
  if (stable(attributes) !== stable(existing.attributes)) data.attributes = attributes;
  return data;
}

function linkChange(existing: MatchedPerson, v: PersonValues): PersonLink | null {
  const role = v.link.role ?? existing.role;
  const isPrimary = v.link.isPrimary ?? existing.isPrimary;
  if (role === existing.role && isPrimary === existing.isPrimary) return null;
  return { clientId: existing.clientId, personId: existing.id, role, isPrimary };
}

function newPerson(
  d: Decided,
  attributes: Record<string, unknown>,
  userId: string,
): { person: NewPerson; link: PersonLink } {
  const id = newId();
  const { firstName, lastName, ...rest } = d.values.scalars as { firstName: string; lastName: string };
  const consentAt = d.values.consent ? new Date().toISOString() : null;
  return {
    person: {
      ...rest,
      id,
      firstName,
      lastName,
      emails: d.values.emails,
      phones: d.values.phones,
      marketingConsent: d.values.consent ?? false,
      consentAt,
      attributes,
      createdById: userId,
    },
    link: {
      clientId: d.clientId,
      personId: id,
      role: d.values.link.role ?? null,
      isPrimary: d.values.link.isPrimary ?? false,
    },
  };
}

type State = { rules: PersonRules; seen: Set<string>; userId: string };

/** Valid rows of a batch, each with its client; the first row for a (client, key) wins, a later one is reported. */
async function decidedRows(repo: PersonImportRepository, state: State, rows: Row[], plan: Plan) {
  const valid: { rowNo: number; values: PersonValues }[] = [];
  for (const row of rows) {
    const r = personRowValues(state.rules, row.rowNo, row.cells);
    if (r.issues.length || !r.values) {
      plan.counts.invalid += 1;
      plan.issues.push(...r.issues);
    } else valid.push({ rowNo: row.rowNo, values: r.values });
  }
  const decided: Decided[] = [];
  for (const d of await withClients(repo, valid, plan)) {
    const key = pairKey(d.clientId, d.values.key);
    if (state.seen.has(key)) {
      plan.counts.invalid += 1;
      plan.issues.push({
        rowNo: d.rowNo,
        field: state.rules.matchKey,
        message: 'imports.duplicateInFile',
        value: d.values.key,
      });
    } else {
      state.seen.add(key);
      decided.push(d);
    }
  }
  return decided;
}

function decideRow(state: State, plan: Plan, d: Decided, existing: MatchedPerson | undefined) {
  const attrs = checkAttributes(state.rules, d.rowNo, d.values, existing?.attributes);
  const missing = existing ? null : (['firstName', 'lastName'] as const).find((f) => !d.values.scalars[f]);
  if (!attrs.ok || missing) {
    plan.counts.invalid += 1;
    plan.issues.push(
      ...(attrs.ok ? [{ rowNo: d.rowNo, field: missing!, message: 'validation.required', value: null }] : attrs.issues),
    );
    return;
  }
  if (!existing) {
    const { person, link } = newPerson(d, attrs.attributes, state.userId);
    plan.counts.created += 1;
    plan.creates.push(person);
    plan.links.push(link);
    return;
  }
  const data = personChanges(existing, d.values, attrs.attributes);
  const link = linkChange(existing, d.values);
  if (!Object.keys(data).length && !link) return void (plan.counts.unchanged += 1);
  plan.counts.updated += 1;
  if (Object.keys(data).length) plan.updates.push({ ...data, id: existing.id, updatedById: state.userId });
  if (link) plan.linkUpdates.push(link);
}

export async function personImporter(
  db: Db,
  options: StartImportInput,
  _dryRun: boolean,
  userId: string,
): Promise<EntityImporter> {
  const repo = new PersonImportRepository(db);
  const matchKey = options.matchKey === 'EXTERNAL_ID' ? 'EXTERNAL_ID' : 'EMAIL';
  const rules: PersonRules = {
    mapping: options.mapping,
    matchKey,
    attributeDefs: await loadAttributeDefs(db, 'PERSON'),
  };
  const state: State = { rules, seen: new Set(), userId };
  return {
    async decide(rows) {
      const plan: Plan = { counts: emptyCounts(), issues: [], creates: [], links: [], updates: [], linkUpdates: [] };
      const decided = await decidedRows(repo, state, rows, plan);
      const matched = new Map(
        (
          await repo.matchPersons(
            matchKey,
            decided.map((d) => d.clientId),
            decided.map((d) => d.values.key),
          )
        ).map((m) => [pairKey(m.clientId, m.key), m]),
      );
      for (const d of decided) {
        const key = pairKey(d.clientId, d.values.key);
        // A (client, key) appears once per file (a later row with it is invalid): only the database can hold it.
        decideRow(state, plan, d, matched.get(key));
      }
      const { counts, issues, ...writes } = plan;
      return { counts, issues, write: (tx) => writePersons(tx, writes) };
    },
  };
}
