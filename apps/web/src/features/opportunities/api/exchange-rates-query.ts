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

export const ImportExchangeRatesMutation = graphql(`
  mutation ImportExchangeRates($format: ExchangeRateFileFormat!, $content: String!) {
    importExchangeRates(format: $format, content: $content) {
      imported
      dates
      skipped
    }
  }
`);

export const SetCurrencyEnabledMutation = graphql(`
  mutation SetCurrencyEnabled($code: String!, $enabled: Boolean!) {
    setCurrencyEnabled(code: $code, enabled: $enabled) {
      code
      enabled
      isBase
    }
  }
`);
