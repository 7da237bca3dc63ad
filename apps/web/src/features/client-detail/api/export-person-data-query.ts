// Everything stored about a person as one JSON document (permission persons.gdpr).
import { graphql } from '@veza/shared/graphql';

export const ExportPersonDataQuery = graphql(`
  query ExportPersonData($personId: ID!) {
    exportPersonData(personId: $personId)
  }
`);
