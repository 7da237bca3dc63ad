// The uploaded file's headers, first rows and suggested column mapping, and the attributes' names for the targets.
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
    clientAttributes: attributeDefinitions(entity: CLIENT) {
      key
      label
    }
    personAttributes: attributeDefinitions(entity: PERSON) {
      key
      label
    }
    importMappings(entity: $entity) {
      id
      name
      mapping
      valueMapping {
        field
        value
        dictionaryValueId
        create
      }
    }
  }
`);
