// Saved views of one list (clients or opportunities): load, create, update (with version) and delete.
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { CreateSavedViewMutation } from '../api/create-saved-view-mutation.ts';
import { DeleteSavedViewMutation } from '../api/delete-saved-view-mutation.ts';
import { SavedViewsQuery } from '../api/saved-views-query.ts';
import { UpdateSavedViewMutation } from '../api/update-saved-view-mutation.ts';
import { viewInput, type AnyListView, type SavedViewEntity } from './list-view.ts';

export interface ViewMeta {
  name: string;
  shared: boolean;
}

export function useSavedViews(entity: SavedViewEntity) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SavedViewsQuery, { variables: { entity } });
  const refetchQueries = [{ query: SavedViewsQuery, variables: { entity } }];
  const input = (view: AnyListView, meta: ViewMeta) => viewInput(entity, view, meta);
  const [create, createState] = useMutation(CreateSavedViewMutation, { refetchQueries, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(UpdateSavedViewMutation);
  const [remove, removeState] = useMutation(DeleteSavedViewMutation, { refetchQueries, awaitRefetchQueries: true });
  const fail = (e: unknown) => {
    notifyError(errorText(t, e));
    return null;
  };

  return {
    views: data?.savedViews ?? [],
    loaded: !!data,
    loading: loading && !data,
    error,
    busy: createState.loading || updateState.loading || removeState.loading,
    /** Returns the new view's id; the caller shows errors from the returned promise (the form stays open). */
    create: async (view: AnyListView, meta: ViewMeta) => {
      const result = await create({ variables: { input: input(view, meta) } });
      notifySuccess(t('savedViews.saved'));
      return result.data?.createSavedView.id ?? null;
    },
    update: (id: string, version: number, view: AnyListView, meta: ViewMeta) =>
      update({ variables: { id, version, input: input(view, meta) } })
        .then(() => notifySuccess(t('savedViews.updated')))
        .catch(fail),
    remove: (id: string) =>
      remove({ variables: { id } })
        .then(() => notifySuccess(t('savedViews.deleted')))
        .catch(fail),
  };
}

export type SavedViewRow = ReturnType<typeof useSavedViews>['views'][number];
