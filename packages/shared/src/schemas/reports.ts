// Report definitions (the builder, saved templates, exports): subject, filter, up to two groupings and measures.
// One catalog says per subject which groupings, date fields and measure fields exist, so the form and the server
// refuse the same definitions, naming the part (groupBy.2, measures.0.field…).
import { z } from 'zod';
import { isRealDay, isoInstant } from '../instant.ts';
import { ATTRIBUTE_KEY, ClientFilterInput } from '../filter/client-filter.ts';

export const REPORT_SUBJECTS = ['ACTIVITIES', 'CLIENTS', 'OPPORTUNITIES', 'CAMPAIGN_ITEMS'] as const;
export type ReportSubject = (typeof REPORT_SUBJECTS)[number];

export const DATE_PARTS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export const REPORT_DIMENSIONS = [
  'AGENT',
  'TEAM',
  'CLIENT',
  'TYPE',
  'RESULT',
  'CHANNEL',
  'STATUS',
  'STAGE',
  'INDUSTRY',
  'LEAD_SOURCE',
  'LOST_REASON',
  'CURRENCY',
  'CAMPAIGN',
  'OUTCOME',
  'SEGMENT',
  'COUNTRY',
  'ATTRIBUTE',
  ...DATE_PARTS,
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const REPORT_AGGREGATES = ['COUNT', 'SUM', 'AVG', 'MIN', 'MAX', 'MEDIAN', 'RATE'] as const;
export type ReportAggregate = (typeof REPORT_AGGREGATES)[number];

/** NUMBER: sum/avg/min/max/median; FLAG: RATE (share of rows where true); TEXT: nothing but grouping elsewhere. */
export type ReportFieldKind = 'NUMBER' | 'FLAG' | 'TEXT';

export type SubjectCatalog = {
  dimensions: readonly ReportDimension[];
  dateFields: readonly [string, ...string[]];
  fields: Record<string, ReportFieldKind>;
  statuses: readonly string[];
};

const common = ['AGENT', 'TEAM', 'CLIENT', 'INDUSTRY', 'LEAD_SOURCE', 'SEGMENT', 'COUNTRY', 'ATTRIBUTE'] as const;

export const REPORT_CATALOG: Record<ReportSubject, SubjectCatalog> = {
  ACTIVITIES: {
    dimensions: [...common, 'TYPE', 'RESULT', 'CHANNEL', 'STATUS', ...DATE_PARTS],
    dateFields: ['STARTS_AT', 'CLOSED_AT', 'CREATED_AT'],
    fields: { WORK_MINUTES: 'NUMBER', DISTANCE_KM: 'NUMBER', COST: 'NUMBER', SUCCESS: 'FLAG', SUBJECT: 'TEXT' },
    statuses: ['PLANNED', 'DONE', 'CANCELLED'],
  },
  OPPORTUNITIES: {
    dimensions: [...common, 'STAGE', 'STATUS', 'LOST_REASON', 'CURRENCY', ...DATE_PARTS],
    dateFields: ['CREATED_AT', 'CLOSED_AT', 'EXPECTED_CLOSE_ON'],
    fields: {
      VALUE: 'NUMBER',
      WON_VALUE: 'NUMBER',
      WEIGHTED_VALUE: 'NUMBER',
      PROBABILITY: 'NUMBER',
      DAYS_TO_DEAL: 'NUMBER',
      DAYS_FROM_FIRST_CONTACT: 'NUMBER',
      WON: 'FLAG',
      NAME: 'TEXT',
    },
    statuses: ['OPEN', 'WON', 'LOST'],
  },
  CLIENTS: {
    dimensions: [...common, 'STATUS', ...DATE_PARTS],
    dateFields: ['CREATED_AT', 'LAST_CONTACT_AT'],
    fields: { DAYS_SINCE_CONTACT: 'NUMBER', CONTACTED: 'FLAG', NAME: 'TEXT' },
    statuses: [],
  },
  CAMPAIGN_ITEMS: {
    dimensions: [...common, 'CAMPAIGN', 'STATUS', 'OUTCOME', ...DATE_PARTS],
    dateFields: ['COMPLETED_AT', 'CREATED_AT'],
    fields: { CONTACTS: 'NUMBER', TALK_MINUTES: 'NUMBER', DONE: 'FLAG' },
    statuses: ['PENDING', 'IN_PROGRESS', 'DONE', 'SKIPPED'],
  },
};

export const MAX_REPORT_GROUPS = 2;
export const MAX_REPORT_MEASURES = 8;

const key = z.string().min(1).max(100);

export const ReportGroupingSchema = z.object({
  dimension: z.enum(REPORT_DIMENSIONS, 'validation.report.dimension'),
  attributeKey: z.string().regex(ATTRIBUTE_KEY, 'validation.filter.unknownAttribute').nullish(),
});
export const ReportMeasureSchema = z.object({
  fn: z.enum(REPORT_AGGREGATES, 'validation.report.aggregate'),
  field: z.string().max(60).nullish(),
});

export const ReportFilterSchema = z
  .object({
    from: isoInstant.nullish(),
    to: isoInstant.nullish(),
    agentIds: z.array(z.string().min(1)).max(200, 'validation.tooMany').nullish(),
    statuses: z.array(z.string().min(1)).max(10, 'validation.tooMany').nullish(),
    typeKeys: z.array(key).max(100, 'validation.tooMany').nullish(),
    client: ClientFilterInput.nullish(),
  })
  .strict();

type Issue = { path: (string | number)[]; message: string };

function measureIssues(subject: SubjectCatalog, m: z.output<typeof ReportMeasureSchema>, i: number): Issue[] {
  if (m.fn === 'COUNT')
    return m.field ? [{ path: ['measures', i, 'field'], message: 'validation.report.noField' }] : [];
  const kind = m.field ? subject.fields[m.field] : undefined;
  if (!m.field || !kind) return [{ path: ['measures', i, 'field'], message: 'validation.report.unknownField' }];
  const wanted: ReportFieldKind = m.fn === 'RATE' ? 'FLAG' : 'NUMBER';
  if (kind !== wanted)
    return [
      { path: ['measures', i, 'field'], message: `validation.report.${wanted === 'FLAG' ? 'notFlag' : 'notNumeric'}` },
    ];
  return [];
}

/** Everything the catalog can say without the database (attribute keys are checked by the server). */
export function reportDefinitionIssues(d: ReportDefinition): Issue[] {
  const subject = REPORT_CATALOG[d.subject];
  const issues: Issue[] = [];
  if (d.groupBy.length > MAX_REPORT_GROUPS)
    issues.push({ path: ['groupBy', MAX_REPORT_GROUPS], message: 'validation.report.tooManyGroups' });
  d.groupBy.forEach((g, i) => {
    if (!subject.dimensions.includes(g.dimension))
      issues.push({ path: ['groupBy', i, 'dimension'], message: 'validation.report.dimension' });
    if ((g.dimension === 'ATTRIBUTE') !== Boolean(g.attributeKey))
      issues.push({ path: ['groupBy', i, 'attributeKey'], message: 'validation.report.attributeKey' });
  });
  d.measures.forEach((m, i) => issues.push(...measureIssues(subject, m, i)));
  if (d.dateField && !subject.dateFields.includes(d.dateField))
    issues.push({ path: ['dateField'], message: 'validation.report.dateField' });
  d.filter?.statuses?.forEach((s, i) => {
    if (!subject.statuses.includes(s))
      issues.push({ path: ['filter', 'statuses', i], message: 'validation.report.status' });
  });
  if (d.filter?.typeKeys?.length && d.subject !== 'ACTIVITIES')
    issues.push({ path: ['filter', 'typeKeys'], message: 'validation.report.typeKeys' });
  if (d.filter?.from && d.filter.to && d.filter.from >= d.filter.to)
    issues.push({ path: ['filter', 'to'], message: 'validation.range' });
  return issues;
}

const definitionShape = z
  .object({
    subject: z.enum(REPORT_SUBJECTS, 'validation.report.subject'),
    dateField: z.string().max(40).nullish(),
    filter: ReportFilterSchema.nullish(),
    groupBy: z
      .array(ReportGroupingSchema)
      .max(10)
      .nullish()
      .transform((g) => g ?? []),
    measures: z.array(ReportMeasureSchema).min(1, 'validation.required').max(MAX_REPORT_MEASURES, 'validation.tooMany'),
  })
  .strict();
export type ReportDefinition = z.output<typeof definitionShape>;

export const ReportDefinitionInput = definitionShape.superRefine((d, ctx) => {
  for (const issue of reportDefinitionIssues(d)) ctx.addIssue({ code: 'custom', ...issue });
});

/** The subject's date field a definition uses (the first of the catalog unless chosen). */
export const reportDateField = (d: Pick<ReportDefinition, 'subject' | 'dateField'>): string =>
  d.dateField ?? REPORT_CATALOG[d.subject].dateFields[0];

export const REPORT_CHARTS = ['TABLE', 'BAR', 'STACKED_BAR', 'LINE', 'PIE'] as const;
export type ReportChart = (typeof REPORT_CHARTS)[number];

export const SavedReportInput = z.object({
  name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  shared: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  pinned: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  chart: z
    .enum(REPORT_CHARTS, 'validation.report.chart')
    .nullish()
    .transform((v) => v ?? 'TABLE'),
  definition: ReportDefinitionInput,
});
export type SavedReportValues = z.output<typeof SavedReportInput>;

export const HourlyRateInput = z.object({
  userId: z.string().min(1),
  activityTypeId: z.string().min(1).nullish(),
  validFrom: z.string().refine(isRealDay, 'validation.date'),
  rate: z
    .string()
    .trim()
    .regex(/^\d{1,8}(\.\d{1,2})?$/, 'validation.amount'),
});

/** POST /export/report: the definition as for runReport, the format, and the texts the file shows. */
export const ReportExportInput = z
  .object({
    format: z.enum(['xlsx', 'csv', 'pdf'], 'validation.report.format'),
    definition: z.unknown(),
    title: z.string().trim().max(200, 'validation.tooLong').nullish(),
    /** Column headers in the user's language, in column order (groups, then measures). */
    headers: z.array(z.string().max(200, 'validation.tooLong')).max(12, 'validation.tooMany').nullish(),
    /** The label of the totals row (default "Total"). */
    totalLabel: z.string().max(60, 'validation.tooLong').nullish(),
  })
  .strict();
