// Duplicates (/duplicates): candidate pairs of clients or persons with their score and reasons, scanned a batch at a
// time; with clients.delete a pair is merged into the side the user keeps.
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminTable } from '../../../components/admin-table.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useCan } from '../../../lib/session.tsx';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { DuplicateCandidatesQuery } from '../api/duplicate-candidates-query.ts';
import { MergeClientsMutation } from '../api/merge-clients-mutation.ts';
import { MergePersonsMutation } from '../api/merge-persons-mutation.ts';

type Entity = 'CLIENT' | 'PERSON';
type Pair = ResultOf<typeof DuplicateCandidatesQuery>['duplicateCandidates']['pairs'][number];
type Side = Pair['left'];

/** Earlier scans are kept when the user scans further; merged pairs are hidden. */
function useCandidates() {
  const [entity, setEntityState] = useState<Entity>('CLIENT');
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Pair[]>([]);
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const { data, loading, error } = useQuery(DuplicateCandidatesQuery, {
    variables: { entity, after },
    fetchPolicy: 'network-only',
  });
  const page = data?.duplicateCandidates;
  const key = (p: Pair) => `${p.left.id}:${p.right.id}`;
  const pairs = [...earlier, ...(page?.pairs ?? [])].filter((p) => !dropped.has(key(p)));
  return {
    entity,
    setEntity: (next: Entity) => {
      setEntityState(next);
      setAfter(null);
      setEarlier([]);
    },
    pairs,
    loading,
    error,
    hasMore: page?.hasNextPage ?? false,
    more: () => {
      if (!page?.endCursor) return;
      setEarlier((e) => [...e, ...page.pairs]);
      setAfter(page.endCursor);
    },
    drop: (pair: Pair) => setDropped((d) => new Set([...d, key(pair)])),
  };
}

const label = (side: Side) =>
  side.__typename === 'Client' ? side.name : side.__typename === 'Person' ? side.fullName : '';

/** Names wrap between words (long ones anywhere), addresses anywhere: a phone shows the pair without scrolling. */
const WRAP = { overflowWrap: 'break-word', wordBreak: 'break-word' } as const;
const WRAP_ANY = { overflowWrap: 'anywhere' } as const;

function SideDetails({ side }: { side: Side }) {
  const { t } = useTranslation();
  if (side.__typename === 'Client')
    return (
      <Stack gap={0}>
        <Anchor component={Link} to={`/clients/${side.id}`} style={WRAP}>
          {side.name}
        </Anchor>
        <Text size="xs" c="dimmed" style={WRAP_ANY}>
          {[side.city, side.taxId, ...side.emails].filter(Boolean).join(' · ') || t('duplicates.noDetails')}
        </Text>
      </Stack>
    );
  if (side.__typename === 'Person')
    return (
      <Stack gap={0}>
        <Text style={WRAP}>{side.fullName}</Text>
        <Text size="xs" c="dimmed" style={WRAP_ANY}>
          {[...side.emails, ...side.phones].join(' · ') || t('duplicates.noDetails')}
        </Text>
      </Stack>
    );
  return null;
}

/** One side of a pair with its "keep" button (short visible label; the accessible name says which record). */
function SideCell({ side, onKeep }: { side: Side; onKeep?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" align="flex-start">
      <SideDetails side={side} />
      {onKeep && (
        <Button
          size="compact-xs"
          variant="light"
          onClick={onKeep}
          aria-label={t('duplicates.keep', { name: label(side) })}
        >
          {t('duplicates.keepShort')}
        </Button>
      )}
    </Stack>
  );
}

/** The score, then the reasons as plain text that wraps between words in a narrow column (a phone). */
function Reasons({ pair }: { pair: Pair }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start" miw={80}>
      <Badge variant="light">{Math.round(pair.score * 100)}&nbsp;%</Badge>
      <Text size="xs" c="dimmed">
        {pair.reasons.map((r) => t(`duplicates.reason.${r}`)).join(', ')}
      </Text>
    </Stack>
  );
}

export default function DuplicatesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { entity, setEntity, pairs, loading, error, hasMore, more, drop } = useCandidates();
  const [pending, setPending] = useState<{ pair: Pair; keep: Side; merge: Side } | null>(null);
  const [mergeClients, clientsState] = useMutation(MergeClientsMutation);
  const [mergePersons, personsState] = useMutation(MergePersonsMutation);
  const confirm = async () => {
    if (!pending) return;
    const variables = { keepId: pending.keep.id, mergeIds: [pending.merge.id] };
    try {
      await (entity === 'CLIENT' ? mergeClients({ variables }) : mergePersons({ variables }));
      notifySuccess(t('duplicates.merged', { name: label(pending.keep) }));
      drop(pending.pair);
    } catch (e) {
      notifyError(errorText(t, e));
    } finally {
      setPending(null);
    }
  };
  const canMerge = can('clients.write') && can('clients.delete');
  return (
    <>
      <PageHeader title={t('duplicates.title')} description={t('duplicates.intro')} />
      <SegmentedControl
        mb="md"
        value={entity}
        onChange={(v) => setEntity(v as Entity)}
        data={[
          { value: 'CLIENT', label: t('duplicates.clients') },
          { value: 'PERSON', label: t('duplicates.persons') },
        ]}
      />
      <Card>
        <AdminTable
          label={t('duplicates.title')}
          rows={pairs}
          error={error}
          rowKey={(pair) => `${pair.left.id}:${pair.right.id}`}
          loading={loading && pairs.length === 0}
          empty={hasMore ? t('duplicates.noneYet') : t('duplicates.none')}
          minWidth={0}
          columns={[
            {
              header: t('duplicates.record'),
              cell: (pair) => (
                <SideCell
                  side={pair.left}
                  onKeep={canMerge ? () => setPending({ pair, keep: pair.left, merge: pair.right }) : undefined}
                />
              ),
            },
            {
              header: t('duplicates.record'),
              cell: (pair) => (
                <SideCell
                  side={pair.right}
                  onKeep={canMerge ? () => setPending({ pair, keep: pair.right, merge: pair.left }) : undefined}
                />
              ),
            },
            { header: t('duplicates.why'), cell: (pair) => <Reasons pair={pair} /> },
          ]}
          footer={
            hasMore && (
              <Button variant="subtle" loading={loading} onClick={() => void more()}>
                {t('duplicates.scanMore')}
              </Button>
            )
          }
        />
      </Card>
      <ConfirmDialog
        opened={pending != null}
        title={t('duplicates.confirmTitle')}
        confirmLabel={t('duplicates.merge')}
        loading={clientsState.loading || personsState.loading}
        onCancel={() => setPending(null)}
        onConfirm={() => void confirm()}
      >
        {pending ? t('duplicates.confirmBody', { keep: label(pending.keep), merge: label(pending.merge) }) : ''}
      </ConfirmDialog>
    </>
  );
}
