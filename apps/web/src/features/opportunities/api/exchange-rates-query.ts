// The exchange-rate admin page: currencies (with disabled ones) and the latest rates.
import { graphql } from '@veza/shared/graphql';

export const ExchangeRatesQuery = graphql(`
  query ExchangeRates($currency: String) {
    currencies(includeDisabled: true) {
      code
      enabled
      isBase
    }
    exchangeRates(currency: $currency, first: 200) {
      currency
      date
      rate
      source
    }
  }
`);
