// Soft-deletes an attachment.
import { graphql } from '@veza/shared/graphql';

export const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($id: ID!, $version: Int!) {
    deleteAttachment(id: $id, version: $version) {
      id
    }
  }
`);
