// The activity list (/activities): filters, rows coloured by tone, infinite scroll over keyset pages, and the form.
import { Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { labelIn } from '@veza/shared';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { LinkFilterNotice, REPORT_LINK_TEXTS } from '../../../components/link-filter-notice.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { decodeActivityFilter } from '../../../lib/record-list-links.ts';
import { useCan, useSession } from '../../../lib/session.tsx';
import { useLinkFilter } from '../../../lib/use-link-filter.ts';
import { useActivityConnection, type ActivityRow } from '../hooks/use-activity-connection.ts';
import { useDescribeWhen } from '../hooks/use-describe-when.ts';
import { activityTone } from '../lib/activity-tone.ts';
import { EMPTY_LIST_FILTER, fromActivityFilter, toActivityFilter, type ListFilterState } from '../lib/list-filter.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import { ActivityCard, ActivityStatusBadge } from './activity-card.tsx';
import { ActivityFilters } from './activity-filters.tsx';
import { TypeSwatch } from './activity-pickers.tsx';
import type { ComposeEmailSlot } from '../../../lib/compose-email.ts';
import { ActivityRowMenu } from './activity-row-menu.tsx';
import { useActivityDialogs, type ActivityActions, type ActivityChangesSlot } from './use-activity-dialogs.tsx';

const PAGE_SIZE = 50;
/** A link to one thread ("Show whole thread" on an activity). */
const THREAD_LINK_TEXTS = {
  applied: 'seedDetails.threadLink.applied',
  clear: 'seedDetails.threadLink.clear',
  invalid: 'reportLinks.invalid',
  dismiss: 'reportLinks.dismiss',
};
const SORTS = {
  newest: { field: 'STARTS_AT', direction: 'DESC' },
  oldest: { field: 'STARTS_AT', direction: 'ASC' },
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
} as const;
type SortKey = keyof typeof SORTS;

/**
 * A pasted link or a long name breaks inside its cell instead of pushing the row's menu off the screen; the minimum
 * widths (which fit the four side by side at 1280 px, beside the fixed columns) keep ordinary words whole.
 */
const breaks = (minWidth: string) => ({ overflowWrap: 'anywhere', minWidth }) as const;
const BREAKS = { subject: breaks('10rem'), client: breaks('10rem'), owner: breaks('7rem') };

function ActivityTableRow({ activity, actions }: { activity: ActivityRow; actions: ActivityActions }) {
  const { i18n } = useTranslation();
  const describe = useDescribeWhen();
  const tone = activityTone(activity);
  return (
    <Table.Tr
      {...tone.attributes}
      data-testid="activity-row"
      style={{ cursor: 'pointer', background: tone.background, boxShadow: `inset 4px 0 0 ${tone.border}` }}
      onClick={() => actions.open(activity.id)}
    >
      {/* The usual "7 gru 2026, 14:00 – 15:00" fits its column on one line; a span over days wraps instead of widening it. */}
      <Table.Td style={tone.tone === 'overdue' ? tone.text : undefined}>{describe(activity).full}</Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <TypeSwatch color={activity.type.color} meta={activity.type.meta} />
          <Text size="sm">{labelIn(activity.type.labels, i18n.language)}</Text>
        </Group>
      </Table.Td>
      <Table.Td style={{ ...tone.text, ...BREAKS.subject }}>{activity.subject}</Table.Td>
      {/* The contact person under the client: most activities have none, and a column of its own crowded 1280 px. */}
      <Table.Td style={BREAKS.client}>
        {activity.clientName}
        {activity.contactPerson && (
          <Text size="xs" c="dimmed" style={BREAKS.client}>
            {activity.contactPerson.fullName}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={BREAKS.owner}>{activity.owner.name}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <ActivityStatusBadge activity={activity} />
      </Table.Td>
      <Table.Td onClick={(e) => e.stopPropagation()}>
        <ActivityRowMenu activity={activity} actions={actions} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Loads the next page when the end of the list scrolls into view. */
function useInfiniteScroll(loadMore: () => void, enabled: boolean) {
  const sentinel = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !enabled || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries[0]?.isIntersecting && loadMore(), {
      rootMargin: '400px',
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [loadMore, enabled]);
  return sentinel;
}

/** A filter from a link (lib/record-list-links.ts, e.g. a report cell) starts the list's filter (remount) until cleared. */
export default function ActivitiesPage({
  composeEmail,
  changes,
}: {
  composeEmail?: ComposeEmailSlot;
  changes?: ActivityChangesSlot;
}) {
  const { user } = useSession();
  const link = useLinkFilter(decodeActivityFilter);
  return (
    <ActivitiesList
      key={link.filter ? link.param : ''}
      composeEmail={composeEmail}
      changes={changes}
      initial={link.filter ? fromActivityFilter(link.filter, user.timeZone) : EMPTY_LIST_FILTER}
      notice={
        <LinkFilterNotice
          applied={!!link.filter}
          invalid={link.invalid}
          onClear={link.clear}
          texts={link.filter?.threadOf ? THREAD_LINK_TEXTS : REPORT_LINK_TEXTS}
        />
      }
    />
  );
}

function ActivitiesList({
  initial,
  notice,
  composeEmail,
  changes,
}: {
  initial: ListFilterState;
  notice: ReactNode;
  composeEmail?: ComposeEmailSlot;
  changes?: ActivityChangesSlot;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const can = useCan();
  const [filter, setFilter] = useState<ListFilterState>(initial);
  const [sort, setSort] = useState<SortKey>('newest');
  const [debouncedText] = useDebouncedValue(filter.text, 300);
  const apiFilter = useMemo(
    () => toActivityFilter({ ...filter, text: debouncedText }, user.timeZone),
    [filter, debouncedText, user.timeZone],
  );
  const list = useActivityConnection({ filter: apiFilter, orderBy: SORTS[sort], first: PAGE_SIZE });
  const sentinel = useInfiniteScroll(() => void list.loadMore(), list.hasMore && !list.loadingMore);
  const { id: openId } = useParams();
  const navigate = useNavigate();
  const { actions, dialogs } = useActivityDialogs({
    composeEmail,
    changes,
    openId: openId ?? null,
    onFormClosed: () => {
      if (openId) void navigate('/activities', { replace: true });
    },
  });
  const phone = usePhone();
  const columns = ['when', 'type', 'subject', 'client', 'owner', 'status'] as const;
  // Fixed widths where content must not be cut (a badge truncates itself in a squeezed auto-width column).
  const widths: Partial<Record<(typeof columns)[number], number>> = { when: 200, type: 150, status: 140 };

  return (
    <>
      <PageHeader
        title={t('activity.listTitle')}
        description={t('activity.listCount', { count: list.totalCount })}
        actions={can('activities.write') && <Button onClick={() => actions.create()}>{t('activity.create')}</Button>}
      />
      <Card mb="md">
        {notice}
        <ActivityFilters value={filter} onChange={setFilter}>
          <Select
            size="xs"
            label={t('activity.sort.label')}
            data={(Object.keys(SORTS) as SortKey[]).map((k) => ({ value: k, label: t(`activity.sort.${k}`) }))}
            value={sort}
            onChange={(v) => v && setSort(v as SortKey)}
            allowDeselect={false}
            w={200}
          />
        </ActivityFilters>
      </Card>
      <ErrorAlert error={list.error} />
      <Card p={0}>
        {list.loading ? (
          <PageLoader />
        ) : list.rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('activity.empty')}
          </Text>
        ) : phone ? (
          // A phone gets the cards of the home agenda (when, type, subject, client, status, menu), one column.
          <Stack gap="xs" p="xs" aria-label={t('activity.listTitle')} role="list">
            {list.rows.map((a) => (
              <div key={a.id} role="listitem">
                <ActivityCard activity={a} actions={actions} />
              </div>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table highlightOnHover verticalSpacing="xs" aria-label={t('activity.listTitle')}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c} w={widths[c]}>
                      {t(`activity.columns.${c}`)}
                    </Table.Th>
                  ))}
                  <Table.Th w={48} aria-label={t('common.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.rows.map((a) => (
                  <ActivityTableRow key={a.id} activity={a} actions={actions} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <div ref={sentinel} />
        {list.hasMore && (
          <Group justify="center" p="md">
            <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
              {t('common.loadMore')}
            </Button>
          </Group>
        )}
      </Card>
      {dialogs}
    </>
  );
}
