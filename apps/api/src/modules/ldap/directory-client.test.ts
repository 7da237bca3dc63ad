// Pure parts of the directory login: DN comparison and which mapped profiles a user's groups grant.
import { describe, expect, it } from 'vitest';
import { classify, DirectoryError, normalizeDn } from './directory-client.ts';
import { mappedProfileIds } from './ldap-login.service.ts';

describe('directory names and mappings', () => {
  it('compares DNs without regard to case or spaces after commas', () => {
    expect(normalizeDn(' CN=CRM Agents, OU=Groups,DC=Example , DC=local ')).toBe(
      'cn=crm agents,ou=groups,dc=example,dc=local',
    );
  });

  it('grants each profile once, for groups matched case-insensitively, and nothing for other groups', () => {
    const mappings = [
      { groupDn: 'CN=Agents,OU=Groups,DC=x', profileId: 'agent' },
      { groupDn: 'CN=Sales, OU=Groups, DC=x', profileId: 'agent' },
      { groupDn: 'CN=Managers,OU=Groups,DC=x', profileId: 'manager' },
    ];
    expect(mappedProfileIds(mappings, ['cn=agents,ou=groups,dc=x', 'cn=sales,ou=groups,dc=x'])).toEqual(['agent']);
    expect(mappedProfileIds(mappings, ['cn=other,ou=groups,dc=x'])).toEqual([]);
  });

  it('treats network and TLS failures as the directory being unavailable, not as wrong credentials', () => {
    expect(classify(new Error('connect ECONNREFUSED 127.0.0.1:636'), 'invalidCredentials').kind).toBe('unavailable');
    expect(classify(new Error('self-signed certificate in certificate chain'), 'protocol').kind).toBe('tls');
    const known = new DirectoryError('serviceBind', 'x');
    expect(classify(known, 'protocol')).toBe(known);
  });
});
