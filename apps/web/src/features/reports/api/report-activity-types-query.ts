// The activity types' keys by id: a report groups by type id, the activity list filters by type key.
import { graphql } from '@veza/shared/graphql';

export const ReportActivityTypesQuery = graphql(`
  query ReportActivityTypes {
    dictionary(kind: ACTIVITY_TYPE) {
      id
      key
    }
  }
`);
