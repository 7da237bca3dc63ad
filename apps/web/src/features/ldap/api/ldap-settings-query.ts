// The directory login settings (the bind password only as "set") and the profiles the group mapping can grant.
import { graphql } from '@veza/shared/graphql';

export const LdapSettingsQuery = graphql(`
  query LdapSettings {
    ldapSettings {
      enabled
      urls
      startTls
      caCertificate
      bindDn
      bindPasswordSet
      userBase
      userFilter
      loginAttribute
      nameAttribute
      emailAttribute
      phoneAttribute
      groupBase
      createUsers
      groupMappings {
        groupDn
        profileId
        profileName
      }
      version
    }
    permissionProfiles {
      id
      name
    }
  }
`);
