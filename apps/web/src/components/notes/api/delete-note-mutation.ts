// Soft-deletes a note.
import { graphql } from '@veza/shared/graphql';

export const DeleteNoteMutation = graphql(`
  mutation DeleteNote($id: ID!, $version: Int!) {
    deleteNote(id: $id, version: $version) {
      id
    }
  }
`);
