// The opportunity page's read-only cards: its facts (with its attributes), its persons and its stage history.
import { Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { labelIn } from '@veza/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientNameLink } from '../../../components/client-name-link.tsx';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { formatAttributeValue } from '../../../components/attribute-field/attribute-value.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import type { OpportunityQuery } from '../api/opportunity-query.ts';
import { formatDate, formatMoney } from '../lib/money.ts';
import { OpportunityStatusBadge } from './status-badge.tsx';

type Opportunity = NonNullable<ResultOf<typeof OpportunityQuery>['opportunity']>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      {/* Long single words (Prawdopodobieństwo) wrap instead of running into the next column on a phone. */}
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function OpportunityFactsCard({
  opportunity: o,
  attributes,
}: {
  opportunity: Opportunity;
  attributes: readonly AttributeFieldDefinition[];
}) {
  const { t, i18n } = useTranslation();
  const values = (o.attributes ?? {}) as Record<string, unknown>;
  const yesNo = { yes: t('opportunities.filter.yes'), no: t('opportunities.filter.no') };
  const lang = i18n.language;
  const format = useFormatDateTime();
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Field label={t('opportunities.fields.status')}>
          <OpportunityStatusBadge status={o.status} />
        </Field>
        <Field label={t('opportunities.fields.stage')}>{labelIn(o.stage.labels, lang)}</Field>
        <Field label={t('opportunities.fields.amount')}>{formatMoney(o.amount, o.currency, lang)}</Field>
        <Field label={t('opportunities.fields.baseAmount')}>
          {formatMoney(o.baseAmount, o.baseCurrency, lang)}
          {o.rateDate ? ` (${formatDate(o.rateDate, lang)})` : ''}
        </Field>
        <Field label={t('opportunities.fields.probability')}>{o.probability} %</Field>
        <Field label={t('opportunities.fields.expectedCloseOn')}>
          <Text span c={o.overdue ? 'red' : undefined} size="sm">
            {formatDate(o.expectedCloseOn, lang)}
          </Text>
        </Field>
        <Field label={t('opportunities.fields.owner')}>{o.owner.name}</Field>
        <Field label={t('opportunities.fields.client')}>
          <ClientNameLink client={o.client} name={o.clientName} />
        </Field>
        <Field label={t('opportunities.fields.leadSource')}>
          {o.leadSource ? labelIn(o.leadSource.labels, lang) : '—'}
        </Field>
        {o.lostReason && (
          <Field label={t('opportunities.lost.reason')}>
            {labelIn(o.lostReason.labels, lang)}
            {o.lostNote ? ` — ${o.lostNote}` : ''}
          </Field>
        )}
        {o.closedAt && <Field label={t('opportunities.fields.closedAt')}>{format(o.closedAt)}</Field>}
        {attributes
          .filter((def) => values[def.key] != null && values[def.key] !== '')
          .map((def) => (
            <Field key={def.key} label={labelIn(def.labels, lang) || def.key}>
              {formatAttributeValue(def, values[def.key], lang, yesNo)}
            </Field>
          ))}
      </SimpleGrid>
      {o.description && (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          {o.description}
        </Text>
      )}
    </Card>
  );
}

export function PersonsCard({ opportunity: o }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('opportunities.detail.persons')}
      </Title>
      {o.persons.length ? (
        <List size="sm">
          {o.persons.map((p) => (
            <List.Item key={p.id}>{`${p.firstName} ${p.lastName}`}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
    </Card>
  );
}

export function StageHistoryCard({ opportunity: o }: { opportunity: Opportunity }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const format = useFormatDateTime();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('opportunities.detail.history')}
      </Title>
      <Table.ScrollContainer minWidth={460}>
        <Table aria-label={t('opportunities.detail.history')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('opportunities.detail.when')}</Table.Th>
              <Table.Th>{t('opportunities.detail.from')}</Table.Th>
              <Table.Th>{t('opportunities.detail.to')}</Table.Th>
              <Table.Th>{t('opportunities.detail.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.stageHistory.map((h, i) => (
              <Table.Tr key={i}>
                <Table.Td>{format(h.changedAt)}</Table.Td>
                <Table.Td>{h.from ? labelIn(h.from.labels, lang) : '—'}</Table.Td>
                <Table.Td>{labelIn(h.to.labels, lang)}</Table.Td>
                <Table.Td>{h.changedBy?.name ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
