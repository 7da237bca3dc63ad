// The uploaded file's headers, first rows and suggested column mapping.
import { graphql } from '@veza/shared/graphql';

export const ImportPreviewQuery = graphql(`
  query ImportPreview($fileId: ID!) {
    importPreview(fileId: $fileId) {
      format
      encoding
      delimiter
      headers
      rows
      suggestedMapping
      targets
    }
    importMappings {
      id
      name
      mapping
    }
  }
`);
