// The client to call now: name, address, phones, contact persons and the client's note.
import { Anchor, Badge, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkItem } from '../../hooks/use-campaign-work.ts';
import { ItemStateBadge } from '../item-state-badge.tsx';
import { ContactLines } from './contact-lines.tsx';

/** `number` counts this client among the list: the ones worked off plus one (positions have gaps after moves). */
export function NextClientCard({ item, number, total }: { item: WorkItem; number: number; total: number }) {
  const { t } = useTranslation();
  const { client } = item;
  const address = [client.street, [client.postalCode, client.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('campaigns.work.position', { position: number, total })}
          </Text>
          <Title order={2} size="h3">
            <Anchor component={Link} to={`/clients/${client.id}`} inherit c="inherit">
              {client.name}
            </Anchor>
          </Title>
          {address && (
            <Text size="sm" c="dimmed">
              {address}
            </Text>
          )}
        </Stack>
        <ItemStateBadge state={item.state} />
      </Group>
      <ContactLines phones={client.phones} emails={client.emails} who={client.name} />
      <Divider label={t('campaigns.work.persons')} labelPosition="left" />
      {client.persons.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('campaigns.work.noPersons')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {client.persons.map((link) => (
            <Stack key={link.person.id} gap={2} component="li" aria-label={link.person.fullName}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {link.person.fullName}
                </Text>
                {link.isPrimary && (
                  <Badge size="xs" variant="filled">
                    {t('person.primary')}
                  </Badge>
                )}
                {[link.person.jobTitle, link.role].filter(Boolean).length > 0 && (
                  <Text size="xs" c="dimmed">
                    {[link.person.jobTitle, link.role].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Group>
              <ContactLines phones={link.person.phones} emails={link.person.emails} who={link.person.fullName} />
            </Stack>
          ))}
        </Stack>
      )}
      <Divider label={t('campaigns.work.note')} labelPosition="left" />
      <Text size="sm" c={client.note ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {client.note || t('campaigns.work.noNote')}
      </Text>
    </Stack>
  );
}
