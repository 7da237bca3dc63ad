// Activity types (with their colours) for the calendar's type filter and legend.
import { graphql } from '@veza/shared/graphql';

export const ScheduleTypeOptionsQuery = graphql(`
  query ScheduleTypeOptions {
    dictionary(kind: ACTIVITY_TYPE, includeInactive: true) {
      id
      key
      label
      color
      meta
      active
    }
  }
`);
