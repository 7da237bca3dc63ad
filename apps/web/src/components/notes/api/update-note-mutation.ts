// Edits a note's text (its author) or pins / unpins it.
import { graphql } from '@veza/shared/graphql';

export const UpdateNoteMutation = graphql(`
  mutation UpdateNote($id: ID!, $version: Int!, $input: UpdateNoteInput!) {
    updateNote(id: $id, version: $version, input: $input) {
      id
      text
      pinned
      version
    }
  }
`);
