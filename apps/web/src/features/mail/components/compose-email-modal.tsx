// The compose dialog: loads the client's persons, the templates and the record's files, then mounts the form. Other
// features open it through the app (lib/compose-email.ts): a person card, an opportunity, an activity.
import { useQuery } from '@apollo/client/react';
import { MAIL_LANGUAGES } from '@veza/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { ComposeEmailModalProps } from '../../../lib/compose-email.ts';
import { ComposeEmailOptionsQuery } from '../api/compose-email-options-query.ts';
import { ComposeEmailForm, type ComposeOptions, type ComposeValues } from './compose-email-form.tsx';

type ContentProps = Omit<ComposeEmailModalProps, 'opened'>;

function ComposeEmailContent(props: ContentProps) {
  const { i18n } = useTranslation();
  const { clientId, opportunityId, activityId } = props;
  const { data, loading, error, refetch } = useQuery(ComposeEmailOptionsQuery, {
    variables: { clientId, activityId: activityId ?? clientId, withActivity: Boolean(activityId) },
    fetchPolicy: 'cache-and-network',
  });
  const source = useMemo(() => ({ clientId, opportunityId, activityId }), [clientId, opportunityId, activityId]);
  if (!data) return loading ? <PageLoader /> : <ErrorAlert error={error} />;
  const client = data.node?.__typename === 'Client' ? data.node : null;
  const options: ComposeOptions = {
    persons: client?.persons.map((link) => link.person) ?? [],
    templates: data.emailTemplates.edges.map((e) => e.node),
    files: [...(data.activityFiles?.edges ?? []), ...data.attachments.edges].map((e) => e.node),
  };
  const language = (MAIL_LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en';
  const reachable = new Set(options.persons.filter((p) => p.emails.length > 0).map((p) => p.id));
  const initial: ComposeValues = {
    personIds: (props.personIds ?? []).filter((id) => reachable.has(id)),
    templateId: null,
    language,
    subject: '',
    bodyHtml: '',
    attachmentIds: [],
  };
  return (
    <ComposeEmailForm
      source={source}
      options={options}
      initial={initial}
      onClose={props.onClose}
      onFilesChanged={() => void refetch()}
    />
  );
}

export function ComposeEmailModal({ opened, ...props }: ComposeEmailModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={props.onClose} title={t('mail.compose.title')} size="xl">
      <ComposeEmailContent {...props} />
    </FormModal>
  );
}
