// Makes an enabled currency the installation's base (rates re-expressed on the server).
import { graphql } from '@veza/shared/graphql';

export const SetBaseCurrencyMutation = graphql(`
  mutation SetBaseCurrency($code: String!) {
    setBaseCurrency(code: $code) {
      code
      enabled
      isBase
    }
  }
`);
