// Creates or updates an activity from the form's validated input; returns the saved id and version.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CreateActivityMutation } from '../api/create-activity-mutation.ts';
import { UpdateActivityMutation } from '../api/update-activity-mutation.ts';
import type { ActivityFormOutput, CreateActivityOutput, UpdateActivityOutput } from '../lib/activity-form.ts';
import { refreshActivityViews } from '../lib/refresh-activity-views.ts';

export interface SavedActivity {
  id: string;
  version: number;
}

export function useSaveActivity() {
  const apollo = useApolloClient();
  const [create, created] = useMutation(CreateActivityMutation);
  const [update, updated] = useMutation(UpdateActivityMutation);
  const save = async (
    input: ActivityFormOutput,
    target: { id: string; version: number } | null,
    extra: { campaignItemId?: string | null } = {},
  ): Promise<SavedActivity> => {
    // The form validated `input` with the update schema when it edits (`target`), else with the create schema.
    let saved: SavedActivity | undefined;
    if (target) {
      const { data } = await update({
        variables: { id: target.id, version: target.version, input: input as UpdateActivityOutput },
      });
      saved = data?.updateActivity;
    } else {
      const created = input as CreateActivityOutput;
      const withCampaign = extra.campaignItemId ? { ...created, campaignItemId: extra.campaignItemId } : created;
      const { data } = await create({ variables: { input: withCampaign } });
      saved = data?.createActivity;
    }
    if (!saved) throw new Error('The server returned no activity.');
    void refreshActivityViews(apollo);
    return { id: saved.id, version: saved.version };
  };
  return { save, saving: created.loading || updated.loading };
}
