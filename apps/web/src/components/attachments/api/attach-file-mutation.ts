// Links an uploaded file (POST /api/files) to a record.
import { graphql } from '@veza/shared/graphql';

export const AttachFileMutation = graphql(`
  mutation AttachFile($input: AttachFileInput!) {
    attachFile(input: $input) {
      id
    }
  }
`);
