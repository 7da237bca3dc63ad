// Renames an attachment (the name shown and used for downloads).
import { graphql } from '@veza/shared/graphql';

export const RenameAttachmentMutation = graphql(`
  mutation RenameAttachment($id: ID!, $version: Int!, $name: String!) {
    renameAttachment(id: $id, version: $version, name: $name) {
      id
      name
      version
    }
  }
`);
