// Imports a central bank file the administrator uploaded.
import { graphql } from '@veza/shared/graphql';

export const ImportExchangeRatesMutation = graphql(`
  mutation ImportExchangeRates($format: ExchangeRateFileFormat!, $content: String!) {
    importExchangeRates(format: $format, content: $content) {
      imported
      dates
      skipped
    }
  }
`);
