// Cancel, reopen and delete from a row menu: version-checked, with a notice, and a refresh of the views.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { CancelActivityMutation } from '../api/cancel-activity-mutation.ts';
import { DeleteActivityMutation } from '../api/delete-activity-mutation.ts';
import { ReopenActivityMutation } from '../api/reopen-activity-mutation.ts';
import { refreshActivityViews } from '../lib/refresh-activity-views.ts';

export type StatusChange = 'cancel' | 'reopen' | 'delete';

export function useActivityStatus() {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const [cancel] = useMutation(CancelActivityMutation);
  const [reopen] = useMutation(ReopenActivityMutation);
  const [remove] = useMutation(DeleteActivityMutation);
  const [busy, setBusy] = useState(false);

  const change = async (kind: StatusChange, activity: { id: string; version: number }): Promise<boolean> => {
    const variables = { id: activity.id, version: activity.version };
    setBusy(true);
    try {
      if (kind === 'cancel') await cancel({ variables });
      else if (kind === 'reopen') await reopen({ variables });
      else await remove({ variables });
      notifySuccess(t(`activity.status.${kind}Done`));
      return true;
    } catch (error) {
      notifyError(hasErrorCode(error, 'CONFLICT') ? t('activity.conflictReloaded') : errorText(t, error));
      return false;
    } finally {
      setBusy(false);
      void refreshActivityViews(apollo);
    }
  };
  return { change, busy };
}
