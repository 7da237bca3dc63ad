// Sets a user's rate (general or for one activity type) from a day on; the same user, type and day replaces it.
import { graphql } from '@veza/shared/graphql';

export const SetHourlyRateMutation = graphql(`
  mutation SetHourlyRate($input: SetHourlyRateInput!) {
    setHourlyRate(input: $input) {
      id
      validFrom
      rate
    }
  }
`);
