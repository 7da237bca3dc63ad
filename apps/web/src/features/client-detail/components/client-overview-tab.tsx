// Overview tab: the client's base data, classification labels, account manager and audit trail.
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addressLine, mapsHref } from '../../../lib/contact-href.ts';
import { useFormatDateTime } from '../../../lib/format.ts';
import type { ClientDetail } from '../hooks/use-client-detail.ts';
import { EmailLinks, PhoneLinks, websiteHref } from './contact-links.tsx';
import { countryName } from './countries.ts';
import { DetailList, type DetailItem } from './detail-list.tsx';
import { DictionaryBadge } from './dictionary-badge.tsx';

export function addressLines(client: Pick<ClientDetail, 'street' | 'postalCode' | 'city'>): string[] {
  const town = [client.postalCode, client.city].filter(Boolean).join(' ');
  return [client.street, town].filter((l): l is string => Boolean(l));
}

/** The address lines, with a one-tap link that opens them in the maps app. */
function AddressValue({ client, country }: { client: ClientDetail; country: string | null }) {
  const { t } = useTranslation();
  const lines = addressLines(client);
  const line = addressLine({ ...client, country });
  if (!lines.length) return null;
  return (
    <>
      {lines.map((l) => (
        <Text key={l}>{l}</Text>
      ))}
      {line && (
        <Anchor href={mapsHref(line)} target="_blank" rel="noopener noreferrer" size="sm">
          {t('phone.showOnMap')}
        </Anchor>
      )}
    </>
  );
}

function useAudit(client: ClientDetail) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const line = (at: string, by: { name: string } | null | undefined) =>
    by ? t('client.byAt', { name: by.name, at: format(at) }) : format(at);
  return { created: line(client.createdAt, client.createdBy), updated: line(client.updatedAt, client.updatedBy) };
}

const badge = (value: ClientDetail['status']) => (value ? <DictionaryBadge value={value} /> : null);

export function ClientOverviewTab({ client }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const audit = useAudit(client);
  const items: DetailItem[] = [
    { label: t('client.fields.kind'), value: t(`client.kind.${client.kind}`) },
    {
      label: t('client.fields.roles'),
      value: client.roles.length ? (
        <Group gap={4}>
          {client.roles.map((r) => (
            <Badge key={r} variant="outline" radius="sm">
              {t(`client.role.${r}`)}
            </Badge>
          ))}
        </Group>
      ) : null,
    },
    {
      label: t('client.fields.address'),
      value: addressLines(client).length ? (
        <AddressValue client={client} country={countryName(client.country, i18n.language) || null} />
      ) : null,
    },
    { label: t('client.fields.country'), value: countryName(client.country, i18n.language) },
    { label: t('client.fields.taxId'), value: client.taxId },
    { label: t('client.fields.registrationNo'), value: client.registrationNo },
    { label: t('client.fields.phones'), value: client.phones.length ? <PhoneLinks phones={client.phones} /> : null },
    { label: t('client.fields.emails'), value: client.emails.length ? <EmailLinks emails={client.emails} /> : null },
    {
      label: t('client.fields.website'),
      value: client.website ? (
        <Anchor href={websiteHref(client.website)} target="_blank" rel="noreferrer">
          {client.website}
        </Anchor>
      ) : null,
    },
    { label: t('client.fields.status'), value: badge(client.status) },
    { label: t('client.fields.segment'), value: badge(client.segment) },
    { label: t('client.fields.industry'), value: badge(client.industry) },
    { label: t('client.fields.leadSource'), value: badge(client.leadSource) },
    { label: t('client.fields.accountManager'), value: client.accountManager?.name },
    { label: t('client.fields.created'), value: audit.created },
    { label: t('client.fields.updated'), value: audit.updated },
  ];
  return <DetailList items={items} />;
}
