// Starts an import or its dry run in the background.
import { graphql } from '@veza/shared/graphql';

export const StartImportMutation = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      id
    }
  }
`);
