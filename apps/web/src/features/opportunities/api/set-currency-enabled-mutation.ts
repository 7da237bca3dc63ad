// Enables or disables a currency.
import { graphql } from '@veza/shared/graphql';

export const SetCurrencyEnabledMutation = graphql(`
  mutation SetCurrencyEnabled($code: String!, $enabled: Boolean!) {
    setCurrencyEnabled(code: $code, enabled: $enabled) {
      code
      enabled
      isBase
    }
  }
`);
