// Adds a client's persons to a group: search a client, tick its persons; only those with an address and marketing
// consent can be ticked (the API checks again).
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { AddMailingGroupMembersMutation } from '../api/add-mailing-group-members-mutation.ts';
import { MailingClientPersonsQuery } from '../api/client-persons-query.ts';

export function AddFromClientModal(props: {
  groupId: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [find, { data, loading }] = useLazyQuery(MailingClientPersonsQuery, { fetchPolicy: 'network-only' });
  const [add, { loading: adding }] = useMutation(AddMailingGroupMembersMutation);
  const toggle = (id: string, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = async () => {
    try {
      const res = await add({ variables: { input: { groupId: props.groupId, personIds: [...ticked] } } });
      const r = res.data!.addMailingGroupMembers;
      notifySuccess(t('mailings.groups.addedSummary', { added: r.added, already: r.alreadyMembers }));
      setTicked(new Set());
      props.onDone();
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  const clients = data?.clients.edges.map((e) => e.node) ?? [];
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('mailings.groups.addFromClient')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void find({ variables: { filter: { search } } });
        }}
      >
        <Group align="end">
          <TextInput
            label={t('mailings.groups.searchClient')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" loading={loading} disabled={!search.trim()}>
            {t('mailings.groups.find')}
          </Button>
        </Group>
      </form>
      <Stack mt="md" gap="sm">
        {data && !clients.length && <Text c="dimmed">{t('mailings.groups.noClients')}</Text>}
        {clients.map((c) => (
          <fieldset key={c.id} style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text fw={600}>{c.name}</Text>
            </legend>
            {!c.persons.length && <Text c="dimmed">{t('mailings.groups.noPersons')}</Text>}
            {c.persons.map(({ person: p }) => {
              const why = !p.emails.length
                ? t('mailings.groups.noAddress')
                : !p.marketingConsent
                  ? t('mailings.groups.noConsent')
                  : null;
              return (
                <Checkbox
                  key={p.id}
                  mt={4}
                  label={`${p.firstName} ${p.lastName}${p.emails[0] ? ` <${p.emails[0]}>` : ''}`}
                  description={why}
                  disabled={!!why}
                  checked={ticked.has(p.id)}
                  onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                />
              );
            })}
          </fieldset>
        ))}
      </Stack>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={adding} disabled={!ticked.size}>
          {t('mailings.groups.addTicked', { count: ticked.size })}
        </Button>
      </Group>
    </Modal>
  );
}
