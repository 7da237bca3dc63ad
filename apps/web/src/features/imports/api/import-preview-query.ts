// The uploaded file's headers, first rows and suggested column mapping.
import { graphql } from '@veza/shared/graphql';

export const ImportPreviewQuery = graphql(`
  query ImportPreview($fileId: ID!, $entity: ImportEntity!) {
    importPreview(fileId: $fileId, entity: $entity) {
      format
      encoding
      delimiter
      headers
      rows
      suggestedMapping
      targets
    }
    importMappings(entity: $entity) {
      id
      name
      mapping
    }
  }
`);
