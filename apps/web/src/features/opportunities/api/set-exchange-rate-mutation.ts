// Enters or replaces one rate.
import { graphql } from '@veza/shared/graphql';

export const SetExchangeRateMutation = graphql(`
  mutation SetExchangeRate($input: SetExchangeRateInput!) {
    setExchangeRate(input: $input) {
      currency
      date
      rate
      source
    }
  }
`);
