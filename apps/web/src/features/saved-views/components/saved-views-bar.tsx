// The view selector above the client and opportunity lists: pick, save, update and delete views; remembers the last one used.
import { Badge, Button, Group, Select } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useSession } from '../../../lib/session.tsx';
import type { ListView, OpportunityListView } from '../../../lib/list-view.ts';
import { sameView, toListView, type AnyListView, type SavedViewEntity } from '../hooks/list-view.ts';
import { useRememberedView } from '../hooks/use-remembered-view.ts';
import { useSavedViews, type SavedViewRow } from '../hooks/use-saved-views.ts';
import { SaveViewModal } from './save-view-modal.tsx';

interface Props {
  entity: SavedViewEntity;
  current: AnyListView;
  onApply: (view: AnyListView | null) => void;
}

function useViewOptions(views: SavedViewRow[]) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mine = views.filter((v) => v.owner.id === user.id);
  const others = views.filter((v) => v.owner.id !== user.id);
  return [
    { group: t('savedViews.mine'), items: mine.map((v) => ({ value: v.id, label: v.name })) },
    {
      group: t('savedViews.sharedGroup'),
      items: others.map((v) => ({ value: v.id, label: `${v.name} (${v.owner.name})` })),
    },
  ].filter((g) => g.items.length > 0);
}

/** Applies the remembered view once, when the views have loaded (or forgets it when it is gone). */
function useApplyRemembered(
  saved: { loaded: boolean; views: SavedViewRow[] },
  selectedId: string | null,
  onApply: Props['onApply'],
  select: (id: string | null) => void,
) {
  const done = useRef(false);
  const { loaded, views } = saved;
  useEffect(() => {
    if (done.current || !loaded) return;
    done.current = true;
    if (!selectedId) return;
    const view = views.find((v) => v.id === selectedId);
    if (view) onApply(toListView(view));
    else select(null);
  }, [loaded, views, selectedId, onApply, select]);
}

/** Update and delete, for a view the user may edit. */
function ViewActions(props: {
  view: SavedViewRow;
  modified: boolean;
  current: AnyListView;
  saved: ReturnType<typeof useSavedViews>;
  onDeleted: () => void;
  context: string;
}) {
  const { t } = useTranslation();
  const { view, modified, current, saved, onDeleted, context } = props;
  const [deleting, setDeleting] = useState(false);
  const meta = { name: view.name, shared: view.shared };
  return (
    <>
      <Button
        variant="default"
        disabled={!modified}
        loading={saved.busy}
        onClick={() => void saved.update(view.id, view.version, current, meta)}
      >
        {t('savedViews.update')}
      </Button>
      <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
        {t('savedViews.delete')}
      </Button>
      <ConfirmDialog
        opened={deleting}
        title={t('savedViews.deleteTitle')}
        confirmLabel={t('savedViews.delete')}
        loading={saved.busy}
        onCancel={() => setDeleting(false)}
        onConfirm={() =>
          void saved.remove(view.id).then(() => {
            setDeleting(false);
            onDeleted();
          })
        }
      >
        {t('savedViews.deleteBody', { name: view.name, context })}
      </ConfirmDialog>
    </>
  );
}

function ViewsBar({ entity, current, onApply }: Props) {
  const { t } = useTranslation();
  const saved = useSavedViews(entity);
  // Texts naming the records (sharedHint_opportunity…) by i18next context; the clients' are the plain keys.
  const context = entity.toLowerCase();
  const { selectedId, select } = useRememberedView(entity);
  const [saving, setSaving] = useState(false);
  const options = useViewOptions(saved.views);
  const selected = saved.views.find((v) => v.id === selectedId) ?? null;
  const modified = selected !== null && !sameView(toListView(selected), current);
  useApplyRemembered(saved, selectedId, onApply, select);

  const choose = (id: string | null) => {
    select(id);
    const view = saved.views.find((v) => v.id === id);
    onApply(view ? toListView(view) : null);
  };

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('savedViews.view')}
        placeholder={t('savedViews.defaultView')}
        data={options}
        value={selected ? selected.id : null}
        onChange={choose}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={280}
        disabled={saved.loading}
      />
      {modified && (
        <Badge variant="light" color="yellow" mb={8}>
          {t('savedViews.modified')}
        </Badge>
      )}
      <Button variant="default" onClick={() => setSaving(true)}>
        {t('savedViews.save')}
      </Button>
      {selected?.editable && (
        <ViewActions
          view={selected}
          modified={modified}
          current={current}
          saved={saved}
          onDeleted={() => select(null)}
          context={context}
        />
      )}
      <SaveViewModal
        opened={saving}
        context={context}
        onClose={() => setSaving(false)}
        onSave={async (meta) => {
          const id = await saved.create(current, meta);
          if (id) select(id);
        }}
      />
    </Group>
  );
}

/** The client list's views. */
export function SavedViewsBar(props: { current: ListView; onApply: (view: ListView | null) => void }) {
  return <ViewsBar entity="CLIENT" current={props.current} onApply={(v) => props.onApply(v as ListView | null)} />;
}

/** The opportunity list's views. */
export function OpportunityViewsBar(props: {
  current: OpportunityListView;
  onApply: (view: OpportunityListView | null) => void;
}) {
  return (
    <ViewsBar
      entity="OPPORTUNITY"
      current={props.current}
      onApply={(v) => props.onApply(v as OpportunityListView | null)}
    />
  );
}
