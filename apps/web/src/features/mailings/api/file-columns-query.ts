// The header row and first rows of an uploaded file (the import preview), to pick the e-mail column.
import { graphql } from '@veza/shared/graphql';

export const MailingFileColumnsQuery = graphql(`
  query MailingFileColumns($fileId: ID!) {
    importPreview(fileId: $fileId) {
      headers
    }
  }
`);
