// The ready-made reports every permitted user can open, adjust and save as their own (seeds 000–003 statistics).
// Names are translated in the web app under reports.ready.<key>.
import type { ReportChart, ReportDefinition } from './reports.ts';

export type ReadyReport = { key: string; name: string; chart: ReportChart; definition: ReportDefinition };

const closed = (statuses: string[]) => ({ statuses, from: null, to: null });

export const READY_REPORTS: readonly ReadyReport[] = [
  {
    key: 'activities-by-agent',
    name: 'Activities per agent',
    chart: 'STACKED_BAR',
    definition: {
      subject: 'ACTIVITIES',
      dateField: 'STARTS_AT',
      filter: closed(['DONE']),
      groupBy: [{ dimension: 'AGENT' }, { dimension: 'TYPE' }],
      measures: [
        { fn: 'COUNT' },
        { fn: 'SUM', field: 'WORK_MINUTES' },
        { fn: 'SUM', field: 'DISTANCE_KM' },
        { fn: 'SUM', field: 'COST' },
      ],
    },
  },
  {
    key: 'activities-by-client',
    name: 'Activities per client',
    chart: 'STACKED_BAR',
    definition: {
      subject: 'ACTIVITIES',
      dateField: 'STARTS_AT',
      filter: closed(['DONE']),
      groupBy: [{ dimension: 'CLIENT' }, { dimension: 'RESULT' }],
      measures: [{ fn: 'COUNT' }, { fn: 'SUM', field: 'WORK_MINUTES' }, { fn: 'SUM', field: 'COST' }],
    },
  },
  {
    key: 'visit-success',
    name: 'Visit success per salesperson',
    chart: 'LINE',
    definition: {
      subject: 'ACTIVITIES',
      dateField: 'STARTS_AT',
      filter: { ...closed(['DONE']), typeKeys: ['meeting', 'call'] },
      groupBy: [{ dimension: 'AGENT' }, { dimension: 'MONTH' }],
      measures: [{ fn: 'COUNT' }, { fn: 'RATE', field: 'SUCCESS' }],
    },
  },
  {
    key: 'time-to-deal',
    name: 'Time to deal',
    chart: 'BAR',
    definition: {
      subject: 'OPPORTUNITIES',
      dateField: 'CLOSED_AT',
      filter: closed(['WON']),
      groupBy: [{ dimension: 'AGENT' }],
      measures: [
        { fn: 'COUNT' },
        { fn: 'AVG', field: 'DAYS_FROM_FIRST_CONTACT' },
        { fn: 'MEDIAN', field: 'DAYS_FROM_FIRST_CONTACT' },
        { fn: 'AVG', field: 'DAYS_TO_DEAL' },
        { fn: 'MEDIAN', field: 'DAYS_TO_DEAL' },
      ],
    },
  },
  {
    key: 'lost-reasons',
    name: 'Lost reasons',
    chart: 'STACKED_BAR',
    definition: {
      subject: 'OPPORTUNITIES',
      dateField: 'CLOSED_AT',
      filter: closed(['LOST']),
      groupBy: [{ dimension: 'LOST_REASON' }, { dimension: 'AGENT' }],
      measures: [{ fn: 'COUNT' }, { fn: 'SUM', field: 'VALUE' }],
    },
  },
  ...(['INDUSTRY', 'LEAD_SOURCE'] as const).map((dimension): ReadyReport => ({
    key: dimension === 'INDUSTRY' ? 'success-by-industry' : 'success-by-lead-source',
    name: dimension === 'INDUSTRY' ? 'Success by industry' : 'Success by lead source',
    chart: 'BAR',
    definition: {
      subject: 'OPPORTUNITIES',
      dateField: 'CLOSED_AT',
      filter: closed(['WON', 'LOST']),
      groupBy: [{ dimension }],
      measures: [{ fn: 'COUNT' }, { fn: 'RATE', field: 'WON' }, { fn: 'SUM', field: 'WON_VALUE' }],
    },
  })),
  {
    key: 'pipeline-forecast',
    name: 'Pipeline and forecast',
    chart: 'STACKED_BAR',
    definition: {
      subject: 'OPPORTUNITIES',
      dateField: 'EXPECTED_CLOSE_ON',
      filter: closed(['OPEN']),
      groupBy: [{ dimension: 'MONTH' }, { dimension: 'STAGE' }],
      measures: [{ fn: 'COUNT' }, { fn: 'SUM', field: 'VALUE' }, { fn: 'SUM', field: 'WEIGHTED_VALUE' }],
    },
  },
  {
    key: 'campaigns',
    name: 'Campaigns',
    chart: 'BAR',
    definition: {
      subject: 'CAMPAIGN_ITEMS',
      dateField: 'CREATED_AT',
      filter: null,
      groupBy: [{ dimension: 'CAMPAIGN' }],
      measures: [
        { fn: 'COUNT' },
        { fn: 'RATE', field: 'DONE' },
        { fn: 'SUM', field: 'CONTACTS' },
        { fn: 'SUM', field: 'TALK_MINUTES' },
      ],
    },
  },
];
