// Client rows of an import: each row's values checked like the client form, matched on the chosen key (tax id,
// registration number, e-mail, external id), and a batch's new clients inserted set-based, changed ones updated.
import type { Db, Prisma } from '../../db/prisma.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import type { StartImportInput } from '@veza/shared';
import { DICTIONARY_FIELDS, normaliseHeader } from './import-fields.ts';
import {
  changesFor,
  checkAttributes,
  rowValues,
  type DictionaryIndex,
  type RowRules,
  type RowValues,
} from './import-rows.ts';
import { emptyCounts, type EntityImporter, type Row } from './import-types.ts';
import {
  ImportsRepository,
  createDictionaryValue,
  writeClients,
  type ClientUpdate,
  type Counts,
  type IssueRow,
} from './imports.repository.ts';

async function dictionaryIndex(db: Db) {
  const rows = await db.dictionaryValue.findMany({
    where: { kind: { in: ['CLIENT_STATUS', 'CLIENT_SEGMENT', 'INDUSTRY', 'LEAD_SOURCE'] } },
    select: { id: true, kind: true, key: true, labels: true },
  });
  const index = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const byName = index.get(r.kind) ?? new Map<string, string>();
    byName.set(normaliseHeader(r.key), r.id);
    for (const label of Object.values((r.labels ?? {}) as Record<string, string>))
      byName.set(normaliseHeader(String(label)), r.id);
    index.set(r.kind, byName);
  }
  return index;
}

/**
 * The hand-made value mapping laid over the index (it wins over a label match), so each row is still one lookup;
 * values to create on request are returned by their kind and normalised value.
 */
function applyValueMapping(index: DictionaryIndex, options: StartImportInput) {
  const create = new Set<string>();
  // Job options store raw dictionary value ids (see value-mapping.ts); jobs from before it have none.
  for (const v of options.valueMapping ?? []) {
    const kind = DICTIONARY_FIELDS[v.field];
    if (v.create) create.add(`${kind}|${normaliseHeader(v.value)}`);
    else if (v.dictionaryValueId) {
      const byName = index.get(kind) ?? new Map<string, string>();
      byName.set(normaliseHeader(v.value), v.dictionaryValueId);
      index.set(kind, byName);
    }
  }
  return create;
}

async function rulesFor(db: Db, options: StartImportInput, dryRun: boolean): Promise<RowRules> {
  const dictionaries = await dictionaryIndex(db);
  const toCreate = applyValueMapping(dictionaries, options);
  return {
    mapping: options.mapping,
    matchKey: options.matchKey,
    defaultCountry: options.defaultCountry ?? null,
    dictionaries,
    attributeDefs: await loadAttributeDefs(db, 'CLIENT'),
    missingDictionaryValue: async (kind, value) => {
      if (!options.createDictionaryValues && !toCreate.has(`${kind}|${normaliseHeader(value)}`)) return null;
      if (dryRun) return `new:${kind}:${normaliseHeader(value)}`;
      const key =
        normaliseHeader(value)
          .slice(0, 40)
          .replace(/^[^a-z]+/, '') || 'value';
      const id = await createDictionaryValue(db, kind, key, value.slice(0, 120));
      dictionaries.get(kind)?.set(normaliseHeader(value), id);
      return id;
    },
  };
}

function newClient(
  values: RowValues,
  attributes: Record<string, unknown>,
  userId: string,
  country: string | null,
): Prisma.ClientCreateManyInput {
  const scalars = values.scalars as Omit<Prisma.ClientCreateManyInput, 'name'>;
  return {
    ...scalars,
    country: scalars.country ?? country,
    kind: scalars.kind ?? 'LEGAL',
    name: String(values.scalars.name),
    emails: values.emails,
    phones: values.phones,
    attributes: attributes as Prisma.InputJsonValue,
    createdById: userId,
    updatedById: userId,
  };
}

/** The values of a batch's rows; a row with issues, or with a key seen earlier in the file, is reported invalid. */
async function batchValues(rules: RowRules, rows: Row[], seen: Set<string>, counts: Counts, issues: IssueRow[]) {
  const decided: { rowNo: number; values: RowValues }[] = [];
  for (const row of rows) {
    const r = await rowValues(rules, row.rowNo, row.cells);
    // The first row with a key wins; a later one would undo it on every rerun.
    const duplicate = r.values?.key && seen.has(r.values.key);
    if (duplicate)
      r.issues.push({
        rowNo: row.rowNo,
        field: rules.matchKey,
        message: 'imports.duplicateInFile',
        value: r.values!.key,
      });
    if (r.issues.length || !r.values) {
      counts.invalid += 1;
      issues.push(...r.issues);
    } else {
      seen.add(r.values.key!);
      decided.push({ rowNo: row.rowNo, values: r.values });
    }
  }
  return decided;
}

/** Decides each row of a batch: new, updated, unchanged or invalid. */
async function decideBatch(repo: ImportsRepository, rules: RowRules, rows: Row[], seen: Set<string>, userId: string) {
  const counts: Counts = emptyCounts();
  const issues: IssueRow[] = [];
  const creates = new Map<string, Prisma.ClientCreateManyInput>();
  const updates = new Map<string, ClientUpdate>();
  const decided = await batchValues(rules, rows, seen, counts, issues);
  const matched = new Map(
    (
      await repo.matchClients(
        rules.matchKey,
        decided.map((d) => d.values.key!),
      )
    ).map((m) => [m.key, m]),
  );
  for (const { rowNo, values } of decided) {
    const key = values.key!;
    // A key appears once per file (a later row with it is invalid), so only the database can already hold it.
    const existing = matched.get(key);
    const attrs = checkAttributes(rules, rowNo, values, existing?.attributes);
    if (!attrs.ok || (!existing && !values.scalars.name)) {
      counts.invalid += 1;
      issues.push(
        ...(attrs.ok ? [{ rowNo, field: 'name', message: 'validation.required', value: null }] : attrs.issues),
      );
      continue;
    }
    if (existing) {
      const data = changesFor(existing, values, attrs.attributes);
      if (!Object.keys(data).length) counts.unchanged += 1;
      else {
        counts.updated += 1;
        updates.set(existing.id, { ...data, id: existing.id, updatedById: userId });
      }
      continue;
    }
    counts.created += 1;
    const create = newClient(values, attrs.attributes, userId, rules.defaultCountry);
    creates.set(key, create);
  }
  return { counts, issues, creates: [...creates.values()], updates: [...updates.values()] };
}

export async function clientImporter(
  db: Db,
  options: StartImportInput,
  dryRun: boolean,
  userId: string,
): Promise<EntityImporter> {
  const repo = new ImportsRepository(db);
  const rules = await rulesFor(db, options, dryRun);
  const seen = new Set<string>();
  return {
    async decide(rows) {
      const { creates, updates, ...plan } = await decideBatch(repo, rules, rows, seen, userId);
      return { ...plan, write: (tx) => writeClients(tx, creates, updates) };
    },
  };
}
