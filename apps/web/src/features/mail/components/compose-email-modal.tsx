// The compose dialog: loads the client's persons, the templates and the client's files, then mounts the form.
import { useQuery } from '@apollo/client/react';
import { MAIL_LANGUAGES } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ComposeEmailOptionsQuery } from '../api/compose-email-options-query.ts';
import { ComposeEmailForm, type ComposeOptions, type ComposeValues } from './compose-email-form.tsx';

function ComposeEmailContent(props: { clientId: string; personId?: string; onClose: () => void }) {
  const { i18n } = useTranslation();
  const { data, loading, error } = useQuery(ComposeEmailOptionsQuery, {
    variables: { clientId: props.clientId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return loading ? <PageLoader /> : <ErrorAlert error={error} />;
  const client = data.node?.__typename === 'Client' ? data.node : null;
  const options: ComposeOptions = {
    persons: client?.persons.map((link) => link.person) ?? [],
    templates: data.emailTemplates.edges.map((e) => e.node),
    files: data.attachments.edges.map((e) => e.node),
  };
  const language = (MAIL_LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en';
  const initial: ComposeValues = {
    personIds: props.personId ? [props.personId] : [],
    templateId: null,
    language,
    subject: '',
    bodyHtml: '',
    attachmentIds: [],
  };
  return <ComposeEmailForm clientId={props.clientId} options={options} initial={initial} onClose={props.onClose} />;
}

export function ComposeEmailModal(props: {
  clientId: string;
  personId?: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title={t('mail.compose.title')} size="lg">
      <ComposeEmailContent clientId={props.clientId} personId={props.personId} onClose={props.onClose} />
    </FormModal>
  );
}
