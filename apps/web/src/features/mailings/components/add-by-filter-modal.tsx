// Adds members by a client filter (the client list's filter builder): once applied, the counts of what adding would
// do are shown first; then the matching consenting persons are added now (frozen), or the filter is kept on the
// group and evaluated again when a campaign starts (dynamic).
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import type { ClientFilter } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBuilder, filterPathErrors, useFilterOptions } from '../../../components/filter-builder/index.ts';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import { AddMailingGroupMembersMutation } from '../api/add-mailing-group-members-mutation.ts';
import { MailingGroupFilterPreviewQuery } from '../api/mailing-group-filter-preview-query.ts';

type Mode = 'frozen' | 'dynamic';

type Counts = { added: number; alreadyMembers: number; noAddress: number; noConsent: number };

function PreviewCounts(props: { counts: Counts | undefined; error: unknown; mode: Mode }) {
  const { t } = useTranslation();
  const { error } = props;
  // Problems in the filter itself are shown at their conditions by the builder.
  if (error) return filterPathErrors(error, 'filter').length ? null : <Alert color="red">{errorText(t, error)}</Alert>;
  const p = props.counts;
  if (!p) return <Text c="dimmed">{t('mailingsExtra.byFilter.counting')}</Text>;
  return (
    <Stack gap={2} role="status">
      <Text fw={600}>
        {t(props.mode === 'dynamic' ? 'mailingsExtra.byFilter.wouldMail' : 'mailingsExtra.byFilter.wouldAdd', {
          count: p.added,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('mailingsExtra.byFilter.skipped', {
          already: p.alreadyMembers,
          noAddress: p.noAddress,
          noConsent: p.noConsent,
        })}
      </Text>
    </Stack>
  );
}

function AddByFilter(props: { groupId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { options } = useFilterOptions();
  const [filter, setFilter] = useState<ClientFilter | null>(null);
  const [mode, setMode] = useState<Mode>('frozen');
  const preview = useQuery(MailingGroupFilterPreviewQuery, {
    variables: { groupId: props.groupId, filter },
    skip: !filter,
    fetchPolicy: 'network-only',
  });
  const [add, { loading }] = useMutation(AddMailingGroupMembersMutation, { refetchQueries: ['MailingGroups'] });
  const submit = async () => {
    try {
      const input = { groupId: props.groupId, filter, dynamic: mode === 'dynamic' };
      const r = (await add({ variables: { input } })).data!.addMailingGroupMembers;
      notifySuccess(
        mode === 'dynamic'
          ? t('mailingsExtra.byFilter.kept')
          : t('mailings.groups.addedSummary', { added: r.added, already: r.alreadyMembers }),
      );
      props.onDone();
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('mailingsExtra.byFilter.hint')}
      </Text>
      <FilterBuilder
        value={filter}
        options={options}
        onApply={setFilter}
        serverErrors={filterPathErrors(preview.error, 'filter')}
      />
      <Radio.Group
        label={t('mailingsExtra.byFilter.mode')}
        value={mode}
        onChange={(v) => setMode(v === 'dynamic' ? 'dynamic' : 'frozen')}
      >
        <Stack gap="xs" mt={4}>
          <Radio value="frozen" label={t('mailingsExtra.byFilter.frozen')} />
          <Radio value="dynamic" label={t('mailingsExtra.byFilter.dynamic')} />
        </Stack>
      </Radio.Group>
      {filter ? (
        <PreviewCounts
          counts={preview.loading ? undefined : preview.data?.mailingGroupFilterPreview}
          error={preview.error}
          mode={mode}
        />
      ) : (
        <Text c="dimmed">{t('mailingsExtra.byFilter.applyFirst')}</Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={loading} disabled={!filter}>
          {t(mode === 'dynamic' ? 'mailingsExtra.byFilter.keep' : 'mailingsExtra.byFilter.add')}
        </Button>
      </Group>
    </Stack>
  );
}

export function AddByFilterModal(props: { groupId: string; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('mailingsExtra.byFilter.title')}
      size="xl"
      fullScreen={phone}
    >
      {props.opened && <AddByFilter groupId={props.groupId} onClose={props.onClose} onDone={props.onDone} />}
    </Modal>
  );
}
