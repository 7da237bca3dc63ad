// Administration → Directory (LDAP): the Active Directory / LDAP login settings and their step-by-step test
// (permission users.manage).
import { useQuery } from '@apollo/client/react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { LdapSettingsQuery } from '../api/ldap-settings-query.ts';
import { LdapSettingsForm, type LdapSettingsValues } from './ldap-settings-form.tsx';
import { LdapTestCard } from './ldap-test-card.tsx';

export default function LdapSettingsPage() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(LdapSettingsQuery, { fetchPolicy: 'network-only' });
  const s = data?.ldapSettings;
  if (!s || !data) return <PageLoader />;
  const initial: LdapSettingsValues = {
    enabled: s.enabled,
    urls: s.urls.join('\n'),
    startTls: s.startTls,
    caCertificate: s.caCertificate ?? '',
    bindDn: s.bindDn ?? '',
    bindPassword: '',
    clearBindPassword: false,
    userBase: s.userBase ?? '',
    userFilter: s.userFilter,
    loginAttribute: s.loginAttribute,
    nameAttribute: s.nameAttribute,
    emailAttribute: s.emailAttribute,
    phoneAttribute: s.phoneAttribute,
    groupBase: s.groupBase ?? '',
    createUsers: s.createUsers,
    groupMappings: s.groupMappings.map((m) => ({ groupDn: m.groupDn, profileId: m.profileId })),
    version: s.version,
  };
  return (
    <Stack maw={960}>
      <Title order={1}>{t('ldap.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('ldap.intro')}
      </Text>
      <Card withBorder>
        <LdapSettingsForm
          key={s.version}
          initial={initial}
          bindPasswordSet={s.bindPasswordSet}
          profiles={data.permissionProfiles}
          onReload={() => void refetch()}
        />
      </Card>
      <LdapTestCard />
    </Stack>
  );
}
