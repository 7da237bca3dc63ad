// Saves the builder's definition and chart as a template of the caller (private or shared).
import { graphql } from '@veza/shared/graphql';

export const CreateSavedReportMutation = graphql(`
  mutation CreateSavedReport($input: SavedReportInput!) {
    createSavedReport(input: $input) {
      id
      name
    }
  }
`);
