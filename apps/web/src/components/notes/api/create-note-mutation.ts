// Adds a note to a client or person.
import { graphql } from '@veza/shared/graphql';

export const CreateNoteMutation = graphql(`
  mutation CreateNote($input: CreateNoteInput!) {
    createNote(input: $input) {
      id
    }
  }
`);
