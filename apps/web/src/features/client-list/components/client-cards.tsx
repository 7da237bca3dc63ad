// The client list on a phone: one card per client with the key facts and one-tap call, e-mail and map links, loaded
// page by page with "Load more" (the desktop table's columns do not fit 360–430 px).
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../../components/filter-builder/index.ts';
import { addressLine, mailtoHref, mapsHref, telHref } from '../../../lib/contact-href.ts';
import type { ClientRow } from '../hooks/use-client-list.ts';
import { DictionaryCell } from './client-cells.tsx';

function ClientCard({ client }: { client: ClientRow }) {
  const { t, i18n } = useTranslation();
  const phone = client.phones[0];
  const email = client.emails[0];
  const country = client.country ? countryName(client.country, i18n.language) : null;
  const address = addressLine({ ...client, country });
  return (
    <Paper withBorder p="sm" component="li" data-testid="client-card">
      <Stack gap={4}>
        <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
          {client.name}
        </Anchor>
        <Group gap={6} wrap="wrap">
          <Text size="sm" c="dimmed">
            {[t(`clients.kind.${client.kind}`), client.city].filter(Boolean).join(' · ')}
          </Text>
          <DictionaryCell value={client.status} />
        </Group>
        {(phone || email || address) && (
          <Group gap="xs" wrap="wrap">
            {phone && (
              <Button component="a" href={telHref(phone)} variant="light" size="compact-md">
                {t('phone.call', { phone })}
              </Button>
            )}
            {email && (
              <Button component="a" href={mailtoHref(email)} variant="light" size="compact-md">
                {t('phone.email')}
              </Button>
            )}
            {address && (
              <Button
                component="a"
                href={mapsHref(address)}
                target="_blank"
                rel="noopener noreferrer"
                variant="light"
                size="compact-md"
              >
                {t('phone.map')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function ClientCards(props: {
  label: string;
  rows: readonly ClientRow[];
  loading: boolean;
  emptyText: string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  if (!props.loading && !props.rows.length)
    return (
      <Text c="dimmed" size="sm" py="md">
        {props.emptyText}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Stack component="ul" gap="xs" aria-label={props.label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.rows.map((row) => (
          <ClientCard key={row.id} client={row} />
        ))}
      </Stack>
      {props.hasMore && (
        <Button variant="default" size="md" loading={props.loadingMore || props.loading} onClick={props.onLoadMore}>
          {t('phone.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
