// The activity types, to preselect "call" when an agent logs a campaign call.
import { graphql } from '@veza/shared/graphql';

export const CampaignActivityTypesQuery = graphql(`
  query CampaignActivityTypes {
    dictionary(kind: ACTIVITY_TYPE) {
      id
      key
      label
    }
  }
`);
