// Clients that look like the one being entered (same tax id, registration number, e-mail, phone, or a similar name).
import { graphql } from '@veza/shared/graphql';

export const ClientDuplicatesQuery = graphql(`
  query ClientDuplicates($probe: ClientDuplicateProbe!) {
    clientDuplicates(probe: $probe) {
      score
      reasons
      client {
        id
        name
        city
        taxId
      }
    }
  }
`);
